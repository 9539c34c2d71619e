package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.Related;
import io.aksara.fields.StringField;

/** The target of {@link Consignment#carrier}, whose key a legacy application may change. */
public class Courier extends Model {
    public static final Manager<Courier> objects = Manager.of(Courier.class);

    @StringField(maxLength = 40) public String name;

    public Related<Consignment> consignments() {
        return related(Consignment.class, "carrier");
    }
}
