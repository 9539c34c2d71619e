package io.aksara.kinds;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.time.LocalDate;

/** The kind of {@code @DateField}: a {@link LocalDate}. */
public final class DateKind extends BuiltInKind<LocalDate> {
    public DateKind() {
        super(FieldType.DATE, LocalDate.class);
    }

    @Override
    public Object toColumn(FieldMeta<?, ?> field, Object value) {
        if (value instanceof LocalDate) {
            return value;
        }
        throw FieldError.wrongType(field, "a LocalDate", value);
    }

    @Override
    public Object parseDefault(String text) {
        return LocalDate.parse(text.trim());
    }
}
