package io.aksara.lookup;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/** {@code isnull}: IS NULL when true, IS NOT NULL when false. */
final class IsNull implements Lookup {
    @Override
    public String name() {
        return "isnull";
    }

    @Override
    public boolean appliesTo(FieldType type) {
        return true;
    }

    @Override
    public Object prepare(FieldMeta<?, ?> field, Object value) {
        if (value instanceof Boolean) {
            return value;
        }
        throw FieldError.wrongType(field, "true or false for 'isnull'", value);
    }
}
