package io.aksara.lookup;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/** {@code contains}: contains the text (literally: % and _ match themselves). */
final class Contains implements Lookup {
    @Override
    public String name() {
        return "contains";
    }

    @Override
    public boolean appliesTo(FieldType type) {
        return Prepare.textual(type);
    }

    @Override
    public Object prepare(FieldMeta<?, ?> field, Object value) {
        return Prepare.single(field, name(), value);
    }
}
