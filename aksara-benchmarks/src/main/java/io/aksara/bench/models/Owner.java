package io.aksara.bench.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Related;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;

/** W7's owner: 50 per city, each with pets (the reverse side of {@link Pet#owner}). */
@Meta(table = "owner")
public class Owner extends Model {
    public static final Manager<Owner> objects = Manager.of(Owner.class);

    @IntegerField(primaryKey = true)
    public int id;

    @StringField(maxLength = 30)
    public String firstName;

    @StringField(maxLength = 30)
    public String lastName;

    @IntegerField
    public int cityId;

    public Related<Pet> pets() {
        return related(Pet.class, "owner");
    }
}
