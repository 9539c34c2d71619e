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
    private static final Pattern TYPED = Pattern.compile("(?is)^(?:date|time|timestamp)\\s+('.*')$");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern NULL = Pattern.compile("(?is)^\\(*null\\)*(::.*)?$");
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
            case INTEGER, SMALL_INTEGER, BIG_INTEGER -> integer(value);
            case DATE -> quoted && DATE.matcher(value).matches() ? value : null;
            case FLOAT -> NUMBER.matcher(value).matches() ? String.valueOf(Double.parseDouble(value)) : null;
            // by value: Liquibase writes a numeric default 0.00 as 0, so a migrated column reads back without the zeros
            case DECIMAL -> NUMBER.matcher(value).matches() ? new BigDecimal(value).stripTrailingZeros().toPlainString() : null;
            case BOOLEAN -> bool(value);
            default -> null;
        };
    }

    /**
     * The default as SQL for {@code @DbDefault}, when it is not a literal {@link #parse} reads: an
     * expression ({@code now()}, {@code CURRENT_DATE}, {@code nextval('seq'::regclass)}) or a literal
     * of a type without initializer. Null for no default ({@code NULL}, {@code NULL::text}).
     */
    public static String expression(String sql, FieldType type) {
        if (sql == null || type == null) {
            return null;
        }
        String text = sql.trim();
        return text.isEmpty() || NULL.matcher(text).matches() ? null : text;
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
            Matcher typed = TYPED.matcher(next); // jOOQ's date '2026-01-31'
            if (typed.matches()) {
                next = typed.group(1);
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
