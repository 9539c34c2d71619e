package io.aksara.cli.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;

/** The one model of the CLI tests; the model index of the test classes lists it. */
@Meta(table = "cli_gadgets")
public class Gadget extends Model {
    public static final Manager<Gadget> objects = Manager.of(Gadget.class);

    @StringField(maxLength = 40) public String name;
    @IntegerField public int weight;
}
