package io.aksara.lookup;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/** {@code endswith}: ends with the text. */
final class EndsWith implements Lookup {
    @Override
    public String name() {
        return "endswith";
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
