package io.aksara.lookup;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/** {@code gt}: greater than. */
final class GreaterThan implements Lookup {
    @Override
    public String name() {
        return "gt";
    }

    @Override
    public boolean appliesTo(FieldType type) {
        return Prepare.ordered(type);
    }

    @Override
    public Object prepare(FieldMeta<?, ?> field, Object value) {
        return Prepare.single(field, name(), IntegerBound.floor(field, value));
    }
}
