package io.aksara.it.conformance.many_to_one;

import io.aksara.Manager;
import io.aksara.QuerySet;

/** Django tests/many_to_one/models.py SchoolManager: only public schools. */
public class SchoolManager extends Manager<School> {
    public SchoolManager() {
        super(School.class);
    }

    @Override
    public QuerySet<School> all() {
        return super.all().filter("isPublic", true);
    }
}
