package io.aksara.it.models.compositefk;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** A warehouse with an ordinary key; the composite key of a Bay starts with it. */
@Meta(table = "cfk_depots")
public class Depot extends Model {
    public static final Manager<Depot> objects = Manager.of(Depot.class);

    @StringField(maxLength = 40)
    public String name;
}
