package io.aksara.kinds;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.time.LocalTime;

/** The kind of {@code @TimeField}: a {@link LocalTime}. */
public final class TimeKind extends BuiltInKind<LocalTime> {
    public TimeKind() {
        super(FieldType.TIME, LocalTime.class);
    }

    @Override
    public Object toColumn(FieldMeta<?, ?> field, Object value) {
        if (value instanceof LocalTime) {
            return value;
        }
        throw FieldError.wrongType(field, "a LocalTime", value);
    }

    @Override
    public Object parseDefault(String text) {
        return LocalTime.parse(text.trim());
    }
}
