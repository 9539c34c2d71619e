package io.aksara.kinds;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.time.LocalDateTime;

/**
 * The kind of {@code @LocalDateTimeField}: a {@link LocalDateTime}, a date and time without a time
 * zone ({@code timestamp} on PostgreSQL and H2, {@code datetime(6)} on MySQL and MariaDB). It is
 * stored as given: no conversion to UTC, so it reads back the same wall-clock time everywhere.
 */
public final class LocalDateTimeKind extends BuiltInKind<LocalDateTime> {
    public LocalDateTimeKind() {
        super(FieldType.LOCAL_DATE_TIME, LocalDateTime.class);
    }

    @Override
    public Object toColumn(FieldMeta<?, ?> field, Object value) {
        if (value instanceof LocalDateTime) {
            return value;
        }
        throw FieldError.wrongType(field, "a LocalDateTime (a date and time without a zone)", value);
    }

    @Override
    public Object parseDefault(String text) {
        return LocalDateTime.parse(text.trim());
    }
}
