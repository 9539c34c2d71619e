package io.aksara.kinds;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/** The implicit {@code id}: a 64-bit {@link Long} the database generates. */
public final class AutoKind extends BuiltInKind<Long> {
    public AutoKind() {
        super(FieldType.BIG_AUTO, Long.class);
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
