package io.aksara.it.conformance.many_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;

/** Django tests/many_to_one/models.py Student. */
@Meta(table = "many_to_one_student")
public class Student extends Model {
    public static final Manager<Student> objects = Manager.of(Student.class);

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<School> school;
}
