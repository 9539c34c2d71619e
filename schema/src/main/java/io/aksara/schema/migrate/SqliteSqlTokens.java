package io.aksara.schema.migrate;

import java.util.ArrayList;
import java.util.List;

/**
 * The few pieces of SQLite's SQL that a table rebuild must read in a {@code CREATE TABLE} text:
 * quoted texts and names, parenthesised groups and words, so that a comma or a keyword inside
 * {@code 'a, b'}, {@code "NOT NULL"} or {@code DECIMAL(10, 2)} is never taken for a separator.
 */
final class SqliteSqlTokens {
    private SqliteSqlTokens() {}

    /** The items of a {@code CREATE TABLE} body: column definitions and table constraints, split at top-level commas. */
    static List<String> items(String body) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (isQuote(c)) {
                i = closing(body, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(body.substring(start, i).strip());
                start = i + 1;
            }
        }
        String last = body.substring(start).strip();
        if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    /** The tokens of one item: words, quoted texts and names, and parenthesised groups kept whole. */
    static List<String> split(String item) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < item.length()) {
            char c = item.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end;
            if (isQuote(c)) {
                end = closing(item, i);
            } else if (c == '(') {
                end = closingParenthesis(item, i);
            } else {
                end = i;
                while (end < item.length() && !Character.isWhitespace(item.charAt(end)) && item.charAt(end) != '('
                        && !isQuote(item.charAt(end))) {
                    end++;
                }
                // x'00' is one blob literal
                if (end < item.length() && item.charAt(end) == '\'' && end - i == 1) {
                    end = closing(item, end);
                }
            }
            out.add(item.substring(i, end));
            i = end;
        }
        return out;
    }

    /** Tokens written back with one space between them, but none before a parenthesised group ({@code DECIMAL(10, 2)}). */
    static String join(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        for (String t : tokens) {
            if (!out.isEmpty() && !t.startsWith("(")) {
                out.append(' ');
            }
            out.append(t);
        }
        return out.toString();
    }

    /** A name without its quotes ({@code "order"}, {@code `order`} or {@code [order]}). */
    static String unquote(String name) {
        if (name.length() >= 2 && (name.startsWith("\"") || name.startsWith("`") || name.startsWith("["))) {
            return name.substring(1, name.length() - 1);
        }
        return name;
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"' || c == '`' || c == '[';
    }

    /** The index after the quote that closes the one at {@code open}; a doubled quote is part of the text. */
    private static int closing(String s, int open) {
        char close = s.charAt(open) == '[' ? ']' : s.charAt(open);
        int i = open + 1;
        while (i < s.length()) {
            if (s.charAt(i) == close) {
                if (close != ']' && i + 1 < s.length() && s.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalStateException("An unclosed quote in SQLite's schema: " + s);
    }

    private static int closingParenthesis(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isQuote(c)) {
                i = closing(s, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        throw new IllegalStateException("An unclosed parenthesis in SQLite's schema: " + s);
    }
}
