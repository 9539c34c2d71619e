package io.aksara.lookup;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/** {@code lte}: less than or equal. */
final class LessThanOrEqual implements Lookup {
    @Override
    public String name() {
        return "lte";
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
