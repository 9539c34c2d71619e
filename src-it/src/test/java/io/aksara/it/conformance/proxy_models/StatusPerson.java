package io.aksara.it.conformance.proxy_models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.fields.StringField;

/** Django's tests/proxy_models/models.py StatusPerson: a multi-table child of a proxy, with a table of its own. */
@Meta(table = "proxy_models_statusperson")
public class StatusPerson extends MyPerson {
    public static final Manager<StatusPerson> objects = Manager.of(StatusPerson.class);

    @StringField(maxLength = 80)
    public String status = "";
}
