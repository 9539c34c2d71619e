package io.aksara.jooq.internal;

import io.aksara.jooq.types.ColumnReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.jooq.SQLDialect;

/**
 * Runs rendered SQL over plain JDBC: borrow a connection (the atomic block's, if the thread is in
 * one; see {@link Lease}), prepare, bind every parameter, execute, log, and translate failures.
 * Each statement runs under a {@link StatementGuard}, which cancels it on the server at its time
 * limit or when its async caller gives up. jOOQ renders; this class executes, so the hot path has
 * no jOOQ execution overhead.
 */
public final class Statements {
    private Statements() {}

    /** Reads a result set row by row. */
    @FunctionalInterface
    public interface RowReader<R> {
        R read(ResultSet rs) throws SQLException;
    }

    /** Sets a statement's parameters some other way than from a list of values. */
    @FunctionalInterface
    public interface Binding {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Runs a query and collects one value per row. */
    public static <R> List<R> query(BackendContext db, String sql, List<Object> params, RowReader<R> reader) {
        return query(db, sql, params, null, reader, 0);
    }

    /** As {@link #query(BackendContext, String, List, RowReader)}, the result list sized for {@code expectedRows} (0: unknown). */
    public static <R> List<R> query(BackendContext db, String sql, List<Object> params, RowReader<R> reader, int expectedRows) {
        return query(db, sql, params, null, reader, expectedRows);
    }

    /**
     * Runs a query whose parameters {@code binding} sets, or {@code params} when it is null;
     * {@code params} (null with a binding) are what the statement observers and the SQL log see.
     * {@code expectedRows} sizes the result list (0: unknown).
     */
    public static <R> List<R> query(BackendContext db, String sql, List<Object> params, Binding binding, RowReader<R> reader,
            int expectedRows) {
        long start = System.nanoTime();
        StatementGuard guard = StatementGuard.beforeOrNone(db, sql, params); // null: nothing can stop it
        try (Lease lease = Lease.of(db); PreparedStatement ps = lease.connection().prepareStatement(sql);
                StatementGuard armed = StatementGuard.arm(guard, ps, lease.connection())) {
            try {
                if (binding != null) {
                    binding.bind(ps);
                } else {
                    bind(ps, params, db);
                }
                List<R> out = expectedRows > 0 ? new ArrayList<>(expectedRows) : new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(reader.read(rs));
                    }
                }
                StatementGuard.requireNotStopped(guard);
                log(db, sql, params == null ? List.of() : params, start, out.size());
                StatementGuard.succeeded(guard, out.size());
                return out;
            } catch (SQLException e) {
                throw StatementGuard.failed(guard, db, sql, ps, e); // ps open: an interrupt's session is read from it
            }
        } catch (SQLException e) {
            throw StatementGuard.failed(guard, db, sql, e);
        }
    }

    /**
     * Whether nobody looks at a statement's bind values (no statement observer, no SQL log), so
     * they may be set by a {@link Binding} without being collected in a list.
     */
    public static boolean valuesUnobserved() {
        return !StatementTrace.observed() && !SqlLog.enabled();
    }

    /** Runs an UPDATE or DELETE; returns the row count. */
    public static long update(BackendContext db, String sql, List<Object> params) {
        return update(db, sql, params, null);
    }

    /**
     * Runs an UPDATE or DELETE whose parameters {@code binding} sets, or {@code params} when it is
     * null (then only when {@link #valuesUnobserved}: {@code params} is null with a binding).
     */
    public static long update(BackendContext db, String sql, List<Object> params, Binding binding) {
        long start = System.nanoTime();
        StatementGuard guard = StatementGuard.beforeOrNone(db, sql, params); // null: nothing can stop it
        try (Lease lease = Lease.of(db); PreparedStatement ps = lease.connection().prepareStatement(sql);
                StatementGuard armed = StatementGuard.arm(guard, ps, lease.connection())) {
            try {
                if (binding != null) {
                    binding.bind(ps);
                } else {
                    bind(ps, params, db);
                }
                long n = ps.executeLargeUpdate();
                log(db, sql, params == null ? List.of() : params, start, n);
                StatementGuard.succeeded(guard, n);
                return n;
            } catch (SQLException e) {
                throw StatementGuard.failed(guard, db, sql, ps, e);
            }
        } catch (SQLException e) {
            throw StatementGuard.failed(guard, db, sql, e);
        }
    }

    /**
     * Runs an INSERT; when {@code keyColumn} is given, returns the key the database generated for
     * it, read with {@code reader}.
     */
    public static Object insert(BackendContext db, String sql, List<Object> params, String keyColumn,
            ColumnReader reader) {
        long start = System.nanoTime();
        StatementGuard guard = StatementGuard.beforeOrNone(db, sql, params); // null: nothing can stop it
        try (Lease lease = Lease.of(db);
                PreparedStatement ps = keyColumn == null ? lease.connection().prepareStatement(sql)
                        : lease.connection().prepareStatement(sql, new String[] {keyColumn});
                StatementGuard armed = StatementGuard.arm(guard, ps, lease.connection())) {
            try {
                bind(ps, params, db);
                ps.executeUpdate();
                Object key = null;
                if (keyColumn != null) {
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        if (keys.next()) {
                            key = reader.read(keys, 1);
                        }
                    }
                }
                log(db, sql, params, start, 1);
                StatementGuard.succeeded(guard, 1);
                return key;
            } catch (SQLException e) {
                throw StatementGuard.failed(guard, db, sql, ps, e);
            }
        } catch (SQLException e) {
            throw StatementGuard.failed(guard, db, sql, e);
        }
    }

    static void bind(PreparedStatement ps, List<Object> params, BackendContext db) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            bindValue(ps, i + 1, params.get(i), db.dialect());
        }
    }

    /** Sets parameter {@code index} (from 1) to one bind value, as a list of them is set. */
    public static void bindValue(PreparedStatement ps, int index, Object v, SQLDialect dialect) throws SQLException {
        if (v == null) {
            ps.setNull(index, Types.NULL);
        } else {
            ps.setObject(index, JdbcValues.forStatement(v, dialect));
        }
    }

    private static void log(BackendContext db, String sql, List<Object> params, long start, long rows) {
        if (SqlLog.enabled()) {
            SqlLog.statement(db.alias(), sql, params, System.nanoTime() - start, rows);
        }
    }
}
