package io.aksara.kinds;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/** The kind of {@code @BigIntegerField}: a 64-bit {@link Long}. */
public final class BigIntegerKind extends BuiltInKind<Long> {
    public BigIntegerKind() {
        super(FieldType.BIG_INTEGER, Long.class);
    }

    @Override
    public Object toColumn(FieldMeta<?, ?> field, Object value) {
        return Numbers.integral(field, value, "a long");
    }

    @Override
    public Object parseDefault(String text) {
        return Long.valueOf(text.trim());
    }
}
