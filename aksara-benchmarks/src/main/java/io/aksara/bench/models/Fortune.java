package io.aksara.bench.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;

@Meta(table = "fortune")
public class Fortune extends Model {
    public static final Manager<Fortune> objects = Manager.of(Fortune.class);

    @IntegerField(primaryKey = true)
    public int id;

    @StringField(maxLength = 2048)
    public String message;
}
