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

/**
 * {@code bulkUpdate} of two fields ({@code text}, {@code b}) of 100 rows with their keys. On the
 * stub driver: the stacks' own cost, no database. Raw JDBC as a JDBC batch of single-row UPDATEs
 * ({@link #jdbc}) and as PostgreSQL's one UPDATE from unnested arrays ({@link #jdbcUnnest}), which is
 * what Aksara sends on PostgreSQL.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class StubBulkUpdate {
    private final Rows.JournalData[] data = Params.bulkRows(Params.BULK);
    private final long[] ids = ids(Params.BULK);
    /** The same 100 rows as instances that carry their keys, made once (as an application holds them). */
    private final List<JournalBulk> instances = saved(data, ids);

    @Benchmark
    public long jdbc(StubStacks.Jdbc s) {
        return s.stack.bulkUpdate(ids, data);
    }

    @Benchmark
    public long jdbcUnnest(StubStacks.Jdbc s) {
        return s.stack.bulkUpdateUnnest(ids, data);
    }

    @Benchmark
    public long aksara(StubStacks.Aksara s) {
        return JournalBulk.objects.bulkUpdate(instances, "text", "b");
    }

    static long[] ids(int n) {
        long[] ids = new long[n];
        for (int k = 0; k < n; k++) {
            ids[k] = k + 1;
        }
        return ids;
    }

    /** {@code rows} as instances with keys {@code ids}. */
    static List<JournalBulk> saved(Rows.JournalData[] rows, long[] ids) {
        List<JournalBulk> out = AksaraStack.instances(rows);
        for (int k = 0; k < ids.length; k++) {
            out.get(k).id = ids[k];
        }
        return out;
    }
}
