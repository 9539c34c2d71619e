package io.aksara.it.models.djangogenerated;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.GeneratedField;
import io.aksara.fields.IntegerField;

/** Django's {@code GeneratedModelNonAutoPk}: a key the application chooses, and {@code b = a}. */
@Meta(table = "djg_generated_non_auto_pk")
public class GeneratedModelNonAutoPk extends Model {
    public static final Manager<GeneratedModelNonAutoPk> objects = Manager.of(GeneratedModelNonAutoPk.class);

    @IntegerField(primaryKey = true) public Integer id;
    @IntegerField public Integer a;
    @IntegerField @GeneratedField(expression = "a") public Integer b;
}
