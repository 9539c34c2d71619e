package io.aksara.it.conformance.proxy_models;

import io.aksara.Manager;
import io.aksara.QuerySet;

/** Django's tests/proxy_models/models.py SubManager: every person but wilma. */
public class SubManager<T extends Person> extends Manager<T> {
    public SubManager(Class<T> type) {
        super(type);
    }

    @Override
    public QuerySet<T> all() {
        return super.all().exclude("name", "wilma");
    }
}
