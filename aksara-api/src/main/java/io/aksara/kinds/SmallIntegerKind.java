package io.aksara.kinds;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/** The kind of {@code @SmallIntegerField}: a 16-bit {@link Short}; wider integers are taken when they fit. */
public final class SmallIntegerKind extends BuiltInKind<Short> {
    public SmallIntegerKind() {
        super(FieldType.SMALL_INTEGER, Short.class);
    }

    @Override
    public Object toColumn(FieldMeta<?, ?> field, Object value) {
        long l = Numbers.integral(field, value, "a short");
        if (l < Short.MIN_VALUE || l > Short.MAX_VALUE) {
            throw FieldError.wrongType(field, "a short (16-bit range, -32768 to 32767)", value);
        }
        return (short) l;
    }

    @Override
    public Object parseDefault(String text) {
        return Short.valueOf(text.trim());
    }
}
