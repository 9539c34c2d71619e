package io.aksara.lookup;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/** {@code iexact}: equal ignoring case; {@code null} means IS NULL. */
final class IExact implements Lookup {
    @Override
    public String name() {
        return "iexact";
    }

    @Override
    public boolean appliesTo(FieldType type) {
        return Prepare.textual(type);
    }

    @Override
    public Object prepare(FieldMeta<?, ?> field, Object value) {
        return value == null ? null : Prepare.single(field, name(), value);
    }
}
