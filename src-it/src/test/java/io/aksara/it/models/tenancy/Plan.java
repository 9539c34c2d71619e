package io.aksara.it.models.tenancy;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** A model every tenant shares (a price plan): it stays on the default database. */
@Meta(table = "tn_plans")
public class Plan extends Model {
    public static final Manager<Plan> objects = Manager.of(Plan.class);

    @StringField(maxLength = 40)
    public String name;
}
