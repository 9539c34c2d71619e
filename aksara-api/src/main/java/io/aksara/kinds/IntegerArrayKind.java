package io.aksara.kinds;

/** The kind of {@code @IntegerArrayField}: a {@code List<Integer>} in a PostgreSQL {@code integer[]} column. */
public final class IntegerArrayKind extends ArrayKind<Integer> {
    public IntegerArrayKind() {
        super(Integer.class);
    }

    @Override
    public String sqlElementType() {
        return "integer";
    }
}
