package io.aksara.kinds;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.math.BigDecimal;

/** The kind of {@code @DecimalField}: a {@link BigDecimal}; integers and finite doubles are taken exactly. */
public final class DecimalKind extends BuiltInKind<BigDecimal> {
    public DecimalKind() {
        super(FieldType.DECIMAL, BigDecimal.class);
    }

    @Override
    public Object toColumn(FieldMeta<?, ?> field, Object value) {
        return Numbers.decimal(field, value);
    }

    @Override
    public Object parseDefault(String text) {
        return new BigDecimal(text.trim());
    }
}
