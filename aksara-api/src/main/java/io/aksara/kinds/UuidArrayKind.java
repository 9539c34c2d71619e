package io.aksara.kinds;

import io.aksara.meta.FieldType;
import java.util.UUID;

/** The kind of {@code @UuidArrayField}: a {@code List<UUID>} in a PostgreSQL {@code uuid[]} column. */
public final class UuidArrayKind extends ArrayKind<UUID> {
    public UuidArrayKind() {
        super(UUID.class, FieldType.UUID);
    }

    @Override
    public String sqlElementType() {
        return "uuid";
    }
}
