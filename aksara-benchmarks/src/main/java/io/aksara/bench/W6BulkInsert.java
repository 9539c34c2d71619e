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
 * (pooled sequence, batches of 50); Aksara, which has no bulk create and no transactions yet,
 * saves 100 instances one by one. journal_bulk is emptied before every iteration.
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
