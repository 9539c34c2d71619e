package io.aksara.internal;

import io.aksara.meta.FieldMeta;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Whether a column of a bulk write (one field's values, copied from the instances) passes the
 * field's checks. The usual timestamp, text and decimal are decided by a test that implies
 * {@link Validator#checkStored} finds nothing, in a loop of their own: no call per value, so the
 * reads of several rows' values overlap, which is what this loop costs when the values are not in
 * the CPU's caches. A value the test does not settle, and every other kind, goes to
 * {@code checkStored} itself, so the answer is the same.
 */
final class ColumnValidity {
    private ColumnValidity() {}

    /** Whether the first {@code n} values pass the checks of {@code field}, a field checked as held. */
    static boolean allPass(FieldMeta<?, ?> field, Object[] values, int n) {
        switch (field.type()) {
            case DATE_TIME -> {
                for (int i = 0; i < n; i++) {
                    if (!(values[i] instanceof OffsetDateTime t && Validator.plainDateTime(t)) && !passes(field, values[i])) {
                        return false;
                    }
                }
            }
            case STRING, TEXT -> {
                boolean plain = field.choices().isEmpty();
                for (int i = 0; i < n; i++) {
                    if (!(plain && values[i] instanceof String s && Validator.plainText(field, s)) && !passes(field, values[i])) {
                        return false;
                    }
                }
            }
            case DECIMAL -> {
                for (int i = 0; i < n; i++) {
                    if (!(values[i] instanceof BigDecimal d && Validator.plainDecimal(field, d)) && !passes(field, values[i])) {
                        return false;
                    }
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    if (!passes(field, values[i])) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean passes(FieldMeta<?, ?> field, Object value) {
        return Validator.checkStored(field, value).isEmpty();
    }
}
