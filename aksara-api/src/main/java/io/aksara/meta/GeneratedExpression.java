package io.aksara.meta;

import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The SQL of a {@link io.aksara.fields.GeneratedField} expression: the field names in it become
 * their column names; SQL words, function names, type names of a cast, numbers and quoted text are
 * kept. Quoted names ({@code "PRICE"}, {@code `price`}, as databases report an expression) are
 * column names and are written unquoted, as every other identifier Aksara writes. The processor
 * checks an expression with it at compile time and the migrations write what it returns.
 *
 * <pre>{@code
 * GeneratedExpression.toSql("unitPrice * qty", name -> Map.of("unitPrice", "unit_price", "qty", "qty").get(name));
 * // "unit_price * qty"
 * }</pre>
 */
public final class GeneratedExpression {
    /** Words of SQL expressions that are not names: operators, literals, CASE and CAST parts. */
    private static final Set<String> WORDS = Set.of("and", "or", "not", "null", "is", "case", "when", "then", "else",
            "end", "true", "false", "as", "in", "between", "like", "ilike", "escape", "distinct", "from", "collate",
            "interval", "current_date", "current_time", "current_timestamp", "localtime", "localtimestamp", "div",
            "mod", "xor", "similar", "to", "at", "zone", "unknown", "both", "leading", "trailing", "for",
            // the parts extract(... from x) and interval literals name
            "year", "month", "day", "hour", "minute", "second", "epoch", "dow", "doy", "week", "quarter");

    private GeneratedExpression() {}

    /**
     * The expression with every field name replaced by its column.
     *
     * @param columnOf a field's or column's name → its column name, or null for no such field
     * @throws IllegalArgumentException naming the first name that is no field (and is no SQL word)
     */
    public static String toSql(String expression, UnaryOperator<String> columnOf) {
        StringBuilder out = new StringBuilder(expression.length());
        int i = 0;
        int n = expression.length();
        String previous = "";      // the last word or symbol, lower case: "::" and "as" announce a type
        boolean typeNames = false; // inside cast(... as <type words>)
        while (i < n) {
            char c = expression.charAt(i);
            if (c == '\'') {
                int end = closing(expression, i, '\'');
                out.append(expression, i, end);
                i = end;
                previous = "'";
            } else if (c == '"' || c == '`') {
                int end = closing(expression, i, c);
                String quoted = expression.substring(i + 1, end - 1);
                out.append(column(quoted, columnOf, true, expression));
                i = end;
                previous = quoted;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(expression.charAt(end)) || expression.charAt(end) == '_'
                        || expression.charAt(end) == '$')) {
                    end++;
                }
                String word = expression.substring(i, end);
                String lower = word.toLowerCase(Locale.ROOT);
                boolean function = nextIs(expression, end, '(');
                if (previous.equals("as") && !WORDS.contains(lower)) {
                    typeNames = true;
                }
                if (function || typeNames || previous.equals("::") || WORDS.contains(lower)) {
                    out.append(word);
                } else {
                    out.append(column(word, columnOf, false, expression));
                }
                previous = lower;
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(expression.charAt(end)) || expression.charAt(end) == '.')) {
                    end++;
                }
                out.append(expression, i, end);
                previous = "0";
                i = end;
            } else {
                if (c == ':' && i + 1 < n && expression.charAt(i + 1) == ':') {
                    out.append("::");
                    previous = "::";
                    i += 2;
                    continue;
                }
                if (c == ')' || c == ',') {
                    typeNames = false;
                }
                out.append(c);
                if (!Character.isWhitespace(c)) {
                    previous = String.valueOf(c);
                }
                i++;
            }
        }
        return out.toString();
    }

    private static String column(String name, UnaryOperator<String> columnOf, boolean quoted, String expression) {
        String column = columnOf.apply(name);
        if (column == null && quoted) {
            column = columnOf.apply(name.toLowerCase(Locale.ROOT)); // H2 reports its folded upper-case names
        }
        if (column == null) {
            throw new IllegalArgumentException("the expression '" + expression + "' names '" + name
                    + "', which is no field of the model (nor an SQL word or function)");
        }
        return column;
    }

    /** The index after the closing quote (a doubled quote inside is an escaped one). */
    private static int closing(String s, int open, char quote) {
        int i = open + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("the expression '" + s + "' has an unclosed " + quote);
    }

    private static boolean nextIs(String s, int from, char wanted) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i < s.length() && s.charAt(i) == wanted;
    }
}
