package io.aksara.jooq.vendor;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.sqlite.Function;

/**
 * The SQL functions SQLite lacks or writes for ASCII only, registered on each connection as Java
 * functions: {@code lower} and {@code upper} for every alphabet (SQLite's own fold A-Z only, so
 * {@code iexact} on "ÄPFEL" would miss "äpfel"), and {@code regexp}, which SQLite's
 * {@code REGEXP} operator calls and does not define, with Java's patterns (a match anywhere in
 * the text, as the {@code regex} lookup means), and {@code char_length}, which the other
 * databases have and SQLite calls {@code length}, so a lookup or transform of one's own written
 * with it runs here too.
 */
final class SqliteFunctions {
    /** Compiled patterns, shared by every connection; a lookup's pattern is compiled once. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private SqliteFunctions() {}

    static void register(Connection connection) throws SQLException {
        org.sqlite.SQLiteConnection sqlite = connection.unwrap(org.sqlite.SQLiteConnection.class);
        Function.create(sqlite, "lower", text(s -> s.toLowerCase(Locale.ROOT)), 1, Function.FLAG_DETERMINISTIC);
        Function.create(sqlite, "upper", text(s -> s.toUpperCase(Locale.ROOT)), 1, Function.FLAG_DETERMINISTIC);
        Function.create(sqlite, "char_length", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String v = value_text(0);
                if (v == null) {
                    result();
                } else {
                    result(v.codePointCount(0, v.length()));
                }
            }
        }, 1, Function.FLAG_DETERMINISTIC);
        SqliteStatistics.register(sqlite);
        Function.create(sqlite, "regexp", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String pattern = value_text(0);
                String value = value_text(1);
                if (pattern == null || value == null) {
                    result();
                    return;
                }
                result(PATTERNS.computeIfAbsent(pattern, Pattern::compile).matcher(value).find() ? 1 : 0);
            }
        }, 2, Function.FLAG_DETERMINISTIC);
    }

    private static Function text(UnaryOperator<String> f) {
        return new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String v = value_text(0);
                if (v == null) {
                    result();
                } else {
                    result(f.apply(v));
                }
            }
        };
    }
}
