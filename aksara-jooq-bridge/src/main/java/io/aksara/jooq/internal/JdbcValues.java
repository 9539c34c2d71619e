package io.aksara.jooq.internal;

import io.aksara.internal.ValueRanges;
import io.aksara.jooq.Dialects;
import io.aksara.jooq.types.ColumnReader;
import io.aksara.jooq.types.DurationValues;
import io.aksara.jooq.types.SqlType;
import io.aksara.jooq.types.SqlTypes;
import io.aksara.meta.FieldType;
import io.aksara.meta.JsonValue;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.SQLDialect;
import org.jooq.types.DayToSecond;

/**
 * Moves values between Java and JDBC for one dialect: the few conversions a database needs on the
 * way in ({@link #toJdbc}) and the typed read of each column type on the way out ({@link #reader}).
 * Timestamps are always returned in UTC, so the same row reads the same on every database; times
 * and timestamps are bound truncated to microseconds ({@link ValueRanges#PRECISION}), on every
 * database, whether they are written or compared.
 */
public final class JdbcValues {
    private JdbcValues() {}

    /** The value to bind for a field value (already converted to the field's Java type). */
    public static Object toJdbc(Object value, SQLDialect dialect) {
        if (value == null) {
            return null;
        }
        SqlType own = SqlTypes.converting(value.getClass());
        if (own != null) {
            return own.toJdbc(value, dialect);
        }
        if (value instanceof Duration d) {
            // an interval on PostgreSQL (sent as text, cast by the SQL), microseconds elsewhere
            return dialect.family() == SQLDialect.POSTGRES ? DurationValues.dayToSecond(d) : DurationValues.micros(d);
        }
        if (SqliteTypes.applies(dialect)) {
            return SqliteTypes.toJdbc(value);
        }
        if (value instanceof JsonValue json) {
            return switch (dialect.family()) {
                case POSTGRES -> org.jooq.JSONB.valueOf(json.text());
                case H2 -> org.jooq.JSON.valueOf(json.text());
                default -> json.text(); // MySQL and MariaDB take JSON text
            };
        }
        if (value instanceof LocalTime t) {
            // what TIME(6) keeps, cut the same way everywhere
            return t.getNano() % 1000 == 0 ? t : t.truncatedTo(ValueRanges.PRECISION);
        }
        if (value instanceof LocalDateTime ldt) {
            // a wall-clock time is stored as given, to the microsecond, truncated as times are
            return ldt.getNano() % 1000 == 0 ? ldt : ldt.truncatedTo(ValueRanges.PRECISION);
        }
        if (value instanceof OffsetDateTime odt) {
            // stored in UTC everywhere, so H2 (which keeps the offset) extracts the same date parts; to the
            // microsecond, truncated, so PostgreSQL (which rounds) and MariaDB (which truncates) store the same
            OffsetDateTime utc = odt.getOffset() == ZoneOffset.UTC ? odt : odt.withOffsetSameInstant(ZoneOffset.UTC);
            if (utc.getNano() % 1000 != 0) {
                utc = utc.truncatedTo(ValueRanges.PRECISION);
            }
            return Dialects.isMysqlFamily(dialect) ? utc.toLocalDateTime() : utc;
        }
        if (!Dialects.isMysqlFamily(dialect)) {
            return value;
        }
        if (value instanceof UUID uuid) {
            return uuid.toString();
        }
        return value;
    }

    /**
     * A JDBC value as jOOQ would bind it in a column of this type ({@code DSL.val(value, type)}):
     * the value itself when it already has the type's Java class, which is the common case and
     * needs no conversion object; null stays null.
     */
    public static Object asBound(Object value, org.jooq.DataType<?> type) {
        if (value == null || type.getType().isInstance(value)) {
            return value;
        }
        return org.jooq.impl.DSL.val(value, type).getValue();
    }

    /**
     * The object handed to {@code PreparedStatement.setObject}. MariaDB reports its version as
     * {@code 5.5.5-10.x}, so Connector/J takes it for MySQL 5.5 and drops fractional seconds from
     * temporal parameters; sending them as ISO text keeps the microseconds, on MySQL too.
     */
    public static Object forStatement(Object value, SQLDialect dialect) {
        if (value instanceof org.jooq.JSONB j) {
            return j.data(); // the SQL casts the text: "cast(? as jsonb)"
        }
        if (value instanceof org.jooq.JSON j) {
            return j.data();
        }
        if (value instanceof DayToSecond d) {
            return DurationValues.intervalText(d); // the SQL casts the text: "cast(? as interval day to second)"
        }
        if (Dialects.isMysqlFamily(dialect) && (value instanceof LocalDateTime || value instanceof LocalTime)) {
            return value.toString().replace('T', ' ');
        }
        return value;
    }

    /** The reader for a column type in a dialect (the built-in SQL type's). */
    public static ColumnReader reader(FieldType type, SQLDialect dialect) {
        return SqlTypes.of(type).reader(dialect);
    }
}
