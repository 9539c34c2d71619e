package io.aksara.schemafirst.internal;

import io.aksara.meta.FieldType;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a column default, as the database wrote it, into a literal a model can carry as its field
 * initializer. Only constants of text, number and boolean columns qualify; an expression
 * ({@code now()}, {@code nextval(...)}, {@code gen_random_uuid()}) gives null, and so does a
 * default on any other type.
 */
public final class DefaultLiterals {
    private static final Pattern CAST = Pattern.compile("(?is)^cast\\s*\\((.*)\\s+as\\s+[a-z0-9 _(),]+\\)$");
    private static final Pattern COLON_CAST = Pattern.compile("(?is)^(.*?)::[a-z0-9 _()\\[\\]\"]+$");
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?");

    private DefaultLiterals() {}

    /** The literal for a default expression, or null when it is not a constant of a type Aksara can default. */
    public static String parse(String expression, FieldType type) {
        if (expression == null || type == null) {
            return null;
        }
        String text = unwrap(expression.trim());
        boolean quoted = text.length() >= 2 && text.startsWith("'") && text.endsWith("'");
        String value = quoted ? text.substring(1, text.length() - 1).replace("''", "'") : text;
        if (quoted && value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            // the MariaDB driver reports information_schema's quoted form ('new'), which jOOQ quotes once more
            value = value.substring(1, value.length() - 1).replace("''", "'");
        }
        if (!quoted && value.equalsIgnoreCase("null")) {
            return null;
        }
        return switch (type) {
            case STRING, TEXT, EMAIL -> quoted ? value : null;
            case INTEGER, BIG_INTEGER -> integer(value);
            case FLOAT -> NUMBER.matcher(value).matches() ? String.valueOf(Double.parseDouble(value)) : null;
            case DECIMAL -> NUMBER.matcher(value).matches() ? new BigDecimal(value).toPlainString() : null;
            case BOOLEAN -> bool(value);
            default -> null;
        };
    }

    /** Strips casts and parentheses: {@code cast('x' as varchar)}, {@code 'x'::character varying}, {@code (10)}. */
    private static String unwrap(String text) {
        String current = text;
        while (true) {
            String next = current;
            Matcher cast = CAST.matcher(next);
            if (cast.matches()) {
                next = cast.group(1).trim();
            }
            Matcher colon = COLON_CAST.matcher(next);
            if (colon.matches() && (colon.group(1).endsWith("'") || NUMBER.matcher(colon.group(1).trim()).matches())) {
                next = colon.group(1).trim();
            }
            if (next.startsWith("(") && next.endsWith(")")) {
                next = next.substring(1, next.length() - 1).trim();
            }
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
    }

    private static String integer(String value) {
        try {
            return String.valueOf(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "t", "1", "b'1'" -> "true";
            case "false", "f", "0", "b'0'" -> "false";
            default -> null;
        };
    }
}
