package io.aksara.kinds;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/** The kind of {@code @IntegerField}: a 32-bit {@link Integer}; wider integers are taken when they fit. */
public final class IntegerKind extends BuiltInKind<Integer> {
    public IntegerKind() {
        super(FieldType.INTEGER, Integer.class);
    }

    @Override
    public Object toColumn(FieldMeta<?, ?> field, Object value) {
        long l = Numbers.integral(field, value, "an int");
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw FieldError.wrongType(field, "an int (32-bit range)", value);
        }
        return (int) l;
    }

    @Override
    public Object parseDefault(String text) {
        return Integer.valueOf(text.trim());
    }
}
