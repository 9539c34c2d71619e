package io.aksara.bench.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.DateField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;
import java.time.LocalDate;

/** W7's pet: two per owner. */
@Meta(table = "pet", ordering = "id")
public class Pet extends Model {
    public static final Manager<Pet> objects = Manager.of(Pet.class);

    @IntegerField(primaryKey = true)
    public int id;

    @StringField(maxLength = 30)
    public String name;

    @DateField
    public LocalDate birthDate;

    @ForeignKey(relatedName = "pets")
    public Ref<Owner> owner;
}
