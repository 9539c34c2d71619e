package io.aksara.kinds;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/** The kind of {@code @FloatField}: a finite {@link Double}. */
public final class FloatKind extends BuiltInKind<Double> {
    public FloatKind() {
        super(FieldType.FLOAT, Double.class);
    }

    @Override
    public Object toColumn(FieldMeta<?, ?> field, Object value) {
        // NaN and infinities are never stored (MySQL and MariaDB have none), so no filter or expression takes them
        if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        throw FieldError.wrongType(field, "a finite double", value);
    }

    @Override
    public Object parseDefault(String text) {
        return Double.valueOf(text.trim());
    }
}
