package io.aksara.jooq.internal;

import io.aksara.internal.ValueRanges;
import io.aksara.meta.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jooq.SQLDialect;

/**
 * How values are stored on SQLite, which has no date, time, UUID or JSON types: all of them are
 * text. A timestamp is UTC text with six fractional digits ({@code 2026-01-31 12:00:00.000000}),
 * a time {@code 12:00:00.000000}, a date {@code 2026-01-31}: fixed widths, so text order is time
 * order, in a form SQLite's date functions read. Decimals are bound as text and kept by the
 * column's NUMERIC affinity as SQLite numbers (double precision: SQLite has no exact decimal).
 */
public final class SqliteTypes {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

    private SqliteTypes() {}

    public static boolean applies(SQLDialect dialect) {
        return dialect.family() == SQLDialect.SQLITE;
    }

    /** The JDBC value of a field value; values SQLite takes as they are come back unchanged. */
    public static Object toJdbc(Object value) {
        return switch (value) {
            case OffsetDateTime odt -> DATE_TIME.format(odt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                    .truncatedTo(ValueRanges.PRECISION));
            case LocalDateTime ldt -> DATE_TIME.format(ldt.truncatedTo(ValueRanges.PRECISION));
            case LocalDate d -> d.toString();
            case LocalTime t -> TIME.format(t.truncatedTo(ValueRanges.PRECISION));
            case UUID u -> u.toString();
            case BigDecimal d -> d.toPlainString();
            case JsonValue json -> json.text();
            default -> value;
        };
    }

    /** A stored wall-clock time: Aksara's own text, SQLite's, or a date alone (midnight). */
    public static LocalDateTime localDateTime(String v) {
        return v.length() == 10 ? LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v.replace(' ', 'T'));
    }

    /** A stored date, or the date of a stored timestamp. */
    public static LocalDate date(String v) {
        return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    }

    /** A stored timestamp: Aksara's own text, SQLite's ({@code 2026-01-31 12:00:00}), or a date alone. */
    public static OffsetDateTime dateTime(String v) {
        if (v == null) {
            return null;
        }
        if (v.length() == 10) {
            return LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        String iso = v.replace(' ', 'T');
        if (iso.endsWith("Z") || iso.matches(".*T.*[+-]\\d\\d:?\\d\\d$")) {
            return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC);
        }
        return LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC);
    }
}
