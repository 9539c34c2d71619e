package io.aksara.schemafirst.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.SQLDialect;

/**
 * The precision and scale SQLite's tables declare for their decimals ({@code DECIMAL(9, 3)}), read
 * from {@code pragma_table_info}: SQLite's driver reports the precision plus the scale as a
 * decimal's size (12 for {@code DECIMAL(9, 3)}), which jOOQ takes as the precision, and a
 * {@code @DecimalField} read back from it would accept numbers its table was not declared for.
 */
public final class SqliteDecimals {
    private static final Pattern DECIMAL = Pattern.compile("(?i)\\s*(?:decimal|numeric)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)\\s*");

    /** A declared precision and scale. */
    public record Declared(int precision, int scale) {}

    private SqliteDecimals() {}

    /** {@code table.column} → the declared precision and scale of each decimal column; empty off SQLite. */
    public static Map<String, Declared> find(Connection connection, SQLDialect dialect) throws SQLException {
        Map<String, Declared> out = new TreeMap<>();
        if (dialect.family() != SQLDialect.SQLITE) {
            return out;
        }
        String sql = "select m.name, c.name, c.type from sqlite_master m join pragma_table_info(m.name) c"
                + " where m.type in ('table', 'view')";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                Matcher m = DECIMAL.matcher(rs.getString(3) == null ? "" : rs.getString(3));
                if (m.matches()) {
                    out.put(Names.normalize(rs.getString(1)) + "." + Names.normalize(rs.getString(2)),
                            new Declared(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
                }
            }
        }
        return out;
    }
}
