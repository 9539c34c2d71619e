package io.aksara.kinds;


/** The kind of {@code @BigIntegerArrayField}: a {@code List<Long>} in a PostgreSQL {@code bigint[]} column. */
public final class BigIntegerArrayKind extends ArrayKind<Long> {
    public BigIntegerArrayKind() {
        super(Long.class);
    }

    @Override
    public String sqlElementType() {
        return "bigint";
    }
}
