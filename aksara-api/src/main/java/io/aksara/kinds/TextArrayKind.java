package io.aksara.kinds;

import io.aksara.meta.FieldType;

/** The kind of {@code @TextArrayField}: a {@code List<String>} in a PostgreSQL {@code text[]} column. */
public final class TextArrayKind extends ArrayKind<String> {
    public TextArrayKind() {
        super(String.class, FieldType.TEXT);
    }

    @Override
    public String sqlElementType() {
        return "text";
    }
}
