package io.aksara.it.conformance.proxy_models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.fields.StringField;

/** Django's tests/proxy_models/models.py LowerStatusPerson: a multi-table child of a proxy of a proxy. */
@Meta(table = "proxy_models_lowerstatusperson")
public class LowerStatusPerson extends MyPersonProxy {
    public static final Manager<LowerStatusPerson> objects = Manager.of(LowerStatusPerson.class);

    @StringField(maxLength = 80)
    public String status = "";
}
