package io.aksara.it.models.composite;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Model;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.StringField;

/** A student whose courses are linked through Enrollment, a link table keyed by both sides. */
public class Student extends Model {
    public static final Manager<Student> objects = Manager.of(Student.class);

    @StringField(maxLength = 40)
    public String name;

    @ManyToMany(through = Enrollment.class, relatedName = "students")
    public Many<Course> courses;
}
