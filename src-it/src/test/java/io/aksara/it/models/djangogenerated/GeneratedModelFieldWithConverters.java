package io.aksara.it.models.djangogenerated;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.GeneratedField;
import io.aksara.fields.UUIDField;
import java.util.UUID;

/** Django's {@code GeneratedModelFieldWithConverters}: a UUID copied by the database (values go through the kind's converters). */
@Meta(table = "djg_generated_converters")
public class GeneratedModelFieldWithConverters extends Model {
    public static final Manager<GeneratedModelFieldWithConverters> objects = Manager.of(GeneratedModelFieldWithConverters.class);

    @UUIDField public UUID field;
    @UUIDField @GeneratedField(expression = "field") public UUID fieldCopy;
}
