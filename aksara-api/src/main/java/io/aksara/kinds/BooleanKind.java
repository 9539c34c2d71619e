package io.aksara.kinds;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/** The kind of {@code @BooleanField}: a {@link Boolean}. */
public final class BooleanKind extends BuiltInKind<Boolean> {
    public BooleanKind() {
        super(FieldType.BOOLEAN, Boolean.class);
    }

    @Override
    public Object toColumn(FieldMeta<?, ?> field, Object value) {
        if (value instanceof Boolean) {
            return value;
        }
        throw FieldError.wrongType(field, "a boolean", value);
    }

    @Override
    public Object parseDefault(String text) {
        return switch (text.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("expected true or false");
        };
    }
}
