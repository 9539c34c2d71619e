package io.aksara.schemafirst.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite's generated columns, which have no catalog view: {@code PRAGMA table_xinfo} marks them
 * ({@code hidden} 2 for VIRTUAL, 3 for STORED) and the expression is read from the table's
 * {@code CREATE TABLE} text in {@code sqlite_master}, up to its matching parenthesis.
 */
final class SqliteGeneratedColumns {
    private SqliteGeneratedColumns() {}

    /** Adds {@code table.column} → its generation clause for every generated column of the database. */
    static void find(Connection connection, Map<String, String> out) throws SQLException {
        List<String[]> tables = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "select name, sql from sqlite_master where type = 'table' and sql is not null");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] table : tables) {
            // the table name comes from sqlite_master itself; pragma takes no bind parameter
            try (PreparedStatement ps = connection.prepareStatement("select name, hidden from pragma_table_xinfo(?)")) {
                ps.setString(1, table[0]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int hidden = rs.getInt(2);
                        String expression = hidden == 2 || hidden == 3 ? expression(table[1], rs.getString(1)) : null;
                        if (expression != null) {
                            out.put(Names.normalize(table[0]) + "." + Names.normalize(rs.getString(1)),
                                    GeneratedColumns.clause(expression, hidden == 2 ? "VIRTUAL" : "STORED"));
                        }
                    }
                }
            }
        }
    }

    /** The expression of {@code column ... GENERATED ALWAYS AS (<expression>)} in a CREATE TABLE text, or null. */
    static String expression(String createTable, String column) {
        Pattern start = Pattern.compile("[\\s,(\"`\\[]" + Pattern.quote(column) + "[\"`\\]]?\\s.*?(?:GENERATED\\s+ALWAYS\\s+)?AS\\s*\\(",
                Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
        Matcher m = start.matcher(createTable);
        if (!m.find()) {
            return null;
        }
        int depth = 1;
        int i = m.end();
        while (i < createTable.length() && depth > 0) {
            char c = createTable.charAt(i);
            if (c == '\'') {
                i = createTable.indexOf('\'', i + 1); // quoted text holds no parenthesis that counts
                if (i < 0) {
                    return null;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            i++;
        }
        String expression = depth == 0 ? createTable.substring(m.end(), i - 1).trim() : "";
        return expression.isEmpty() ? null : expression;
    }
}
