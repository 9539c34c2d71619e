package io.aksara.schemafirst.internal;

import io.aksara.meta.FieldType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jooq.DataType;

/**
 * Which Aksara field type a column of a given jOOQ data type becomes, or null when there is none.
 * The Java type jOOQ chose decides most cases; the type name settles what the Java type cannot
 * tell apart (text against bounded strings, JSON, UUIDs).
 */
public final class FieldTypes {
    /** Above this length a string column is unbounded in practice (H2's {@code varchar} is 1,000,000,000). */
    static final int TEXT_LENGTH = 10_485_760;

    private static final Set<String> TEXT_NAMES = Set.of("clob", "text", "longtext", "mediumtext", "tinytext",
            "character large object", "nclob", "longvarchar", "longnvarchar");

    private FieldTypes() {}

    /**
     * @param mysqlFamily on MySQL and MariaDB a {@code char(36)} or {@code varchar(36)} column is a UUID
     * @param jsonColumn  the database marks this column as JSON by other means (MariaDB's {@code json_valid} check)
     */
    public static FieldType of(DataType<?> type, boolean mysqlFamily, boolean jsonColumn) {
        if (type.isArray()) {
            return ArrayColumnTypes.supported(type) ? FieldType.ARRAY : null; // PostgreSQL's text[], integer[], ...
        }
        String name = type.getTypeName().toLowerCase(Locale.ROOT);
        Class<?> java = type.getType();
        if (name.equals("uuid") || java == UUID.class) {
            return FieldType.UUID;
        }
        // SQLite's json_text: JSON kept as text (TEXT affinity), as Aksara declares it there
        if (jsonColumn || name.equals("json") || name.equals("jsonb") || name.equals("json_text") || java == org.jooq.JSON.class
                || java == org.jooq.JSONB.class) {
            return FieldType.JSON;
        }
        if (name.startsWith("interval") || java == org.jooq.types.DayToSecond.class || java == org.jooq.types.YearToSecond.class) {
            // PostgreSQL's interval; a year-to-month interval has no exact length and is left out
            return java == org.jooq.types.YearToMonth.class ? null : FieldType.DURATION;
        }
        if (java == String.class) {
            // MySQL has no UUID type: Aksara stores UUIDs as char(36), jOOQ as varchar(36)
            if (mysqlFamily && (name.equals("char") || name.equals("varchar")) && type.length() == 36) {
                return FieldType.UUID;
            }
            if (TEXT_NAMES.contains(name) || !type.lengthDefined() || type.length() <= 0 || type.length() > TEXT_LENGTH) {
                return FieldType.TEXT;
            }
            return FieldType.STRING;
        }
        if (java == Short.class) {
            return FieldType.SMALL_INTEGER;
        }
        if (java == Integer.class || java == Byte.class) {
            return FieldType.INTEGER; // MySQL's tinyint has no narrower field (tinyint(1) is a boolean)
        }
        if (java == Long.class) {
            return FieldType.BIG_INTEGER;
        }
        if (java == Boolean.class) {
            return FieldType.BOOLEAN;
        }
        if (java == Double.class || java == Float.class) {
            return FieldType.FLOAT;
        }
        if (java == BigDecimal.class || java == BigInteger.class) {
            // numeric without a precision has no DecimalField: any maxDigits would reject or round values
            return type.precisionDefined() && type.precision() > 0 && type.precision() <= 1000 ? FieldType.DECIMAL : null;
        }
        if (java == OffsetDateTime.class || java == Instant.class) {
            return FieldType.DATE_TIME;
        }
        if (java == Timestamp.class || java == LocalDateTime.class) {
            // MySQL's datetime is where Aksara keeps UTC instants; elsewhere a timestamp without a zone is a wall-clock time
            return mysqlFamily ? FieldType.DATE_TIME : FieldType.LOCAL_DATE_TIME;
        }
        if (java == Date.class || java == LocalDate.class) {
            return FieldType.DATE;
        }
        if (java == Time.class || java == LocalTime.class) {
            return FieldType.TIME;
        }
        if (java == byte[].class) {
            // bytea, blob, longblob, varbinary, binary varying: raw bytes (a bound from binaryLength)
            return FieldType.BINARY;
        }
        return null;
    }

    /** The maxLength of a binary column: its length when bounded in practice, else 0 (unbounded). */
    public static int binaryLength(DataType<?> type) {
        String name = type.getTypeName().toLowerCase(Locale.ROOT);
        boolean blob = name.contains("blob") || name.equals("bytea") || name.contains("large object");
        return blob || !type.lengthDefined() || type.length() <= 0 || type.length() > TEXT_LENGTH ? 0 : type.length();
    }

    /** The type as the database would write it, for messages: {@code varchar(100)}, {@code numeric(10, 2)}, {@code bytea}. */
    public static String describe(DataType<?> type) {
        if (type.isArray() && type.getArrayComponentDataType() != null) {
            return describe(type.getArrayComponentDataType()) + "[]"; // integer[], which ArrayColumnTypes reads
        }
        return type.getCastTypeName().toLowerCase(Locale.ROOT);
    }
}
