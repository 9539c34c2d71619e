package io.aksara.it.conformance.many_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.BooleanField;

/** Django tests/many_to_one/models.py School. */
@Meta(table = "many_to_one_school")
public class School extends Model {
    public static final Manager<School> objects = new SchoolManager();

    @BooleanField
    public boolean isPublic = false;
}
