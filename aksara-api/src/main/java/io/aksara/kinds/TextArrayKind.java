package io.aksara.kinds;

/** The kind of {@code @TextArrayField}: a {@code List<String>} in a PostgreSQL {@code text[]} column. */
public final class TextArrayKind extends ArrayKind<String> {
    public TextArrayKind() {
        super(String.class);
    }

    @Override
    public String sqlElementType() {
        return "text";
    }
}
