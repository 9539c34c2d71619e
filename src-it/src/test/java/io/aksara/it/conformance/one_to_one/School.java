package io.aksara.it.conformance.one_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.QuerySet;
import io.aksara.fields.BooleanField;

/** Django tests/one_to_one/models.py School. */
@Meta(table = "one_to_one_school")
public class School extends Model {
    public static final Manager<School> objects = new Manager<>(School.class) {
        @Override
        public QuerySet<School> all() {
            return super.all().filter("isPublic", true); // Django's SchoolManager
        }
    };

    @BooleanField
    public boolean isPublic = false;

    public Director director() {
        return relatedOne(Director.class, "school");
    }
}
