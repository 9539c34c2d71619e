package io.aksara.it.models.composite;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** The other side of Student.courses. */
public class Course extends Model {
    public static final Manager<Course> objects = Manager.of(Course.class);

    @StringField(maxLength = 40)
    public String title;

    /** The students taking this course, through {@link Enrollment}. */
    public Many<Student> students() {
        return relatedMany(Student.class, "courses");
    }
}
