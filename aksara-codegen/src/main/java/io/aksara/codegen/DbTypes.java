package io.aksara.codegen;

import io.aksara.meta.FieldType;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which column types a field's {@code dbType} may name: the ones that hold the kind's values as
 * the kind's own type does, narrower or of another storage. A closed list, since the text goes
 * into migrations' DDL as it is.
 */
final class DbTypes {
    private static final Map<FieldType, Pattern> ALLOWED = Map.of(
            FieldType.TEXT, Pattern.compile("(?i)(tiny|medium|long)?text|clob"),
            FieldType.DATE_TIME, Pattern.compile("(?i)(timestamp|datetime)(\\([0-6]\\))?"));

    private static final Map<FieldType, String> SPELLED = Map.of(
            FieldType.TEXT, "text, tinytext, mediumtext, longtext or clob",
            FieldType.DATE_TIME, "timestamp, datetime, or either with a precision from 0 to 6 such as timestamp(6)");

    /** A PostgreSQL type name in lower case, optionally with its schema ({@code legacy.mood}). */
    private static final Pattern ENUM_TYPE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    private DbTypes() {}

    /**
     * Why {@code dbType} cannot name the PostgreSQL enum type of an {@code @EnumField}, or null
     * when it can: a plain lower-case name, since it goes into every statement's casts.
     */
    static String enumTypeProblem(String dbType) {
        return ENUM_TYPE.matcher(dbType).matches() ? null
                : "is not the name of a PostgreSQL enum type; use its lower-case name, optionally with the schema, "
                        + "such as \"mood\" or \"legacy.mood\"";
    }

    /** Why {@code dbType} cannot be the column type of a field of this type, or null when it can. */
    static String problem(FieldType type, String dbType) {
        Pattern allowed = type == null ? null : ALLOWED.get(type);
        if (allowed == null) {
            return "is not supported: only @TextField, @DateTimeField and @EnumField take a dbType";
        }
        return allowed.matcher(dbType).matches() ? null : "is not a column type for it; use " + SPELLED.get(type);
    }
}
