package io.aksara.bench.stub;

import io.aksara.bench.AksaraStack;
import io.aksara.bench.Params;
import io.aksara.bench.Rows;
import io.aksara.bench.models.JournalBulk;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Client CPU per operation of raw JDBC and Aksara on the stub driver, paired and interleaved in
 * one JVM: short batches of each stack in turn (the order swaps every round), each timed with the
 * thread's own CPU clock, and Aksara's ratio is the median over rounds of (its batch / raw JDBC's
 * batch of the same round). Load from other processes that comes and goes then falls on both
 * stacks alike, and thread CPU time does not count the time the thread waited for a CPU. The
 * measure for a shared machine whose hardware counters are not available ({@code perf stat}):
 *
 * <pre>{@code
 * java -cp <benchmark classpath> io.aksara.bench.stub.StubPaired [seconds per workload] [W1 W1c W2 W2k W3 W4 W5 W6 W6c W6u W6cu W6up W6upu W6upb W7 W7s]
 * }</pre>
 *
 * A stub driver answers at once, so a tight loop runs with everything in the CPU's caches, which a
 * real driver's round trip (a system call, a wait, the server on the same CPUs) does not leave
 * behind. {@code -Dstub.between=park:50} parks the thread 50 µs after each operation (a context
 * switch, as waiting for a server is), {@code -Dstub.between=touch:4096} reads 4,096 KiB of memory
 * (evicting the data caches): the difference Aksara minus raw JDBC then shows what its code costs
 * with caches as cold as on the real path (both stacks pay the same for the step itself).
 */
public final class StubPaired {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The same bean's allocation counter: bytes per operation, next to the CPU (with C2's escape analysis). */
    private static final com.sun.management.ThreadMXBean ALLOCATION = (com.sun.management.ThreadMXBean) THREADS;

    private static final String BETWEEN = System.getProperty("stub.between", "none");
    private static final long PARK_NANOS = BETWEEN.startsWith("park:") ? 1000L * Long.parseLong(BETWEEN.substring(5)) : 0;
    private static final byte[] TOUCHED = BETWEEN.startsWith("touch:") ? new byte[1024 * Integer.parseInt(BETWEEN.substring(6))]
            : new byte[0];
    /** Keeps W4b's QuerySets, built and not run. */
    private static volatile Object built;
    /** Keeps the reads of {@link #TOUCHED}. */
    private static volatile int sink;

    private StubPaired() {}

    /** What runs after each operation of both stacks ({@code -Dstub.between}): nothing by default. */
    private static void between() {
        if (PARK_NANOS > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(PARK_NANOS);
        }
        int sum = 0;
        for (int k = 0; k < TOUCHED.length; k += 64) {
            sum += TOUCHED[k];
        }
        sink = sum;
    }

    /** A workload: each stack's operation {@code i}, and how many make a batch. */
    record Workload(String name, int batch, IntConsumer jdbc, IntConsumer aksara) {}

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
        StubStacks.Jdbc jdbc = new StubStacks.Jdbc();
        StubStacks.Aksara aksara = new StubStacks.Aksara();
        jdbc.open();
        aksara.open();
        Rows.JournalData[] bulk = Params.bulkRows(Params.BULK);
        List<JournalBulk> kept = AksaraStack.instances(bulk);
        Map<String, Workload> all = new LinkedHashMap<>();
        all.put("W1", new Workload("W1 PK fetch", 200, i -> jdbc.stack.pk(Params.id(i)), i -> aksara.stack.pk(Params.id(i))));
        all.put("W1c", new Workload("W1 compiled query", 200, i -> jdbc.stack.pk(Params.id(i)),
                i -> aksara.stack.pkCompiled(Params.id(i))));
        all.put("W2", new Workload("W2@10 filter, 10 rows", 100, i -> jdbc.stack.filter(Params.level(i), 10),
                i -> aksara.stack.filter(Params.level(i), 10)));
        all.put("W2k", new Workload("W2@1000 filter, 1,000 rows", 2, i -> jdbc.stack.filter(Params.level(i), 1000),
                i -> aksara.stack.filter(Params.level(i), 1000)));
        all.put("W3", new Workload("W3 page of 20", 100, i -> jdbc.stack.page(Params.level(i), Params.offset(i)),
                i -> aksara.stack.page(Params.level(i), Params.offset(i))));
        all.put("W4", new Workload("W4 query built per call", 100,
                i -> jdbc.stack.dynamic(Params.shape(i), Params.level(i), Params.since(i), Params.prefix(i)),
                i -> aksara.stack.dynamic(Params.shape(i), Params.level(i), Params.since(i), Params.prefix(i))));
        // W4 apart: the building alone (raw JDBC runs its query; Aksara builds the QuerySet, and also runs raw
        // JDBC's), and each shape alone rather than the four in turn
        all.put("W4b", new Workload("W4, Aksara building only (+ raw JDBC's query)", 100,
                i -> jdbc.stack.dynamic(Params.shape(i), Params.level(i), Params.since(i), Params.prefix(i)),
                i -> {
                    jdbc.stack.dynamic(Params.shape(i), Params.level(i), Params.since(i), Params.prefix(i));
                    built = aksara.stack.buildDynamic(Params.shape(i), Params.level(i), Params.since(i), Params.prefix(i));
                }));
        // raw JDBC against itself: how far apart two equal stacks come out (the noise of the other rows)
        all.put("W4aa", new Workload("W4, raw JDBC against itself", 100,
                i -> jdbc.stack.dynamic(Params.shape(i), Params.level(i), Params.since(i), Params.prefix(i)),
                i -> jdbc.stack.dynamic(Params.shape(i), Params.level(i), Params.since(i), Params.prefix(i))));
        for (int shape = 0; shape < 4; shape++) {
            int fixed = shape;
            all.put("W4s" + shape, new Workload("W4, shape " + shape + " only", 100,
                    i -> jdbc.stack.dynamic(fixed, Params.level(i), Params.since(i), Params.prefix(i)),
                    i -> aksara.stack.dynamic(fixed, Params.level(i), Params.since(i), Params.prefix(i))));
        }
        all.put("W5", new Workload("W5 update by PK", 200, i -> jdbc.stack.updatePk(Params.id(i)),
                i -> aksara.stack.updatePk(Params.id(i))));
        all.put("W6", new Workload("W6 insert 100 rows", 10, i -> jdbc.stack.bulkInsert(bulk), i -> aksara.stack.bulkInsert(bulk)));
        IntConsumer bulkCreateAlone = i -> {
            kept.forEach(o -> o.id = null);
            JournalBulk.objects.bulkCreate(kept);
        };
        all.put("W6c", new Workload("W6 bulkCreate alone", 10, i -> jdbc.stack.bulkInsert(bulk), bulkCreateAlone));
        all.put("W7", new Workload("W7 50 owners + pets (floor: two queries)", 20, i -> jdbc.stack.prefetch(50),
                i -> aksara.stack.prefetch(50)));
        // owner ids 100 apart, as on PostgreSQL (StubW7Spread): checked for equal results first
        StubW7Spread.check(jdbc, aksara, 50);
        all.put("W7s", new Workload("W7 50 owners + pets, ids 100 apart", 20, i -> jdbc.stack.prefetch(StubW7Spread.city(50)),
                i -> aksara.stack.prefetch(StubW7Spread.city(50))));
        // against raw JDBC's PostgreSQL floor (one array per column), which is what Aksara sends on PostgreSQL
        all.put("W6u", new Workload("W6 insert 100 rows, raw JDBC with unnest", 10, i -> jdbc.stack.bulkInsertUnnest(bulk),
                i -> aksara.stack.bulkInsert(bulk)));
        all.put("W6cu", new Workload("W6 bulkCreate alone, raw JDBC with unnest", 10, i -> jdbc.stack.bulkInsertUnnest(bulk),
                bulkCreateAlone));
        long[] ids = StubBulkUpdate.ids(bulk.length);
        List<JournalBulk> saved = StubBulkUpdate.saved(bulk, ids);
        all.put("W6up", new Workload("W6 bulkUpdate 100 rows (2 fields)", 10, i -> jdbc.stack.bulkUpdate(ids, bulk),
                i -> JournalBulk.objects.bulkUpdate(saved, "text", "b")));
        all.put("W6upu", new Workload("W6 bulkUpdate 100 rows, raw JDBC with unnest", 10,
                i -> jdbc.stack.bulkUpdateUnnest(ids, bulk), i -> JournalBulk.objects.bulkUpdate(saved, "text", "b")));
        // one key named twice: the JDBC batch of single-row UPDATEs on every database (what H2, MySQL, MariaDB, SQLite run)
        List<JournalBulk> twice = new ArrayList<>(saved.subList(0, saved.size() - 1));
        twice.add(saved.getFirst());
        all.put("W6upb", new Workload("W6 bulkUpdate 100 rows, a key twice: the JDBC batch", 10,
                i -> jdbc.stack.bulkUpdate(ids, bulk), i -> JournalBulk.objects.bulkUpdate(twice, "text", "b")));
        if (args.length > 1) { // the workloads named after the seconds, e.g. StubPaired 20 W6u W6cu
            all.keySet().retainAll(List.of(args).subList(1, args.length));
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Stub driver, paired and interleaved (one JVM, "
                + "%.0f s per workload after as long again of warmup): thread CPU per operation, median over rounds; "
                + "ratio = median of the rounds' Aksara/raw JDBC, [p25-p75]; between operations: " + BETWEEN + "; B/op = the thread's allocated bytes per operation, median%n%n"
                + "| workload | rounds | raw JDBC µs | Aksara µs | ratio | Aksara − raw JDBC µs | raw JDBC B/op | Aksara B/op |%n"
                + "|---|---|---|---|---|---|---|---|%n", seconds));
        try {
            for (Workload w : all.values()) {
                rounds(w, seconds); // warmup
                List<double[]> rounds = rounds(w, seconds);
                double[] ratios = rounds.stream().mapToDouble(r -> r[1] / r[0]).sorted().toArray();
                double[] gaps = rounds.stream().mapToDouble(r -> r[1] - r[0]).sorted().toArray();
                out.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2fx [%.2f-%.2f] | %.2f [%.2f-%.2f] | %.0f | %.0f |%n",
                        w.name(), rounds.size(),
                        median(rounds.stream().mapToDouble(r -> r[0]).sorted().toArray()),
                        median(rounds.stream().mapToDouble(r -> r[1]).sorted().toArray()),
                        median(ratios), ratios[ratios.length / 4], ratios[ratios.length * 3 / 4],
                        median(gaps), gaps[gaps.length / 4], gaps[gaps.length * 3 / 4],
                        median(rounds.stream().mapToDouble(r -> r[2]).sorted().toArray()),
                        median(rounds.stream().mapToDouble(r -> r[3]).sorted().toArray())));
            }
        } finally {
            jdbc.close();
            aksara.close();
        }
        System.out.print(out);
    }

    /** Rounds of one batch per stack, in swapped order every round: {raw JDBC µs/op, Aksara µs/op, raw JDBC B/op, Aksara B/op}. */
    private static List<double[]> rounds(Workload w, double seconds) {
        List<double[]> out = new ArrayList<>();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int i = 0;
        while (System.nanoTime() < end) {
            double[] round = new double[4];
            boolean jdbcFirst = out.size() % 2 == 0;
            for (int k = 0; k < 2; k++) {
                boolean isJdbc = (k == 0) == jdbcFirst;
                IntConsumer op = isJdbc ? w.jdbc() : w.aksara();
                long bytes = ALLOCATION.getCurrentThreadAllocatedBytes();
                long start = THREADS.getCurrentThreadCpuTime();
                for (int n = 0; n < w.batch(); n++) {
                    op.accept(i + n);
                    between();
                }
                round[isJdbc ? 0 : 1] = (THREADS.getCurrentThreadCpuTime() - start) / 1e3 / w.batch();
                round[isJdbc ? 2 : 3] = (double) (ALLOCATION.getCurrentThreadAllocatedBytes() - bytes) / w.batch();
            }
            i += w.batch();
            out.add(round);
        }
        return out;
    }

    private static double median(double[] sorted) {
        return sorted.length == 0 ? Double.NaN : sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
