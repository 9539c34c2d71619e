package io.aksara.jooq.vendor;

import java.sql.SQLException;
import org.sqlite.Function;
import org.sqlite.SQLiteConnection;

/**
 * The aggregates StdDev and Variance for SQLite, which has none: {@code stddev_pop},
 * {@code stddev_samp}, {@code var_pop} and {@code var_samp} as Java window functions (so they
 * work with OVER too), with Welford's running mean, which stays exact enough where a sum of
 * squares would lose the digits. Nulls are skipped and no rows give null, as on the other
 * databases; a sample of one row has no sample variance (null).
 */
final class SqliteStatistics extends Function.Window {
    /** SQLite's type code of NULL (sqlite3_value_type). */
    private static final int SQLITE_NULL = 5;
    private final boolean sample;
    private final boolean root;
    private long count;
    private double mean;
    private double squares;

    private SqliteStatistics(boolean sample, boolean root) {
        this.sample = sample;
        this.root = root;
    }

    static void register(SQLiteConnection sqlite) throws SQLException {
        Function.create(sqlite, "stddev_pop", new SqliteStatistics(false, true), 1, Function.FLAG_DETERMINISTIC);
        Function.create(sqlite, "stddev_samp", new SqliteStatistics(true, true), 1, Function.FLAG_DETERMINISTIC);
        Function.create(sqlite, "var_pop", new SqliteStatistics(false, false), 1, Function.FLAG_DETERMINISTIC);
        Function.create(sqlite, "var_samp", new SqliteStatistics(true, false), 1, Function.FLAG_DETERMINISTIC);
    }

    @Override
    protected void xStep() throws SQLException {
        if (value_type(0) == SQLITE_NULL) {
            return;
        }
        double x = value_double(0);
        count++;
        double delta = x - mean;
        mean += delta / count;
        squares += delta * (x - mean);
    }

    /** A row leaving a window frame: Welford's step backwards. */
    @Override
    protected void xInverse() throws SQLException {
        if (value_type(0) == SQLITE_NULL) {
            return;
        }
        double x = value_double(0);
        if (--count == 0) {
            mean = 0;
            squares = 0;
            return;
        }
        double delta = x - mean;
        mean -= delta / count;
        squares -= delta * (x - mean);
    }

    @Override
    protected void xValue() throws SQLException {
        long divisor = sample ? count - 1 : count;
        if (divisor <= 0) {
            result();
            return;
        }
        double variance = Math.max(squares, 0) / divisor;
        result(root ? Math.sqrt(variance) : variance);
    }

    @Override
    protected void xFinal() throws SQLException {
        xValue();
    }
}
