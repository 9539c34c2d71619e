package io.aksara.jooq.internal;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A UTC timestamp written as the ISO 8601 text PostgreSQL's {@code timestamptz} input reads:
 * {@code 2024-05-01T12:34:56.123456Z}, always with six fraction digits (finer digits truncated,
 * as {@link JdbcValues#toJdbc} stores them). The bulk insert sends a {@code timestamptz[]} as text
 * ({@link UnnestArrays}), one per row: {@code OffsetDateTime.toString()} costs several times more
 * (a builder, its variable layout), and this writes the fixed layout into one byte array.
 *
 * <p>Only for an offset of UTC and the years 1 to 9999, whose text has four digits and no sign;
 * {@link #utcText} gives null for any other value, and the caller converts it the general way.
 */
final class IsoTimestamps {
    private static final int LENGTH = "2024-05-01T12:34:56.123456Z".length();

    private IsoTimestamps() {}

    /** The text of a UTC timestamp of the years 1 to 9999, to the microsecond; else null. */
    static String utcText(OffsetDateTime t) {
        int year = t.getYear();
        if (t.getOffset() != ZoneOffset.UTC || year < 1 || year > 9999) {
            return null;
        }
        byte[] b = new byte[LENGTH];
        four(b, 0, year);
        b[4] = '-';
        two(b, 5, t.getMonthValue());
        b[7] = '-';
        two(b, 8, t.getDayOfMonth());
        b[10] = 'T';
        two(b, 11, t.getHour());
        b[13] = ':';
        two(b, 14, t.getMinute());
        b[16] = ':';
        two(b, 17, t.getSecond());
        b[19] = '.';
        int micros = t.getNano() / 1000;
        two(b, 20, micros / 10_000);
        two(b, 22, micros / 100 % 100);
        two(b, 24, micros % 100);
        b[26] = 'Z';
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static void four(byte[] b, int at, int v) {
        two(b, at, v / 100);
        two(b, at + 2, v % 100);
    }

    private static void two(byte[] b, int at, int v) {
        b[at] = (byte) ('0' + v / 10);
        b[at + 1] = (byte) ('0' + v % 10);
    }
}
