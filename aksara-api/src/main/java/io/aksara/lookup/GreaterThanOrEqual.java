package io.aksara.lookup;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/** {@code gte}: greater than or equal. */
final class GreaterThanOrEqual implements Lookup {
    @Override
    public String name() {
        return "gte";
    }

    @Override
    public boolean appliesTo(FieldType type) {
        return Prepare.ordered(type);
    }

    @Override
    public Object prepare(FieldMeta<?, ?> field, Object value) {
        return Prepare.single(field, name(), IntegerBound.ceiling(field, value));
    }
}
