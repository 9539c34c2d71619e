package io.aksara.bench.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.IntegerField;

/** TFB's World: an int key given by the data, not generated. */
@Meta(table = "world")
public class World extends Model {
    public static final Manager<World> objects = Manager.of(World.class);

    @IntegerField(primaryKey = true)
    public int id;

    @IntegerField(dbColumn = "randomnumber")
    public int randomNumber;
}
