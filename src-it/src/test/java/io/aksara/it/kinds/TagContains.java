package io.aksara.it.kinds;

import io.aksara.errors.FieldError;
import io.aksara.lookup.Lookup;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/** {@code tags__contains="red"}: the row has the tag {@code red} (not {@code redwood}). */
final class TagContains implements Lookup {
    @Override
    public String name() {
        return "contains";
    }

    /** Only TagsKind lists it, so it is never asked for another kind. */
    @Override
    public boolean appliesTo(FieldType type) {
        return false;
    }

    @Override
    public Object prepare(FieldMeta<?, ?> field, Object value) {
        if (!(value instanceof String tag)) {
            throw FieldError.wrongType(field, "one tag (a String) for 'contains'", value);
        }
        return "%," + TagsKind.check(field, tag) + ",%";
    }

    @Override
    public String sqlTemplate() {
        return "{0} like {1}";
    }
}
