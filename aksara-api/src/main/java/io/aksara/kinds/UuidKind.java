package io.aksara.kinds;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.util.UUID;

/** The kind of {@code @UUIDField}: a {@link UUID}; its text form is taken too. */
public final class UuidKind extends BuiltInKind<UUID> {
    public UuidKind() {
        super(FieldType.UUID, UUID.class);
    }

    @Override
    public Object toColumn(FieldMeta<?, ?> field, Object value) {
        if (value instanceof UUID) {
            return value;
        }
        if (value instanceof CharSequence s) {
            try {
                return UUID.fromString(s.toString());
            } catch (IllegalArgumentException e) {
                throw FieldError.wrongType(field, "a UUID", value);
            }
        }
        throw FieldError.wrongType(field, "a UUID", value);
    }

    @Override
    public Object parseDefault(String text) {
        return UUID.fromString(text.trim());
    }
}
