package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py CustomPk: a text primary key. */
@Meta(table = "queries_custompk")
public class CustomPk extends Model {
    public static final Manager<CustomPk> objects = Manager.of(CustomPk.class);

    @StringField(maxLength = 10, primaryKey = true) public String name;
    @StringField(maxLength = 10) public String extra;
}
