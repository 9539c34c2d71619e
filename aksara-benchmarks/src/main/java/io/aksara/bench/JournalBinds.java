package io.aksara.bench;

import io.aksara.bench.Rows.JournalData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Raw JDBC's hand-written binding of journal rows, shared by its bulk inserts and upserts ({@link JdbcStack}, {@link JdbcUpserts}). */
final class JournalBinds {
    private JournalBinds() {}

    /** Binds one row's seven values from parameter {@code i} on; returns the next parameter's index. */
    static int bindRow(PreparedStatement ps, int i, JournalData r) throws SQLException {
        ps.setObject(i, r.ts());
        ps.setShort(i + 1, r.level());
        ps.setString(i + 2, r.text());
        ps.setInt(i + 3, r.a());
        ps.setLong(i + 4, r.b());
        ps.setBigDecimal(i + 5, r.c());
        ps.setBoolean(i + 6, r.d());
        return i + 7;
    }

    /** The keys a {@code RETURNING id} gives, in order. */
    static List<Long> keys(PreparedStatement ps, int n) throws SQLException {
        List<Long> ids = new ArrayList<>(n);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /**
     * Binds the seven value columns of {@code rows} as arrays, parameters {@code first} to
     * {@code first + 6}: primitive arrays for the primitive columns, timestamps as ISO 8601 text.
     */
    static void bindColumns(Connection conn, PreparedStatement ps, JournalData[] rows, int first) throws SQLException {
        int n = rows.length;
        Object[] ts = new Object[n];
        short[] level = new short[n];
        String[] text = new String[n];
        int[] a = new int[n];
        long[] b = new long[n];
        Object[] c = new Object[n];
        boolean[] d = new boolean[n];
        for (int k = 0; k < n; k++) {
            JournalData r = rows[k];
            ts[k] = r.ts().toString(); // ISO 8601, read by timestamptz's input function
            level[k] = r.level();
            text[k] = r.text();
            a[k] = r.a();
            b[k] = r.b();
            c[k] = r.c();
            d[k] = r.d();
        }
        ps.setArray(first, conn.createArrayOf("text", ts));
        ps.setObject(first + 1, level);
        ps.setObject(first + 2, text);
        ps.setObject(first + 3, a);
        ps.setObject(first + 4, b);
        ps.setArray(first + 5, conn.createArrayOf("numeric", c));
        ps.setObject(first + 6, d);
    }
}
