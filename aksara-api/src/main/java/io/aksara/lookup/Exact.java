package io.aksara.lookup;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.Values;

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
        return Values.toColumnValue(field, value);
    }
}
