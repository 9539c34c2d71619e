package io.aksara.bench.stub;

import io.aksara.bench.JdbcUpserts;
import io.aksara.bench.Params;
import io.aksara.bench.Rows;
import io.aksara.bench.models.JournalBulk;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@code upsert} of 100 rows that carry their keys, conflicts on the key, {@code text} and
 * {@code b} written where the row exists, each row's key returned. On the stub driver: the stacks'
 * own cost, no database. Raw JDBC as one multi-row VALUES upsert ({@link #jdbc}) and as
 * PostgreSQL's {@code INSERT .. SELECT * FROM unnest(..) ON CONFLICT (id) DO UPDATE .. RETURNING id}
 * ({@link #jdbcUnnest}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class StubUpsert {
    private final Rows.JournalData[] data = Params.bulkRows(Params.BULK);
    private final long[] ids = StubBulkUpdate.ids(Params.BULK);
    /** The same 100 rows as instances that carry their keys, made once (as an application holds them). */
    private final List<JournalBulk> instances = StubBulkUpdate.saved(data, ids);
    private static final List<String> CONFLICT = List.of("id");
    private static final List<String> UPDATE = List.of("text", "b");

    /** The raw JDBC upserts on the stack's pool, made once (not counted per operation). */
    private JdbcUpserts raw;

    private JdbcUpserts raw(StubStacks.Jdbc s) {
        JdbcUpserts r = raw;
        return r != null ? r : (raw = new JdbcUpserts(s.stack.dataSource()));
    }

    @Benchmark
    public List<Long> jdbc(StubStacks.Jdbc s) {
        return raw(s).upsert(ids, data);
    }

    @Benchmark
    public List<Long> jdbcUnnest(StubStacks.Jdbc s) {
        return raw(s).upsertUnnest(ids, data);
    }

    @Benchmark
    public List<JournalBulk> aksara(StubStacks.Aksara s) {
        return JournalBulk.objects.upsert(instances, CONFLICT, UPDATE);
    }
}
