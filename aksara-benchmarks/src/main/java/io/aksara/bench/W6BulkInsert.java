package io.aksara.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * W6 bulk_create_100: insert 100 journal_bulk rows, returning their keys. JDBC and jOOQ send one
 * multi-row {@code INSERT ... RETURNING}; Hibernate persists 100 entities in one transaction
 * (pooled sequence, batches of 50); Aksara calls {@code bulkCreate} (on PostgreSQL one
 * {@code INSERT ... SELECT * FROM unnest(..)}). {@code jdbcUnnest} is raw JDBC with one array per
 * column, the fastest hand-written form on PostgreSQL. journal_bulk is emptied before every iteration.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class W6BulkInsert {
    private final Rows.JournalData[] rows = Params.bulkRows(Params.BULK);

    @Setup(Level.Iteration)
    public void empty(Db db) {
        BenchData.truncateBulk(db.ds);
    }

    @Benchmark
    public List<Long> jdbc(JdbcStack s) {
        return s.bulkInsert(rows);
    }

    /** The PostgreSQL floor: one array per column ({@code unnest}), not one bind per value. */
    @Benchmark
    public List<Long> jdbcUnnest(JdbcStack s) {
        return s.bulkInsertUnnest(rows);
    }

    @Benchmark
    public List<Long> jooq(JooqStack s) {
        return s.bulkInsert(rows);
    }

    @Benchmark
    public List<Long> hibernate(HibernateStack s) {
        return s.bulkInsert(rows);
    }

    @Benchmark
    public List<Long> aksara(AksaraStack s) {
        return s.bulkInsert(rows);
    }
}
