package io.aksara.lookup;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/** {@code in}: one of the values (a collection or array); an empty one matches nothing. */
final class In implements Lookup {
    @Override
    public String name() {
        return "in";
    }

    @Override
    public boolean appliesTo(FieldType type) {
        return true;
    }

    @Override
    public Object prepare(FieldMeta<?, ?> field, Object value) {
        return Prepare.many(field, name(), value);
    }
}
