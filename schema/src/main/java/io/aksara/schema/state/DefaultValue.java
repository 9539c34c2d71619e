package io.aksara.schema.state;

import java.util.Objects;

/**
 * A column default as a changelog writes it: the text of the value and how Liquibase should
 * read it ({@code defaultValue}, {@code defaultValueNumeric}, {@code defaultValueBoolean},
 * {@code defaultValueDate}).
 *
 * <pre>{@code DefaultValue.numeric("0"); DefaultValue.text("draft"); }</pre>
 *
 * @param kind how the text is read
 * @param text the value, as text
 */
public record DefaultValue(Kind kind, String text) {
    /** How Liquibase reads the value: each kind is a different changelog attribute. */
    public enum Kind {
        TEXT("defaultValue"), NUMERIC("defaultValueNumeric"), BOOLEAN("defaultValueBoolean"), DATE("defaultValueDate"),
        /** An SQL expression the database computes ({@code @DbDefault}): {@code CURRENT_TIMESTAMP}, {@code now()}. */
        COMPUTED("defaultValueComputed");

        private final String attribute;

        Kind(String attribute) {
            this.attribute = attribute;
        }

        /** The column attribute in a Liquibase changelog. */
        public String attribute() {
            return attribute;
        }

        /** The kind of a changelog attribute, or null when it is not a default attribute. */
        public static Kind ofAttribute(String attribute) {
            for (Kind k : values()) {
                if (k.attribute.equals(attribute)) {
                    return k;
                }
            }
            return null;
        }
    }

    public DefaultValue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static DefaultValue text(String value) { return new DefaultValue(Kind.TEXT, value); }

    public static DefaultValue numeric(String value) { return new DefaultValue(Kind.NUMERIC, value); }

    public static DefaultValue bool(boolean value) { return new DefaultValue(Kind.BOOLEAN, Boolean.toString(value)); }

    public static DefaultValue date(String value) { return new DefaultValue(Kind.DATE, value); }

    /**
     * The text a changelog carries. Liquibase replaces a computed default that starts with
     * {@code current_timestamp} or equals its database's clock function ({@code now()} on
     * PostgreSQL) by a clock function of its own choice (PostgreSQL: a {@code timestamp without time
     * zone} cast; H2: {@code LOCALTIMESTAMP}), which changes the column's type of time; in
     * parentheses the expression reaches the database as written, and the database drops them.
     */
    public String changelogText() {
        return kind == Kind.COMPUTED && clock(text) ? "(" + text + ")" : text;
    }

    /** The default a changelog attribute carries, read back from {@link #changelogText()}. */
    public static DefaultValue fromChangelog(Kind kind, String text) {
        if (kind == Kind.COMPUTED && text.startsWith("(") && text.endsWith(")")
                && clock(text.substring(1, text.length() - 1))) {
            return computed(text.substring(1, text.length() - 1));
        }
        return new DefaultValue(kind, text);
    }

    private static boolean clock(String sql) {
        String lower = sql.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("current_timestamp") || lower.startsWith("current_datetime") || lower.equals("now()")
                || lower.equals("localtimestamp") || lower.equals("getdate()") || lower.equals("sysdate");
    }

    /** An expression the database computes, written as SQL. */
    public static DefaultValue computed(String sql) { return new DefaultValue(Kind.COMPUTED, sql); }
}
