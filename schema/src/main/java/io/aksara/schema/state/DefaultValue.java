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
        TEXT("defaultValue"), NUMERIC("defaultValueNumeric"), BOOLEAN("defaultValueBoolean"), DATE("defaultValueDate");

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
}
