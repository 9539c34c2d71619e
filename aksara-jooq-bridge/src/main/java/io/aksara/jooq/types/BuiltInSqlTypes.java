package io.aksara.jooq.types;

import io.aksara.internal.Json;
import io.aksara.jooq.Dialects;
import io.aksara.jooq.internal.SqliteTypes;
import io.aksara.jooq.vendor.LiquibaseTypes;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jooq.DataType;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The SQL type of each built-in column type, per dialect: the jOOQ type (whose Java type is the
 * type of the values {@code JdbcValues} binds, so jOOQ never converts them behind our back), the
 * reader, and the changelog type text. Types that Liquibase would translate differently from the
 * runtime schema (time zones, unbounded text, UUIDs and JSON on MySQL) are changelog properties
 * each vendor defines ({@link LiquibaseTypes}). SQLite has no date, time, UUID or JSON types: they
 * are text there ({@link SqliteTypes}).
 */
final class BuiltInSqlTypes {
    /** The length of a string field without one, and of a computed string. */
    private static final int DEFAULT_LENGTH = 255;

    private BuiltInSqlTypes() {}

    static Map<FieldType, SqlType> table() {
        Map<FieldType, SqlType> t = new EnumMap<>(FieldType.class);
        SqlType string = type((f, d) -> f == null ? SQLDataType.VARCHAR : text(SQLDataType.VARCHAR(length(f)), d),
                d -> ResultSet::getString, f -> "VARCHAR(" + length(f) + ") " + property(LiquibaseTypes.COLLATE));
        t.put(FieldType.STRING, string);
        t.put(FieldType.EMAIL, string);
        // H2 cannot compare or sort CLOBs, so unbounded text is an unbounded VARCHAR there
        t.put(FieldType.TEXT, type((f, d) -> f == null || d.family() == SQLDialect.H2 ? SQLDataType.VARCHAR : text(SQLDataType.CLOB, d),
                d -> ResultSet::getString, f -> property(LiquibaseTypes.TEXT)));
        t.put(FieldType.INTEGER, type((f, d) -> SQLDataType.INTEGER, d -> (rs, i) -> {
            int v = rs.getInt(i);
            return rs.wasNull() ? null : v;
        }, f -> "INT"));
        t.put(FieldType.SMALL_INTEGER, type((f, d) -> SQLDataType.SMALLINT, d -> (rs, i) -> {
            short v = rs.getShort(i);
            return rs.wasNull() ? null : v;
        }, f -> "SMALLINT"));
        ColumnReader longs = (rs, i) -> {
            long v = rs.getLong(i);
            return rs.wasNull() ? null : v;
        };
        t.put(FieldType.BIG_INTEGER, type((f, d) -> SQLDataType.BIGINT, d -> longs, f -> "BIGINT"));
        t.put(FieldType.BIG_AUTO, type(BuiltInSqlTypes::autoKey, d -> longs, f -> "BIGINT"));
        t.put(FieldType.FLOAT, type((f, d) -> SQLDataType.DOUBLE, d -> (rs, i) -> {
            double v = rs.getDouble(i);
            return rs.wasNull() ? null : v;
        }, f -> "DOUBLE"));
        // SQLite keeps decimals as numbers; read as text, so what was bound comes back
        t.put(FieldType.DECIMAL, type((f, d) -> f == null ? SQLDataType.DECIMAL : SQLDataType.DECIMAL(f.maxDigits(), f.decimalPlaces()),
                d -> sqlite(d) ? text(BigDecimal::new) : ResultSet::getBigDecimal,
                f -> "DECIMAL(" + f.maxDigits() + "," + f.decimalPlaces() + ")"));
        t.put(FieldType.BOOLEAN, type((f, d) -> SQLDataType.BOOLEAN, d -> (rs, i) -> {
            boolean v = rs.getBoolean(i);
            return rs.wasNull() ? null : v;
        }, f -> "BOOLEAN"));
        // MySQL has no time zone type: DATETIME(6) holding UTC, converted by JdbcValues
        t.put(FieldType.DATE_TIME, type((f, d) -> sqlite(d) ? SQLDataType.VARCHAR : mysql(d) ? SQLDataType.LOCALDATETIME(6) : SQLDataType.OFFSETDATETIME(6),
                BuiltInSqlTypes::dateTimeReader, f -> property(LiquibaseTypes.DATETIME)));
        t.put(FieldType.LOCAL_DATE_TIME, type((f, d) -> sqlite(d) ? SQLDataType.VARCHAR : SQLDataType.LOCALDATETIME(6),
                d -> sqlite(d) ? text(SqliteTypes::localDateTime) : (rs, i) -> rs.getObject(i, LocalDateTime.class),
                f -> property(LiquibaseTypes.LOCAL_DATETIME)));
        t.put(FieldType.DATE, type((f, d) -> sqlite(d) ? SQLDataType.VARCHAR : SQLDataType.LOCALDATE,
                d -> sqlite(d) ? text(SqliteTypes::date) : (rs, i) -> rs.getObject(i, LocalDate.class), f -> "DATE"));
        t.put(FieldType.TIME, type((f, d) -> sqlite(d) ? SQLDataType.VARCHAR : SQLDataType.LOCALTIME(6),
                d -> sqlite(d) ? text(LocalTime::parse) : (rs, i) -> rs.getObject(i, LocalTime.class), f -> "TIME(6)"));
        t.put(FieldType.UUID, type((f, d) -> mysql(d) || sqlite(d) ? SQLDataType.CHAR(36) : SQLDataType.UUID,
                d -> mysql(d) || sqlite(d) ? text(UUID::fromString) : (rs, i) -> rs.getObject(i, UUID.class),
                f -> property(LiquibaseTypes.UUID)));
        t.put(FieldType.JSON, new BuiltInSqlType((f, d) -> json(d),
                (f, d) -> mysql(d) ? SQLDataType.JSON : json(d), d -> text(Json::parse), f -> property(LiquibaseTypes.JSON)));
        // an interval on PostgreSQL; elsewhere a count of microseconds (an average may have a fraction)
        t.put(FieldType.DURATION, type((f, d) -> postgres(d) ? SQLDataType.INTERVALDAYTOSECOND : SQLDataType.BIGINT,
                d -> postgres(d) ? text(DurationValues::parseInterval) : (rs, i) -> {
                    BigDecimal v = rs.getBigDecimal(i);
                    return v == null ? null : DurationValues.ofMicros(v);
                }, f -> property(LiquibaseTypes.DURATION)));
        // Liquibase turns varbinary(n) into bytea on PostgreSQL
        t.put(FieldType.BINARY, type((f, d) -> binary(f == null ? 0 : f.maxLength(), d), d -> ResultSet::getBytes,
                f -> f.maxLength() > 0 ? "VARBINARY(" + f.maxLength() + ")" : property(LiquibaseTypes.BINARY)));
        t.put(FieldType.ARRAY, new ArraySqlType());
        t.replaceAll(SqliteDeclaredTypes::declaring); // what SQLite tables declare for the kinds kept as text
        return t;
    }

    private static SqlType type(BiFunction<FieldMeta<?, ?>, SQLDialect, DataType<?>> dataType, Function<SQLDialect, ColumnReader> reader,
            Function<FieldMeta<?, ?>, String> changelog) {
        return new BuiltInSqlType(dataType, null, reader, changelog);
    }

    /** The implicit {@code id}: generated by the database, except as the column of a foreign key to it. */
    @SuppressWarnings("removal") // SQLite's rowid alias is what jOOQ's identity(true) renders there
    private static DataType<?> autoKey(FieldMeta<?, ?> f, SQLDialect d) {
        if (f == null || f.isRelation()) {
            return SQLDataType.BIGINT;
        }
        return sqlite(d) ? SQLDataType.BIGINT.identity(true) : SQLDataType.BIGINT.generatedByDefaultAsIdentity();
    }

    /** Timestamps are read in UTC: MySQL's DATETIME holds UTC, SQLite's text is UTC or carries an offset. */
    private static ColumnReader dateTimeReader(SQLDialect d) {
        if (sqlite(d)) {
            return text(SqliteTypes::dateTime);
        }
        if (mysql(d)) {
            return (rs, i) -> {
                LocalDateTime v = rs.getObject(i, LocalDateTime.class);
                return v == null ? null : v.atOffset(ZoneOffset.UTC);
            };
        }
        return (rs, i) -> {
            OffsetDateTime v = rs.getObject(i, OffsetDateTime.class);
            return v == null ? null : v.withOffsetSameInstant(ZoneOffset.UTC);
        };
    }

    /**
     * {@code jsonb} on PostgreSQL (compares by value), {@code json} on H2. On MySQL and MariaDB the
     * column is {@code json} (the DDL type) but values travel as text: MariaDB has no
     * {@code CAST(... AS JSON)}, and both accept JSON text in a JSON column. SQLite keeps text.
     */
    private static DataType<?> json(SQLDialect d) {
        if (mysql(d) || sqlite(d)) {
            return SQLDataType.CLOB;
        }
        return d.family() == SQLDialect.POSTGRES ? SQLDataType.JSONB : SQLDataType.JSON;
    }

    /**
     * {@code varbinary(n)} when bounded; unbounded, a blob on MySQL (which has no unbounded
     * varbinary) and a varbinary elsewhere (bytea on PostgreSQL; H2 cannot compare blobs).
     */
    private static DataType<byte[]> binary(int maxLength, SQLDialect d) {
        if (maxLength > 0) {
            return SQLDataType.VARBINARY(maxLength);
        }
        return mysql(d) ? SQLDataType.BLOB : SQLDataType.VARBINARY;
    }

    /** Binary collation on MySQL, so {@code exact} and ordering are case-sensitive as on PostgreSQL and H2. */
    private static DataType<String> text(DataType<String> t, SQLDialect d) {
        return mysql(d) ? t.collation(DSL.collation("utf8mb4_bin")) : t;
    }

    /** A reader of a value kept as text, parsed unless null. */
    private static ColumnReader text(Function<String, Object> parse) {
        return (rs, i) -> {
            String v = rs.getString(i);
            return v == null ? null : parse.apply(v);
        };
    }

    private static int length(FieldMeta<?, ?> f) {
        return f.maxLength() > 0 ? f.maxLength() : DEFAULT_LENGTH;
    }

    private static String property(String name) {
        return "${" + name + "}";
    }

    private static boolean mysql(SQLDialect d) {
        return Dialects.isMysqlFamily(d);
    }

    private static boolean postgres(SQLDialect d) {
        return d.family() == SQLDialect.POSTGRES;
    }

    private static boolean sqlite(SQLDialect d) {
        return SqliteTypes.applies(d);
    }
}
