package io.aksara.jooq.types;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Durations as the databases keep them: a count of microseconds where there is no interval type,
 * and PostgreSQL's interval text ({@code 1 day 02:03:04.5}, {@code -01:30:00}) read back. Values
 * are truncated to the microsecond, as times are.
 */
public final class DurationValues {
    /** A month and a year in an interval, as a duration has no calendar: 30 and 365 days. */
    private static final long MONTH_DAYS = 30;
    private static final long YEAR_DAYS = 365;

    private DurationValues() {}

    /** The microseconds of a duration, truncated toward zero as {@link Duration#truncatedTo} does. */
    public static long micros(Duration d) {
        Duration t = d.truncatedTo(ChronoUnit.MICROS);
        return t.getSeconds() * 1_000_000L + t.getNano() / 1_000;
    }

    /**
     * The interval of a duration, from its microseconds. jOOQ's {@code DayToSecond.valueOf(Duration)}
     * loses the sign of a negative duration shorter than a second ({@code -30µs} is seconds -1 plus
     * 999970000 nanoseconds, and came out as +30µs), so the parts are computed here from the magnitude.
     */
    public static org.jooq.types.DayToSecond dayToSecond(Duration d) {
        long micros = micros(d);
        long abs = Math.abs(micros);
        long seconds = abs / 1_000_000L;
        org.jooq.types.DayToSecond magnitude = new org.jooq.types.DayToSecond((int) (seconds / 86_400), (int) (seconds / 3_600 % 24),
                (int) (seconds / 60 % 60), (int) (seconds % 60), (int) (abs % 1_000_000L) * 1_000);
        return micros < 0 ? magnitude.neg() : magnitude;
    }

    /** The text PostgreSQL reads as this interval ({@code -30 microseconds}), from its parts, sign included. */
    public static String intervalText(org.jooq.types.DayToSecond d) {
        long micros = ((((long) d.getDays() * 24 + d.getHours()) * 60 + d.getMinutes()) * 60 + d.getSeconds()) * 1_000_000L
                + d.getNano() / 1_000;
        return (d.getSign() < 0 ? -micros : micros) + " microseconds";
    }

    /** The duration of a count of microseconds, possibly fractional (an average). */
    public static Duration ofMicros(BigDecimal micros) {
        return Duration.of(micros.setScale(0, RoundingMode.HALF_EVEN).longValueExact(), ChronoUnit.MICROS);
    }

    /** The text PostgreSQL reads as this interval, exactly: {@code 5400000000 microseconds}. */
    public static String intervalText(Duration d) {
        return micros(d) + " microseconds";
    }

    /**
     * A PostgreSQL interval in its default output style: optional {@code N years}, {@code N mons},
     * {@code N days}, then an optional signed {@code HH:MM:SS[.ffffff]}.
     */
    public static Duration parseInterval(String text) {
        String[] parts = text.trim().split("\\s+");
        Duration total = Duration.ZERO;
        int i = 0;
        while (i < parts.length) {
            String p = parts[i];
            if (p.contains(":")) {
                total = total.plus(clock(p));
                i++;
                continue;
            }
            long n = Long.parseLong(p);
            String unit = parts[i + 1].toLowerCase(Locale.ROOT);
            long days = unit.startsWith("year") ? n * YEAR_DAYS : unit.startsWith("mon") ? n * MONTH_DAYS : n;
            if (!unit.startsWith("year") && !unit.startsWith("mon") && !unit.startsWith("day")) {
                throw new IllegalArgumentException("not an interval: " + text);
            }
            total = total.plusDays(days);
            i += 2;
        }
        return total;
    }

    private static Duration clock(String hms) {
        boolean negative = hms.startsWith("-");
        String[] f = hms.replaceFirst("^[+-]", "").split(":");
        BigDecimal seconds = new BigDecimal(f[2]);
        Duration d = Duration.ofHours(Long.parseLong(f[0])).plusMinutes(Long.parseLong(f[1]))
                .plusSeconds(seconds.longValue())
                .plusNanos(seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        return negative ? d.negated() : d;
    }
}
