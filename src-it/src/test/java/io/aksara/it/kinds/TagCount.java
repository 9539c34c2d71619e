package io.aksara.it.kinds;

import io.aksara.lookup.Transform;
import io.aksara.meta.FieldType;

/** {@code tags__count__gte=2}: how many tags a row has (the commas between them, less one). */
final class TagCount implements Transform {
    @Override
    public String lookupName() {
        return "count";
    }

    /** Only TagsKind lists it, so it is never asked for another kind. */
    @Override
    public boolean appliesTo(FieldType type) {
        return false;
    }

    @Override
    public FieldType outputType(FieldType input) {
        return FieldType.INTEGER;
    }

    @Override
    public String sqlTemplate() {
        return "(char_length({0}) - char_length(replace({0}, ',', '')) - 1)";
    }
}
