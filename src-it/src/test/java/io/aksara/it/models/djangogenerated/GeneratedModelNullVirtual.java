package io.aksara.it.models.djangogenerated;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.GeneratedField;
import io.aksara.fields.StringField;

/** Django's {@code GeneratedModelNullVirtual}: {@code lower_name = Lower("name")} of a nullable name, virtual (Django's {@code db_persist=False}). */
@Meta(table = "djg_generated_virtual_null")
public class GeneratedModelNullVirtual extends Model {
    public static final Manager<GeneratedModelNullVirtual> objects = Manager.of(GeneratedModelNullVirtual.class);

    @StringField(maxLength = 10, nullable = true) public String name;
    @StringField(maxLength = 10, nullable = true) @GeneratedField(expression = "lower(name)", stored = false) public String lowerName;
}
