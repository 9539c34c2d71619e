package io.aksara.it.models.djangogenerated;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.GeneratedField;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;

/** Django's {@code GeneratedModel}: {@code field = a + b}, stored (Django's {@code db_persist=True}). */
@Meta(table = "djg_generated")
public class GeneratedModel extends Model {
    public static final Manager<GeneratedModel> objects = Manager.of(GeneratedModel.class);

    @IntegerField public Integer a;
    @IntegerField public Integer b;
    @IntegerField @GeneratedField(expression = "a + b") public Integer field;
    @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true) public Ref<Foo> fk;
}
