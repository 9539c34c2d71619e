package io.aksara.it.models.djangogenerated;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.GeneratedField;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;

/** Django's {@code GeneratedModelVirtual}: {@code field = a + b}, virtual (Django's {@code db_persist=False}). */
@Meta(table = "djg_generated_virtual")
public class GeneratedModelVirtual extends Model {
    public static final Manager<GeneratedModelVirtual> objects = Manager.of(GeneratedModelVirtual.class);

    @IntegerField public Integer a;
    @IntegerField public Integer b;
    @IntegerField @GeneratedField(expression = "a + b", stored = false) public Integer field;
    @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true) public Ref<Foo> fk;
}
