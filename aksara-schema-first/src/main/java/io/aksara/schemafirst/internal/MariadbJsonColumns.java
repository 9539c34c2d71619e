package io.aksara.schemafirst.internal;

import io.aksara.jooq.vendor.Vendor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB has no JSON type: {@code json} is {@code longtext} with a {@code json_valid(column)}
 * check, so the type alone reads as text. The checks tell which columns hold JSON.
 */
public final class MariadbJsonColumns {
    private static final Pattern JSON_VALID = Pattern.compile("(?i)^\\s*json_valid\\s*\\(\\s*`?([^`)]+)`?\\s*\\)\\s*$");

    private MariadbJsonColumns() {}

    /** {@code table.column} of every JSON column in the connection's database; empty elsewhere. */
    public static Set<String> find(Connection connection, Vendor vendor) throws SQLException {
        Set<String> out = new TreeSet<>();
        if (!vendor.jsonIsText()) {
            return out;
        }
        String sql = "select table_name, check_clause from information_schema.check_constraints"
                + " where constraint_schema = database()";
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Matcher m = JSON_VALID.matcher(rs.getString(2));
                if (m.matches()) {
                    out.add(Names.normalize(rs.getString(1)) + "." + Names.normalize(m.group(1)));
                }
            }
        } catch (SQLException e) {
            // MySQL itself has a JSON type and (before 8.0.16) no check_constraints view: nothing to learn here
            if (!"42S02".equals(e.getSQLState()) && !"42S22".equals(e.getSQLState())) {
                throw e;
            }
        }
        return out;
    }
}
