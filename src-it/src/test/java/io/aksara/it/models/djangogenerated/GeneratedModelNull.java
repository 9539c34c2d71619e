package io.aksara.it.models.djangogenerated;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.GeneratedField;
import io.aksara.fields.StringField;

/** Django's {@code GeneratedModelNull}: {@code lower_name = Lower("name")} of a nullable name, stored (Django's {@code db_persist=True}). */
@Meta(table = "djg_generated_null")
public class GeneratedModelNull extends Model {
    public static final Manager<GeneratedModelNull> objects = Manager.of(GeneratedModelNull.class);

    @StringField(maxLength = 10, nullable = true) public String name;
    @StringField(maxLength = 10, nullable = true) @GeneratedField(expression = "lower(name)") public String lowerName;
}
