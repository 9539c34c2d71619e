package io.aksara.schemafirst.internal;

import io.aksara.meta.FieldType;
import io.aksara.schemafirst.ColumnDescription;
import java.util.Set;

/**
 * The Java side of one column's field: its type, and how its default is carried. A literal
 * default of a number, boolean or string is the field initializer ({@code = 5}); a date literal is
 * {@code @Default("2026-01-31")}; an expression ({@code now()}, {@code CURRENT_DATE}) is
 * {@code @DbDefault("...")}. A column without a default gets a boxed type without initializer, so
 * the model declares no default either (a primitive {@code int} would default to 0).
 */
final class FieldDeclarations {
    /** A default that takes the next value of a sequence: PostgreSQL's {@code nextval}, H2's {@code NEXT VALUE FOR}. */
    static final java.util.regex.Pattern SEQUENCE = java.util.regex.Pattern.compile("(?i)nextval\\s*\\(|next\\s+value\\s+for");

    private FieldDeclarations() {}

    /** A primitive for a non-null number or boolean with a literal default, boxed otherwise. */
    static String javaType(ColumnDescription c, boolean primaryKey, Set<String> imports) {
        boolean boxed = c.nullable() || primaryKey || c.defaultValue() == null;
        return switch (c.type()) {
            case STRING, TEXT, EMAIL -> "String";
            case INTEGER -> boxed ? "Integer" : "int";
            case SMALL_INTEGER -> boxed ? "Short" : "short";
            case BIG_INTEGER -> boxed ? "Long" : "long";
            case BOOLEAN -> boxed ? "Boolean" : "boolean";
            case FLOAT -> boxed ? "Double" : "double";
            case DECIMAL -> imported("java.math.BigDecimal", imports);
            case DATE_TIME -> imported("java.time.OffsetDateTime", imports);
            case LOCAL_DATE_TIME -> imported("java.time.LocalDateTime", imports);
            case DATE -> imported("java.time.LocalDate", imports);
            case TIME -> imported("java.time.LocalTime", imports);
            case DURATION -> imported("java.time.Duration", imports);
            case UUID -> imported("java.util.UUID", imports);
            case JSON -> "Object";
            case BINARY -> "byte[]";
            case ARRAY -> ArrayColumnTypes.javaType(c, imports);
            default -> throw new IllegalStateException("no Java type for " + c.type());
        };
    }

    /** What a skipped column of a well-known type holds, for its warning; empty for others. */
    static String whyNoField(ColumnDescription c) {
        if (generated(c)) {
            return " (a column the database computes; left out, so inserts do not write it)";
        }
        if (c.enumLabels() != null) {
            return " (an enum type with labels that are no Java constant names, " + c.enumLabels()
                    + ": an @EnumField stores a constant's name; rename the labels, or change the column to varchar)";
        }
        return switch (c.sqlType()) {
            case "tsvector" -> " (a full-text document the database derives from other columns, usually by a trigger;"
                    + " search it with raw SQL)";
            case "tsquery" -> " (a full-text query; build it in raw SQL)";
            default -> "";
        };
    }

    /** Whether the database computes the column ({@code generated always as (...)}). */
    static boolean generated(ColumnDescription c) {
        return c.sqlType().contains(" generated always as (");
    }

    /** {@code " @GeneratedField(...)"}, {@code " @DbDefault(\"now()\")"}, {@code " @Default(\"2026-01-31\")"}, or nothing. */
    static String defaultAnnotation(ColumnDescription c, Set<String> imports) {
        if (generated(c)) { // the value comes from the database's expression, in the column names it reported
            imports.add("io.aksara.fields.GeneratedField");
            return " @GeneratedField(expression = " + Java.literal(GeneratedColumns.expression(c.sqlType()))
                    + (GeneratedColumns.stored(c.sqlType()) ? "" : ", stored = false") + ")";
        }
        if (c.dbDefault() != null) {
            imports.add("io.aksara.fields.DbDefault");
            return " @DbDefault(" + Java.literal(c.dbDefault()) + ")";
        }
        if (c.defaultValue() != null && c.type() == FieldType.DATE) {
            imports.add("io.aksara.fields.Default"); // a LocalDate initializer would not be a column default
            return " @Default(" + Java.literal(c.defaultValue()) + ")";
        }
        return "";
    }

    /** {@code " = 5"}, {@code " = \"open\""}, or nothing. */
    static String initializer(ColumnDescription c) {
        if (c.defaultValue() == null || c.type() == FieldType.DATE) {
            return "";
        }
        String literal = c.defaultValue();
        return " = " + switch (c.type()) {
            case STRING, TEXT, EMAIL -> Java.literal(literal);
            case BIG_INTEGER -> literal + "L";
            case DECIMAL -> "new BigDecimal(" + Java.literal(literal) + ")";
            default -> literal;
        };
    }

    static String imported(String qualified, Set<String> imports) {
        imports.add(qualified);
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
