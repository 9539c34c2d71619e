package io.aksara.jooq.internal;

import io.aksara.Model;
import io.aksara.jooq.ModelTable;
import io.aksara.jooq.types.ColumnReader;
import io.aksara.meta.FieldMeta;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The JDBC side of {@link BulkStatements}: batches, running a statement (optionally reading its
 * generated keys), a value bound for a column, and the SQL log.
 */
final class BulkJdbc {
    private BulkJdbc() {}

    static <T> List<List<T>> batches(List<T> all, int batchSize) {
        if (all.size() <= batchSize) {
            return List.of(all); // one statement, the usual case: the list itself, no view of it
        }
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += batchSize) {
            out.add(all.subList(from, Math.min(all.size(), from + batchSize)));
        }
        return out;
    }

    static void execute(BackendContext db, Query q, int rows) {
        execute(db, db.dsl().render(q), db.dsl().extractBindValues(q), rows);
    }

    static void execute(BackendContext db, String sql, List<Object> binds, int rows) {
        execute(db, sql, binds, null, rows);
    }

    /** Runs a statement whose parameters {@code binding} sets, or {@code binds} when it is null (then null with a binding). */
    static void execute(BackendContext db, String sql, List<Object> binds, Statements.Binding binding, int rows) {
        long start = System.nanoTime();
        StatementGuard guard = StatementGuard.before(db, sql, binds);
        try (Lease lease = Lease.of(db); PreparedStatement ps = lease.connection().prepareStatement(sql);
                StatementGuard armed = guard.arm(ps, lease.connection())) {
            if (binding != null) {
                binding.bind(ps);
            } else {
                Statements.bind(ps, binds, db);
            }
            ps.executeUpdate();
            log(db, sql, start, rows);
            guard.succeeded(rows);
        } catch (SQLException e) {
            throw guard.failed(e);
        }
    }

    static List<Object> executeForKeys(BackendContext db, String sql, List<Object> binds, String keyColumn,
            ColumnReader reader, int rows) {
        long start = System.nanoTime();
        StatementGuard guard = StatementGuard.before(db, sql, binds);
        try (Lease lease = Lease.of(db);
                PreparedStatement ps = lease.connection().prepareStatement(sql, new String[] {keyColumn});
                StatementGuard armed = guard.arm(ps, lease.connection())) {
            Statements.bind(ps, binds, db);
            ps.executeUpdate();
            List<Object> keys = readKeys(ps, reader, rows);
            log(db, sql, start, rows);
            guard.succeeded(rows);
            return keys;
        } catch (SQLException e) {
            throw guard.failed(e);
        }
    }

    /** The keys of {@code rows} rows numbered one after another, the last being {@code last}. */
    static List<Object> consecutiveKeysEndingAt(long last, int rows) {
        List<Object> keys = new ArrayList<>(rows);
        for (long k = last - rows + 1; k <= last; k++) {
            keys.add(k);
        }
        return keys;
    }

    static List<Object> readKeys(PreparedStatement ps, ColumnReader reader, int rows) throws SQLException {
        List<Object> keys = new ArrayList<>(rows);
        try (ResultSet rs = ps.getGeneratedKeys()) {
            while (rs.next()) {
                keys.add(reader.read(rs, 1));
            }
        }
        return keys;
    }

    static Field<?> value(ModelTable table, FieldMeta<?, ?> f, Model o, SQLDialect dialect) {
        Field<Object> column = table.field(f);
        return DSL.val(JdbcValues.toJdbc(f.columnValueUnchecked(o), dialect), column.getDataType());
    }

    /** Logs one JDBC batch of {@code size} statements as {@code sql [batch of size]}; the text is made only when logged. */
    static void logBatch(BackendContext db, String sql, int size, long start, long rows) {
        if (SqlLog.enabled()) {
            SqlLog.statement(db.alias(), sql + " [batch of " + size + "]", List.of(), System.nanoTime() - start, rows);
        }
    }

    static void log(BackendContext db, String sql, long start, long rows) {
        if (SqlLog.enabled()) {
            SqlLog.statement(db.alias(), sql, List.of(), System.nanoTime() - start, rows);
        }
    }
}
