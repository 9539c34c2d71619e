package io.aksara.bench.stub;

import io.aksara.bench.AksaraStack;
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

/** W6 insert 100 rows, keys returned. On the stub driver: the stacks' own cost, no database. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class StubW6 {
    private final Rows.JournalData[] data = Params.bulkRows(Params.BULK);

    @Benchmark
    public List<Long> jdbc(StubStacks.Jdbc s) {
        return s.stack.bulkInsert(data);
    }

    /** Raw JDBC's PostgreSQL floor: one array per column, unnested ({@code JdbcStack.bulkInsertUnnest}). */
    @Benchmark
    public List<Long> jdbcUnnest(StubStacks.Jdbc s) {
        return s.stack.bulkInsertUnnest(data);
    }

    /** The same 100 rows as model instances, made once: {@link #aksaraCall} reuses them. */
    private final List<JournalBulk> instances = AksaraStack.instances(data);

    @Benchmark
    public List<Long> aksara(StubStacks.Aksara s) {
        return s.stack.bulkInsert(data);
    }

    /**
     * {@code bulkCreate} alone, on instances the application already has (as raw JDBC binds from
     * records it already has): the keys of the last call are cleared, so every call inserts 100
     * new rows. {@link #aksara} also makes the 100 instances and a list of their keys.
     */
    @Benchmark
    public List<JournalBulk> aksaraCall(StubStacks.Aksara s) {
        for (int i = 0; i < instances.size(); i++) {
            instances.get(i).id = null;
        }
        return JournalBulk.objects.bulkCreate(instances);
    }
}
