package io.aksara.kinds;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.time.LocalDate;

/** The kind of {@code @DateField}: a {@link LocalDate}, or text naming one ({@code "2005-07-27"}), as Django. */
public final class DateKind extends BuiltInKind<LocalDate> {
    public DateKind() {
        super(FieldType.DATE, LocalDate.class);
    }

    @Override
    public Object toColumn(FieldMeta<?, ?> field, Object value) {
        if (value instanceof LocalDate) {
            return value;
        }
        if (value instanceof String text && TemporalText.date(text) != null) {
            return TemporalText.date(text); // "2005-07-27", as Django takes it
        }
        throw FieldError.wrongType(field, "a LocalDate or text such as 2005-07-27", value);
    }

    @Override
    public Object parseDefault(String text) {
        return LocalDate.parse(text.trim());
    }
}
