package io.aksara.schema.state;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/**
 * The Liquibase type text of a field's column. Types that Liquibase would translate differently
 * from Aksara's runtime schema (time zones, unbounded text, UUIDs and JSON on MySQL) are changelog
 * properties defined per database in the master changelog (each vendor's
 * {@code liquibaseTypes()}, io.aksara.jooq.vendor), so one
 * changelog gives every database the column type Aksara reads and writes.
 */
public final class ColumnTypeText {
    /** The text of a 64-bit integer key, also used by foreign keys to an implicit {@code id}. */
    public static final String BIGINT = "BIGINT";

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
            // Liquibase turns varbinary(n) into bytea on PostgreSQL
            case BINARY -> field.maxLength() > 0 ? "VARBINARY(" + field.maxLength() + ")" : property("aksara.binary");
            case FOREIGN_KEY -> throw new IllegalStateException("columnType() resolves relations");
        };
    }

    private static String property(String name) {
        return "${" + name + "}";
    }
}
