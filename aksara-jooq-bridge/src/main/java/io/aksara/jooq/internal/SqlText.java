package io.aksara.jooq.internal;

/**
 * SQL quoted in messages and logs, cut to a readable length. A statement with a list of 100,000
 * values renders to megabytes; an exception message (or a driver message that repeats the SQL)
 * of that size helps nobody and floods logs, so only the start is kept, with the full length.
 *
 * <pre>{@code SqlText.cap(sql)   // "select ... where id in (?, ?, ... (412,345 characters)" }</pre>
 */
public final class SqlText {
    /** How many characters of a statement a message keeps. */
    public static final int MAX_QUOTED = 1_000;

    private SqlText() {}

    /** The text as it is when short, else its first {@value #MAX_QUOTED} characters and its length. */
    public static String cap(String text) {
        if (text == null || text.length() <= MAX_QUOTED) {
            return text;
        }
        return text.substring(0, MAX_QUOTED) + "… (" + String.format("%,d", text.length()) + " characters)";
    }
}
