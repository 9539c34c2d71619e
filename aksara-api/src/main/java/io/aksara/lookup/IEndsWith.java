package io.aksara.lookup;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/** {@code iendswith}: ends with the text, ignoring case. */
final class IEndsWith implements Lookup {
    @Override
    public String name() {
        return "iendswith";
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
