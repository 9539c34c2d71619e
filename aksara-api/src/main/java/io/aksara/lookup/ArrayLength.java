package io.aksara.lookup;

import io.aksara.meta.FieldType;

/**
 * {@code len}: the number of elements of an array field, compared as an integer
 * ({@code tags__len=2}, {@code tags__len__gt=1}). An empty array has length 0, as in Django
 * ({@code cardinality}, where {@code array_length} would give NULL); a NULL array has none.
 */
public final class ArrayLength implements Transform {
    /** The one instance, as the array kinds return it. */
    public static final ArrayLength INSTANCE = new ArrayLength();

    private ArrayLength() {}

    @Override
    public String lookupName() {
        return "len";
    }

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
        return "cardinality({0})";
    }
}
