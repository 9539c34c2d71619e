package io.aksara.it.models.djangogenerated;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.GeneratedField;
import io.aksara.fields.StringField;

/**
 * Django's {@code GeneratedModelOutputFieldDbCollation} without the collation (Aksara has no
 * {@code db_collation}): the output field's own {@code max_length} of 11, wider than the name's.
 */
@Meta(table = "djg_generated_output_length")
public class GeneratedModelOutputFieldLength extends Model {
    public static final Manager<GeneratedModelOutputFieldLength> objects = Manager.of(GeneratedModelOutputFieldLength.class);

    @StringField(maxLength = 10) public String name;
    @StringField(maxLength = 11) @GeneratedField(expression = "lower(name)") public String lowerName;
}
