package io.aksara.bench;

import io.aksara.bench.Rows.JournalData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The upsert of journal_bulk rows by key, written by hand (the raw JDBC floor of {@code upsert},
 * issue 17): every column inserted, {@code text} and {@code b} written where the key exists, the
 * key of each row returned. As one multi-row VALUES ({@link #upsert}) and as PostgreSQL's
 * {@code INSERT .. SELECT * FROM unnest(..)} of one array per column ({@link #upsertUnnest}).
 */
public final class JdbcUpserts {
    private final DataSource ds;
    private final Map<Integer, String> texts = new ConcurrentHashMap<>();

    public JdbcUpserts(DataSource ds) {
        this.ds = ds;
    }

    static final String CONFLICT = " on conflict (id) do update set text = excluded.text, b = excluded.b returning id";

    static final String UPSERT_UNNEST = "insert into journal_bulk (id, ts, level, text, a, b, c, d) select * from unnest("
            + "?::int8[], ?::timestamptz[], ?::int2[], ?::text[], ?::int4[], ?::int8[], ?::numeric[], ?::bool[])" + CONFLICT;

    /** One multi-row {@code INSERT .. VALUES (..), (..) ON CONFLICT (id) DO UPDATE .. RETURNING id}. */
    public List<Long> upsert(long[] ids, JournalData[] rows) {
        String sql = texts.computeIfAbsent(rows.length, JdbcUpserts::upsertStatement);
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (int k = 0; k < rows.length; k++) {
                ps.setLong(i, ids[k]);
                i = JournalBinds.bindRow(ps, i + 1, rows[k]);
            }
            return JournalBinds.keys(ps, rows.length);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same upsert as eight array parameters, one text whatever the row count (primitive arrays where they fit). */
    public List<Long> upsertUnnest(long[] ids, JournalData[] rows) {
        try (Connection conn = ds.getConnection(); PreparedStatement ps = conn.prepareStatement(UPSERT_UNNEST)) {
            ps.setObject(1, ids);
            JournalBinds.bindColumns(conn, ps, rows, 2);
            return JournalBinds.keys(ps, rows.length);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String upsertStatement(int n) {
        StringBuilder sb = new StringBuilder("insert into journal_bulk (id, ts, level, text, a, b, c, d) values ");
        for (int k = 0; k < n; k++) {
            sb.append(k == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
        }
        return sb.append(CONFLICT).toString();
    }
}
