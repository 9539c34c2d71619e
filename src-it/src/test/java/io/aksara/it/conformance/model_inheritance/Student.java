package io.aksara.it.conformance.model_inheritance;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.fields.StringField;

/**
 * Django's tests/model_inheritance/models.py Student. Its Django {@code class Meta: pass} does not
 * subclass CommonInfo's, so it has no ordering; in Java each option a subclass sets replaces the
 * base's, so that is {@code ordering = {}}.
 */
@Meta(table = "model_inheritance_student", ordering = {})
public class Student extends CommonInfo {
    public static final Manager<Student> objects = Manager.of(Student.class);

    @StringField(maxLength = 10)
    public String schoolClass;
}
