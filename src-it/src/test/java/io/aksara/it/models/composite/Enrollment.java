package io.aksara.it.models.composite;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.StringField;

/**
 * The legacy shape of a many-to-many link: no id of its own, the primary key is the pair of
 * foreign keys, and a column of extra data.
 */
@Meta(table = "enrollments", primaryKey = {"student", "course"})
public class Enrollment extends Model {
    public static final Manager<Enrollment> objects = Manager.of(Enrollment.class);

    @ForeignKey
    public Ref<Student> student;

    @ForeignKey
    public Ref<Course> course;

    @StringField(maxLength = 2, nullable = true)
    public String grade;
}
