package io.aksara.schemafirst;

import io.aksara.meta.FieldType;

/**
 * One column as the schema describes it, already mapped to the Aksara field type it becomes.
 *
 * @param name         the column name, as Aksara will write it in SQL
 * @param type         the field type, or null when Aksara has no field for the column's type
 * @param sqlType      the database's name for the type ({@code varchar(100)}, {@code bytea}), for messages
 * @param length       the maximum length of a string column
 * @param precision    the total digits of a decimal column
 * @param scale        the digits after the point of a decimal column
 * @param nullable     whether the column accepts NULL
 * @param identity     whether the database generates the value (identity, serial, auto_increment)
 * @param defaultValue the default as a literal Aksara can carry ({@code "10"}, {@code "true"}, {@code "x"}),
 *                     or null when there is none or it is an expression ({@code now()})
 * @param dbDefault    the default as the database's SQL when it is an expression ({@code now()},
 *                     {@code CURRENT_DATE}) or a literal no initializer can carry; null otherwise
 * @param domain       the PostgreSQL domain the column is declared with, whose base type {@code type} is; or null
 * @param dbType       the column type to keep where it is not the one migrations give {@code type} on this
 *                     database (MariaDB's {@code text} or {@code timestamp}), written as the field's
 *                     {@code dbType}; or null
 * @param enumLabels   the labels of the PostgreSQL enum type {@code dbType} names, in their order, for a
 *                     column of such a type (an {@code @EnumField}); null for any other column
 */
public record ColumnDescription(String name, FieldType type, String sqlType, int length, int precision, int scale,
        boolean nullable, boolean identity, String defaultValue, String dbDefault, String domain, String dbType,
        java.util.List<String> enumLabels) {

    public ColumnDescription {
        enumLabels = enumLabels == null ? null : java.util.List.copyOf(enumLabels);
    }

    /** A column of any type but a PostgreSQL enum type. */
    public ColumnDescription(String name, FieldType type, String sqlType, int length, int precision, int scale,
            boolean nullable, boolean identity, String defaultValue, String dbDefault, String domain, String dbType) {
        this(name, type, sqlType, length, precision, scale, nullable, identity, defaultValue, dbDefault, domain, dbType, null);
    }

    /** A column stored in its field type's own column type. */
    public ColumnDescription(String name, FieldType type, String sqlType, int length, int precision, int scale,
            boolean nullable, boolean identity, String defaultValue, String dbDefault, String domain) {
        this(name, type, sqlType, length, precision, scale, nullable, identity, defaultValue, dbDefault, domain, null);
    }

    /** A column of a base type (no domain). */
    public ColumnDescription(String name, FieldType type, String sqlType, int length, int precision, int scale,
            boolean nullable, boolean identity, String defaultValue, String dbDefault) {
        this(name, type, sqlType, length, precision, scale, nullable, identity, defaultValue, dbDefault, null);
    }

    /** A column whose default, if any, is a literal. */
    public ColumnDescription(String name, FieldType type, String sqlType, int length, int precision, int scale,
            boolean nullable, boolean identity, String defaultValue) {
        this(name, type, sqlType, length, precision, scale, nullable, identity, defaultValue, null);
    }

    /** Whether the column has a default of either form. */
    public boolean hasDefault() {
        return defaultValue != null || dbDefault != null;
    }

    /** Whether Aksara has a field type for this column. */
    public boolean supported() {
        return type != null;
    }
}
