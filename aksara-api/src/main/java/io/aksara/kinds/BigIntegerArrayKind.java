package io.aksara.kinds;

import io.aksara.meta.FieldType;

/** The kind of {@code @BigIntegerArrayField}: a {@code List<Long>} in a PostgreSQL {@code bigint[]} column. */
public final class BigIntegerArrayKind extends ArrayKind<Long> {
    public BigIntegerArrayKind() {
        super(Long.class, FieldType.BIG_INTEGER);
    }

    @Override
    public String sqlElementType() {
        return "bigint";
    }
}
