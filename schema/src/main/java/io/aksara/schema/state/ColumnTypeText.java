package io.aksara.schema.state;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/**
 * The Liquibase type text of a field's column. Types that Liquibase would translate differently
 * from Aksara's runtime schema (time zones, unbounded text, UUIDs and JSON on MySQL) are changelog
 * properties defined per database in the master changelog ({@link #PROPERTIES}), so one
 * changelog gives every database the column type Aksara reads and writes.
 */
public final class ColumnTypeText {
    /** The text of a 64-bit integer key, also used by foreign keys to an implicit {@code id}. */
    public static final String BIGINT = "BIGINT";

    /**
     * Each property with its value per Liquibase database short name
     * ({@code h2}, {@code postgresql}, {@code mysql}, {@code mariadb}); written to the master changelog.
     */
    public static final java.util.List<Property> PROPERTIES = java.util.List.of(
            // binary collation on MySQL, so exact and ordering are case-sensitive as on PostgreSQL and H2
            new Property("aksara.collate", "", "", "COLLATE utf8mb4_bin"),
            new Property("aksara.datetime", "TIMESTAMP(6) WITH TIME ZONE", "TIMESTAMP(6) WITH TIME ZONE", "DATETIME(6)"),
            new Property("aksara.json", "JSON", "JSONB", "JSON"),
            new Property("aksara.localdatetime", "TIMESTAMP(6)", "TIMESTAMP(6)", "DATETIME(6)"),
            new Property("aksara.text", "VARCHAR", "TEXT", "LONGTEXT"),
            new Property("aksara.uuid", "UUID", "UUID", "CHAR(36)"));

    /**
     * A changelog property with its value per database family.
     *
     * @param name     the property name, used as {@code ${name}}
     * @param h2       the value on H2
     * @param postgres the value on PostgreSQL
     * @param mysql    the value on MySQL and MariaDB
     */
    public record Property(String name, String h2, String postgres, String mysql) {
        /** The reference written into a column type. */
        public String reference() {
            return "${" + name + "}";
        }
    }

    private ColumnTypeText() {}

    /** The type text of this field's column. */
    public static String of(FieldMeta<?, ?> field) {
        FieldType type = field.columnType();
        return switch (type) {
            case STRING, EMAIL -> "VARCHAR(" + (field.maxLength() > 0 ? field.maxLength() : 255) + ") " + property("aksara.collate");
            case TEXT -> property("aksara.text");
            case INTEGER -> "INT";
            case BIG_INTEGER, BIG_AUTO -> BIGINT;
            case FLOAT -> "DOUBLE";
            case DECIMAL -> "DECIMAL(" + field.maxDigits() + "," + field.decimalPlaces() + ")";
            case BOOLEAN -> "BOOLEAN";
            case DATE_TIME -> property("aksara.datetime");
            case LOCAL_DATE_TIME -> property("aksara.localdatetime");
            case DATE -> "DATE";
            case TIME -> "TIME(6)";
            case UUID -> property("aksara.uuid");
            case JSON -> property("aksara.json");
            case FOREIGN_KEY -> throw new IllegalStateException("columnType() resolves relations");
        };
    }

    private static String property(String name) {
        return "${" + name + "}";
    }
}
