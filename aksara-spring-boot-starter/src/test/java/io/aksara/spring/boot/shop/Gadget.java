package io.aksara.spring.boot.shop;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;

/** The test application's model. */
public class Gadget extends Model {
    public static final Manager<Gadget> objects = Manager.of(Gadget.class);

    @StringField(maxLength = 50)
    public String name;

    @IntegerField
    public int stock;
}
