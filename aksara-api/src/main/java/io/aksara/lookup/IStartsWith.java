package io.aksara.lookup;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/** {@code istartswith}: starts with the text, ignoring case. */
final class IStartsWith implements Lookup {
    @Override
    public String name() {
        return "istartswith";
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
