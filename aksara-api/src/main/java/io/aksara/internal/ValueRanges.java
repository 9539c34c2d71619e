package io.aksara.internal;

import io.aksara.meta.FieldMeta;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The values Aksara writes, per field kind: the same range and precision on every supported
 * database, so a value accepted on one is accepted, stored and read back alike on the others.
 *
 * <ul>
 *   <li>date-times: from {@code 0001-01-01T00:00:00Z} to {@code 9999-12-31T23:59:59.999999Z} (in
 *       UTC), as Django's; MySQL's DATETIME ends there and PostgreSQL would round the last
 *       nanoseconds of 9999 into year 10000;</li>
 *   <li>dates: {@code 0001-01-01} to {@code 9999-12-31};</li>
 *   <li>fractions of a second: microseconds ({@link #PRECISION}); finer digits are truncated
 *       before binding, on every database and for filter values too;</li>
 *   <li>integers: the column's range (32 bits for {@code IntegerField}, 64 for
 *       {@code BigIntegerField});</li>
 *   <li>floats and decimals: finite numbers only (MySQL and MariaDB cannot store NaN or infinities,
 *       and no DECIMAL column can).</li>
 * </ul>
 */
public final class ValueRanges {
    /**
     * The fraction of a second that is stored: PostgreSQL, MySQL/MariaDB {@code DATETIME(6)}/{@code TIME(6)}
     * and H2 all keep microseconds. Finer digits are truncated, not rounded: rounding could carry
     * into the next second, day or year ({@code 9999-12-31T23:59:59.9999999Z} into year 10000, or
     * {@code LocalTime.MAX} into 24:00), truncation never changes the date, and it is what MariaDB
     * does on its own.
     */
    public static final ChronoUnit PRECISION = ChronoUnit.MICROS;

    /** The first date-time stored. */
    public static final OffsetDateTime MIN_DATE_TIME = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    /** The last date-time stored. */
    public static final OffsetDateTime MAX_DATE_TIME = OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC);

    /** The first date stored. */
    public static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);

    /** The last date stored. */
    public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

    static final String NOT_FINITE = "Enter a finite number: NaN and infinities cannot be stored "
            + "(MySQL and MariaDB have no such values).";

    private static final Instant FIRST = MIN_DATE_TIME.toInstant();
    private static final Instant LAST = MAX_DATE_TIME.toInstant();

    private ValueRanges() {}

    /** Why a date-time cannot be stored, or null; compared as stored (in UTC, to the microsecond). */
    static String dateTime(Instant t) {
        Instant stored = t.truncatedTo(PRECISION);
        if (stored.isBefore(FIRST) || stored.isAfter(LAST)) {
            return "Ensure this date and time is between " + FIRST + " and " + LAST + " (in UTC); " + t
                    + " is outside the range every supported database stores.";
        }
        return null;
    }

    /** Why a date cannot be stored, or null. */
    static String date(LocalDate d) {
        if (d.isBefore(MIN_DATE) || d.isAfter(MAX_DATE)) {
            return "Ensure this date is between " + MIN_DATE + " and " + MAX_DATE + "; " + d
                    + " is outside the range every supported database stores.";
        }
        return null;
    }

    /** The longest duration every database stores: a 64-bit count of microseconds (about 292,000 years). */
    public static final Duration MAX_DURATION = Duration.of(Long.MAX_VALUE, ChronoUnit.MICROS);

    /** Why a duration cannot be stored, or null; compared as stored (to the microsecond). */
    static String duration(Duration d) {
        Duration stored = d.truncatedTo(ChronoUnit.MICROS);
        if (stored.compareTo(MAX_DURATION) > 0 || stored.compareTo(MAX_DURATION.negated()) < 0) {
            return "Ensure this duration is at most " + MAX_DURATION + " either way; " + d
                    + " is longer than a 64-bit count of microseconds.";
        }
        return null;
    }

    /**
     * Why a value given for a field (before it is converted to the field's Java type) is outside
     * what the field stores, or null. These are the problems conversion cannot express: a
     * {@code long} too large for an {@code int} column, NaN for a decimal, {@code Instant.MAX}
     * (which no {@code OffsetDateTime} holds). A value of the wrong type is not judged here.
     */
    static String given(FieldMeta<?, ?> field, Object value) {
        if (value == null || field.isRelation()) {
            return null;
        }
        return switch (field.type()) {
            case STRING, TEXT, EMAIL -> value instanceof CharSequence s ? TextRules.problem(s.toString()) : null;
            case INTEGER -> integer(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case SMALL_INTEGER -> integer(value, Short.MIN_VALUE, Short.MAX_VALUE);
            case BIG_INTEGER, BIG_AUTO -> integer(value, Long.MIN_VALUE, Long.MAX_VALUE);
            // a BigDecimal beyond the double range would become an infinity too
            case FLOAT -> value instanceof Number n && !Double.isFinite(n.doubleValue()) ? NOT_FINITE : null;
            case DECIMAL -> finite(value) ? null : "Enter a number: a DecimalField cannot hold " + value + ".";
            case DATE_TIME -> switch (value) {
                case Instant i -> dateTime(i);
                case OffsetDateTime o -> dateTime(o.toInstant());
                case ZonedDateTime z -> dateTime(z.toInstant());
                default -> null;
            };
            case DATE -> value instanceof LocalDate d ? date(d) : null;
            case LOCAL_DATE_TIME -> value instanceof LocalDateTime t ? date(t.toLocalDate()) : null;
            case JSON -> json(value);
            default -> null;
        };
    }

    /** Why a JSON document cannot be written, or null. */
    static String json(Object value) {
        try {
            Json.write(value);
            return null;
        } catch (IllegalArgumentException e) {
            return "Enter valid JSON: " + e.getMessage() + ".";
        }
    }

    private static boolean finite(Object value) {
        return switch (value) {
            case Double d -> Double.isFinite(d);
            case Float f -> Float.isFinite(f);
            default -> true;
        };
    }

    private static String integer(Object value, long min, long max) {
        int sign;
        switch (value) {
            case Integer i -> sign = i > max ? 1 : i < min ? -1 : 0;
            case Long l -> sign = l > max ? 1 : l < min ? -1 : 0;
            case Short s -> sign = 0;
            case Byte b -> sign = 0;
            case BigInteger b -> sign = outside(b, min, max);
            // whole numbers only; a fraction or another type is the conversion's to name
            case BigDecimal d when d.signum() == 0 || d.stripTrailingZeros().scale() <= 0 ->
                    // more than 19 digits before the point is beyond any long, without building the number
                    sign = d.precision() - d.scale() > 19 ? d.signum() : outside(d.toBigIntegerExact(), min, max);
            default -> sign = 0;
        }
        if (sign > 0) {
            return "Ensure this value is less than or equal to " + max + ".";
        }
        if (sign < 0) {
            return "Ensure this value is greater than or equal to " + min + ".";
        }
        return null;
    }

    private static int outside(BigInteger n, long min, long max) {
        return n.compareTo(BigInteger.valueOf(max)) > 0 ? 1 : n.compareTo(BigInteger.valueOf(min)) < 0 ? -1 : 0;
    }
}
