package io.aksara.it.conformance.proxy_models;

import io.aksara.Manager;
import io.aksara.QuerySet;

/** Django's tests/proxy_models/models.py PersonManager: every person but fred. */
public class PersonManager<T extends Person> extends Manager<T> {
    public PersonManager(Class<T> type) {
        super(type);
    }

    @Override
    public QuerySet<T> all() {
        return super.all().exclude("name", "fred");
    }
}
