package io.aksara.jooq.internal;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.function.Function;

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
    static final int LENGTH = "2024-05-01T12:34:56.123456Z".length();

    private IsoTimestamps() {}

    /** The text of a UTC timestamp of the years 1 to 9999, to the microsecond; else null. */
    static String utcText(OffsetDateTime t) {
        byte[] b = new byte[LENGTH];
        return write(b, 0, t) < 0 ? null : new String(b, StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes the text of a UTC timestamp of the years 1 to 9999 into {@code b} at {@code at}
     * ({@link #LENGTH} bytes) and returns the index after it; -1, writing nothing, for any other value.
     */
    static int write(byte[] b, int at, OffsetDateTime t) {
        int year = t.getYear();
        if (t.getOffset() != ZoneOffset.UTC || year < 1 || year > 9999) {
            return -1;
        }
        writeUtc(b, at, t, year);
        return at + LENGTH;
    }

    private static void writeUtc(byte[] b, int o, OffsetDateTime t, int year) {
        four(b, o, year);
        b[o + 4] = '-';
        two(b, o + 5, t.getMonthValue());
        b[o + 7] = '-';
        two(b, o + 8, t.getDayOfMonth());
        b[o + 10] = 'T';
        two(b, o + 11, t.getHour());
        b[o + 13] = ':';
        two(b, o + 14, t.getMinute());
        b[o + 16] = ':';
        two(b, o + 17, t.getSecond());
        b[o + 19] = '.';
        int micros = t.getNano() / 1000;
        two(b, o + 20, micros / 10_000);
        two(b, o + 22, micros / 100 % 100);
        two(b, o + 24, micros % 100);
        b[o + 26] = 'Z';
    }

    /**
     * The {@code timestamptz[]} literal of the values (one per row, an array the caller holds: no list view of it), {@code {2024-05-01T12:34:56.123456Z,NULL,..}},
     * read by PostgreSQL's array input: one text for the whole column instead of a String per row
     * that the driver then encodes one by one. {@code general} gives the text of a value this class
     * does not write (another offset, a far year): ISO 8601, which needs no quoting in an array
     * but is quoted all the same.
     */
    static String arrayLiteral(Object[] values, Function<Object, String> general) {
        byte[] b = new byte[2 + values.length * (LENGTH + 1)];
        int at = 0;
        b[at++] = '{';
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b[at++] = ',';
            }
            Object v = values[i];
            int end = v == null ? -1 : write(b, at, (OffsetDateTime) v);
            if (end >= 0) {
                at = end;
                continue;
            }
            byte[] text = (v == null ? "NULL" : '"' + general.apply(v) + '"').getBytes(StandardCharsets.ISO_8859_1);
            int room = at + text.length + 2 + (values.length - i - 1) * (LENGTH + 1);
            if (room > b.length) {
                b = Arrays.copyOf(b, room);
            }
            System.arraycopy(text, 0, b, at, text.length);
            at += text.length;
        }
        b[at++] = '}';
        return new String(b, 0, at, StandardCharsets.ISO_8859_1);
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
