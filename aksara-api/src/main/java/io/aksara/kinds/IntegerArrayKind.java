package io.aksara.kinds;

import io.aksara.meta.FieldType;

/** The kind of {@code @IntegerArrayField}: a {@code List<Integer>} in a PostgreSQL {@code integer[]} column. */
public final class IntegerArrayKind extends ArrayKind<Integer> {
    public IntegerArrayKind() {
        super(Integer.class, FieldType.INTEGER);
    }

    @Override
    public String sqlElementType() {
        return "integer";
    }
}
