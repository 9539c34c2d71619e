package io.aksara.lookup;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/** {@code exact}: equal to the value; {@code null} means IS NULL, as in Django. */
final class Exact implements Lookup {
    @Override
    public String name() {
        return "exact";
    }

    @Override
    public boolean appliesTo(FieldType type) {
        return true;
    }

    @Override
    public Object prepare(FieldMeta<?, ?> field, Object value) {
        return io.aksara.meta.Values.toColumnValue(field, value);
    }
}
