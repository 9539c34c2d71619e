package io.aksara.internal;

import io.aksara.errors.FieldError;
import io.aksara.expr.Arithmetic;
import io.aksara.meta.FieldType;
import java.util.Set;

/**
 * The type of arithmetic with a duration: a date-time plus or minus a duration is a date-time of
 * the same kind, a duration plus or minus a duration is a duration, and a duration plus a
 * date-time is that date-time; a date plus or minus a duration is a timestamp, as in Django; the
 * difference of two timestamps, dates or times is a duration. Anything else (a duration times a
 * number) is refused before any SQL runs.
 */
final class DurationArithmetic {
    private static final Set<FieldType> DATE_TIMES = Set.of(FieldType.DATE_TIME, FieldType.LOCAL_DATE_TIME);

    private DurationArithmetic() {}

    static FieldType resultType(Arithmetic a, FieldType left, FieldType right) {
        boolean additive = a.operator() == Arithmetic.Operator.ADD || a.operator() == Arithmetic.Operator.SUBTRACT;
        if (additive && left == FieldType.DURATION && right == FieldType.DURATION) {
            return FieldType.DURATION;
        }
        if (additive && DATE_TIMES.contains(left) && right == FieldType.DURATION) {
            return left;
        }
        if (a.operator() == Arithmetic.Operator.ADD && left == FieldType.DURATION && DATE_TIMES.contains(right)) {
            return right;
        }
        // as Django: a date moved by a duration is a timestamp (the date's midnight, UTC, moved)
        if (additive && left == FieldType.DATE && right == FieldType.DURATION
                || a.operator() == Arithmetic.Operator.ADD && left == FieldType.DURATION && right == FieldType.DATE) {
            return FieldType.DATE_TIME;
        }
        throw new FieldError("Cannot compute " + a + ": a DurationField adds to or subtracts from a DateTimeField, a "
                + "LocalDateTimeField, a DateField or another DurationField; here it meets a "
                + (left == FieldType.DURATION ? right : left).displayName() + " with " + a.operator());
    }

    /**
     * Whether {@code left - right} is the time between two values (Django's temporal subtraction):
     * two timestamps, two dates or two times of the same type give a duration.
     */
    static boolean isDifference(Arithmetic a, FieldType left, FieldType right) {
        return a.operator() == Arithmetic.Operator.SUBTRACT && left == right
                && (DATE_TIMES.contains(left) || left == FieldType.DATE || left == FieldType.TIME);
    }
}
