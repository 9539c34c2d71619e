package io.aksara.it.conformance.proxy_models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django's tests/proxy_models/models.py Issue: a foreign key to a proxy model. */
@Meta(table = "proxy_models_issue")
public class Issue extends Model {
    public static final Manager<Issue> objects = Manager.of(Issue.class);

    @StringField(maxLength = 255)
    public String summary = "";

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "issues")
    public Ref<ProxyTrackerUser> assignee;

    @Override
    public String toString() {
        return getClass().getSimpleName() + ":" + summary;
    }
}
