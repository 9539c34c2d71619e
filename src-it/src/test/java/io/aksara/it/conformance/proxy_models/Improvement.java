package io.aksara.it.conformance.proxy_models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django's tests/proxy_models/models.py Improvement: relations to a proxy and to a proxy of a proxy. */
@Meta(table = "proxy_models_improvement")
public class Improvement extends Issue {
    public static final Manager<Improvement> objects = Manager.of(Improvement.class);

    @StringField(maxLength = 50)
    public String version;

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<ProxyTrackerUser> reporter;

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<ProxyProxyBug> associatedBug;
}
