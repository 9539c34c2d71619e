package io.aksara.jooq.internal;

import io.aksara.query.SelectQuery;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Query;

/**
 * {@code EXPLAIN} of a query's SQL, as text. PostgreSQL answers one line of plan per row and H2
 * one row with the whole plan: their rows are joined with newlines. MySQL and MariaDB answer a
 * table: it becomes a header line of column names and one line per row, cells joined with
 * {@code " | "}.
 *
 * <pre>{@code
 * id | select_type | table    | type  | possible_keys     | key               | ...
 * 1  | SIMPLE      | it_users | const | uq_it_users_email | uq_it_users_email | ...
 * }</pre>
 */
public final class Explain {
    private Explain() {}

    public static String of(BackendContext db, SelectQuery<?> query) {
        Query select = QueryLowering.rows(db.databaseVendor(), query);
        String sql = db.databaseVendor().explainPrefix() + db.dsl().render(select);
        long start = System.nanoTime();
        StatementGuard guard = StatementGuard.before(db, sql, db.dsl().extractBindValues(select));
        try (Lease lease = Lease.of(db); PreparedStatement ps = lease.connection().prepareStatement(sql);
                StatementGuard armed = guard.arm(ps, lease.connection())) {
            Statements.bind(ps, db.dsl().extractBindValues(select), db);
            List<List<String>> table = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int columns = md.getColumnCount();
                if (columns > 1) {
                    List<String> header = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        header.add(md.getColumnLabel(i));
                    }
                    table.add(header);
                }
                while (rs.next()) {
                    List<String> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        String v = rs.getString(i);
                        row.add(v == null ? "NULL" : v);
                    }
                    table.add(row);
                }
            }
            if (SqlLog.enabled()) {
                SqlLog.statement(db.alias(), sql, db.dsl().extractBindValues(select), System.nanoTime() - start, table.size());
            }
            guard.succeeded(table.size());
            return format(table);
        } catch (SQLException e) {
            throw guard.failed(e);
        }
    }

    /** Rows of one cell become lines; wider rows are aligned in columns. */
    static String format(List<List<String>> table) {
        if (table.isEmpty()) {
            return "";
        }
        int columns = table.getFirst().size();
        int[] width = new int[columns];
        if (columns > 1) {
            for (List<String> row : table) {
                for (int i = 0; i < columns; i++) {
                    width[i] = Math.max(width[i], row.get(i).length());
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : table) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            for (int i = 0; i < columns; i++) {
                String cell = row.get(i);
                if (i > 0) {
                    out.append(" | ");
                }
                out.append(i == columns - 1 ? cell : cell + " ".repeat(width[i] - cell.length()));
            }
        }
        return out.toString();
    }
}
