package io.aksara.it.conformance.proxy_models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django's tests/proxy_models/models.py Bug: a multi-table child of Issue. */
@Meta(table = "proxy_models_bug")
public class Bug extends Issue {
    public static final Manager<Bug> objects = Manager.of(Bug.class);

    @StringField(maxLength = 50)
    public String version;

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<BaseUser> reporter;
}
