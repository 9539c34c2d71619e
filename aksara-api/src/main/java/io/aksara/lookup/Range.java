package io.aksara.lookup;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.util.List;

/** {@code range}: between two bounds, both included. */
final class Range implements Lookup {
    @Override
    public String name() {
        return "range";
    }

    @Override
    public boolean appliesTo(FieldType type) {
        return Prepare.ordered(type);
    }

    @Override
    public Object prepare(FieldMeta<?, ?> field, Object value) {
        List<Object> bounds = Prepare.many(field, name(), value);
        if (bounds.size() != 2) {
            throw FieldError.wrongType(field, "exactly two non-null bounds for 'range'", value);
        }
        return bounds;
    }
}
