package io.aksara.meta;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules for the names and type text that model metadata puts into SQL: table, column, index
 * and constraint names, and a field's {@code dbType}. Identifiers are quoted where a database
 * needs it, but quoting is only safe for text that cannot end the quotes or the statement, so
 * these rules are checked wherever metadata is made: by the annotation processor at compile time
 * and by {@link FieldMeta#builder}, {@link ModelMeta#builder} and {@link IndexMeta} when a model
 * is built by hand. Each {@code ...Problem} method returns why a value is refused, or null.
 *
 * <pre>{@code
 * SqlNames.identifierProblem("Order Date");       // null: a legacy name, quoted in SQL
 * SqlNames.identifierProblem("x\"; drop table y"); // "contains a quotation mark ..."
 * SqlNames.checkIdentifier("Product.price column", "unit price"); // returns "unit price"
 * }</pre>
 */
public final class SqlNames {
    /** The longest table, column or index name (MySQL/MariaDB's limit; PostgreSQL keeps 63 of them). */
    public static final int MAX_IDENTIFIER = 64;

    /** What an identifier may be, for messages. */
    public static final String IDENTIFIER_RULE = "a name of 1 to " + MAX_IDENTIFIER + " characters without "
            + "quotation marks (\" ` '), semicolons, backslashes, control characters, SQL comments (-- /* */) "
            + "or spaces at either end";

    private static final Pattern CONSTRAINT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    // an auto key's INT is what @Meta(autoField = INTEGER) writes for the implicit id
    private static final Map<FieldType, Pattern> DB_TYPES = Map.of(
            FieldType.BIG_AUTO, Pattern.compile("(?i)int|integer"),
            FieldType.TEXT, Pattern.compile("(?i)(tiny|medium|long)?text|clob"),
            FieldType.DATE_TIME, Pattern.compile("(?i)(timestamp|datetime)(\\([0-6]\\))?"));

    private static final Map<FieldType, String> DB_TYPES_SPELLED = Map.of(
            FieldType.BIG_AUTO, "int (a 32-bit key, as @Meta(autoField = INTEGER) declares it)",
            FieldType.TEXT, "text, tinytext, mediumtext, longtext or clob",
            FieldType.DATE_TIME, "timestamp, datetime, or either with a precision from 0 to 6 such as timestamp(6)");

    /** A PostgreSQL type name in lower case, optionally with its schema ({@code legacy.mood}). */
    private static final Pattern ENUM_TYPE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    private SqlNames() {}

    /**
     * Why a table, column or index name cannot go into SQL, or null when it can. Names with capitals
     * or spaces ({@code Order Date}, as inspectdb finds them in a legacy schema) are allowed; they
     * are quoted wherever they appear.
     */
    public static String identifierProblem(String name) {
        if (name == null || name.isEmpty()) {
            return "is empty";
        }
        if (name.length() > MAX_IDENTIFIER) {
            return "has " + name.length() + " characters, more than " + MAX_IDENTIFIER;
        }
        if (name.isBlank() || Character.isWhitespace(name.charAt(0)) || Character.isWhitespace(name.charAt(name.length() - 1))) {
            return "starts or ends with a space";
        }
        if (name.contains("--") || name.contains("/*") || name.contains("*/")) {
            return "contains an SQL comment (-- /* */)";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                return "contains the control character U+" + String.format("%04X", (int) c) + " at " + i;
            }
            if (c == '"' || c == '`' || c == '\'') {
                return "contains a quotation mark (" + c + ")";
            }
            if (c == ';' || c == '\\') {
                return "contains " + (c == ';' ? "a semicolon" : "a backslash");
            }
        }
        return null;
    }

    /**
     * Why a constraint name cannot be written, or null when it can: ASCII letters, digits and
     * {@code _}, not starting with a digit, at most 63 (PostgreSQL's limit).
     */
    public static String constraintNameProblem(String name) {
        return name != null && CONSTRAINT.matcher(name).matches() ? null
                : "is not a constraint name Aksara can write; use letters, digits and underscores, at most 63, "
                        + "not starting with a digit";
    }

    /**
     * Why {@code dbType} cannot be the column type of a field of this type, or null when it can.
     * A closed list per type, since the text goes into migrations' DDL as it is.
     */
    public static String dbTypeProblem(FieldType type, String dbType) {
        Pattern allowed = type == null ? null : DB_TYPES.get(type);
        if (allowed == null) {
            return "is not supported: only text and date-time fields (and enum fields on PostgreSQL) take a dbType";
        }
        return dbType != null && allowed.matcher(dbType).matches() ? null
                : "is not a column type for it; use " + DB_TYPES_SPELLED.get(type);
    }

    /**
     * Why {@code dbType} cannot name the PostgreSQL enum type of an enum field, or null when it can:
     * a plain lower-case name, optionally with its schema, since it goes into every statement's casts.
     */
    public static String enumTypeProblem(String dbType) {
        return dbType != null && ENUM_TYPE.matcher(dbType).matches() ? null
                : "is not the name of a PostgreSQL enum type; use its lower-case name, optionally with the schema, "
                        + "such as \"mood\" or \"legacy.mood\"";
    }

    /**
     * Checks a table, column or index name.
     *
     * @param what names the owner in the message, such as {@code "Product.price: column"}
     * @return the name
     * @throws IllegalArgumentException naming {@code what}, the value and the rule
     */
    public static String checkIdentifier(String what, String name) {
        String problem = identifierProblem(name);
        if (problem != null) {
            throw new IllegalArgumentException(what + " " + quoted(name) + " " + problem + "; use " + IDENTIFIER_RULE);
        }
        return name;
    }

    /** The value for a message, with control characters shown as escapes. */
    static String quoted(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            s.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return s.append('"').toString();
    }
}
