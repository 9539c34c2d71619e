package io.aksara.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/**
 * A paired, interleaved measurement for a shared or noisy machine ({@code ./benchmark --paired}).
 * JMH runs one benchmark after another, so load from other processes that comes and goes lands on
 * whichever stack is running at the time. Here all four stacks run in one JVM, in short batches
 * taken in turn (the order rotates every round), and each stack's ratio to raw JDBC is the median
 * over rounds of (its batch mean / JDBC's batch mean in the same round): drift cancels out. All
 * four run on one pool, Aksara's ({@link Stack#openAll}), so on one connection and one server
 * process: on separate pools each stack's server process may run on another CPU, which alone
 * moved W1's client CPU by 2-3x (see FloorProbe).
 * The price: one JVM for all stacks (shared JIT profiles and GC), so JMH's forked numbers remain
 * the reference; this is a cross-check of the ratios.
 *
 * <p>Warm-up is counted in operations, not only seconds: a stack's per-operation methods reach the
 * JIT's top tier after some ten thousand calls, and four stacks share two CPUs, so a fixed 8 s left
 * Aksara's prefetch code compiling inside W7's measured window (1.56-1.63x of raw JDBC's CPU with
 * 8 s, 1.21-1.32x with 30 s, 2026-12-07). Each workload warms up until every stack has run
 * {@code paired.warmupOps} operations (20,000) and {@code paired.warmup} seconds have passed (8),
 * but no longer than {@code paired.warmupMax} seconds (45).
 *
 * <pre>{@code
 * java -cp ... io.aksara.bench.Paired W3 W4          # -Dpaired.warmupOps=0 -Dpaired.warmup=8: the old 8 s
 * }</pre>
 */
public final class Paired {
    record Workload(String name, int batch, ObjIntConsumer<Stack> op) {}

    private Paired() {}

    public static void main(String[] args) throws Exception {
        double warmupSeconds = Double.parseDouble(System.getProperty("paired.warmup", "8"));
        long warmupOps = Long.parseLong(System.getProperty("paired.warmupOps", "20000"));
        double warmupMax = Double.parseDouble(System.getProperty("paired.warmupMax", "45"));
        double measureSeconds = Double.parseDouble(System.getProperty("paired.measure", "20"));
        Rows.JournalData[] bulk = Params.bulkRows(Params.BULK);
        Map<String, Workload> all = new LinkedHashMap<>();
        all.put("W1", new Workload("W1 PK fetch", 100, (s, i) -> s.pk(Params.id(i))));
        all.put("W2@10", new Workload("W2@10 filter, 10 rows", 50, (s, i) -> s.filter(Params.level(i), 10)));
        all.put("W2@1000", new Workload("W2@1000 filter, 1000 rows", 4, (s, i) -> s.filter(Params.level(i), 1000)));
        all.put("W3", new Workload("W3 page of 20", 50, (s, i) -> s.page(Params.level(i), Params.offset(i))));
        all.put("W4", new Workload("W4 query built per call", 50,
                (s, i) -> s.dynamic(Params.shape(i), Params.level(i), Params.since(i), Params.prefix(i))));
        all.put("W5", new Workload("W5 update by PK", 50, (s, i) -> s.updatePk(Params.id(i))));
        all.put("W6", new Workload("W6 insert 100 rows", 2, (s, i) -> s.bulkInsert(bulk)));
        all.put("W7", new Workload("W7 50 owners + pets", 10, (s, i) -> s.prefetch(Params.city(i))));
        // W7 against raw JDBC's one join (grouped in memory) rather than its two queries (the floor, W7)
        all.put("W7j", new Workload("W7 50 owners + pets, JDBC with one join", 10,
                (s, i) -> {
                    if (s instanceof JdbcStack jdbc) {
                        jdbc.prefetchJoin(Params.city(i));
                    } else {
                        s.prefetch(Params.city(i));
                    }
                }));
        // the same, raw JDBC sending one array per column (unnest): the ratios are to that floor
        all.put("W6u", new Workload("W6 insert 100 rows, JDBC with unnest", 2,
                (s, i) -> {
                    if (s instanceof JdbcStack jdbc) {
                        jdbc.bulkInsertUnnest(bulk);
                    } else {
                        s.bulkInsert(bulk);
                    }
                }));
        List<String> chosen = args.length > 0 ? List.of(args) : List.of("W1", "W2@10", "W2@1000", "W5", "W6");
        // W8 runs many threads at once, so it has a harness and a table of its own (PairedW8), after the others
        List<String> single = chosen.stream().filter(k -> !k.equals("W8")).toList();

        Db db = new Db();
        db.open();
        List<Stack> stacks = Stack.openAll(db);
        StringBuilder out = new StringBuilder();
        StringBuilder w8 = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Paired, interleaved run (one JVM; per workload a warmup of %d operations per stack, "
                + "at least %.0f s and at most %.0f s, then %.0f s measured). "
                + "Per stack: median batch mean in µs/op; ratio = median over rounds of (stack / raw JDBC in the same round), "
                + "[p25-p75 of the round ratios].%n%n| workload | rounds |", warmupOps, warmupSeconds, warmupMax, measureSeconds));
        stacks.forEach(s -> out.append(' ').append(Summary.LABELS.get(s.name())).append(" |"));
        out.append("\n|---|---|");
        stacks.forEach(s -> out.append("---|"));
        out.append('\n');
        try {
            for (String key : single) {
                Workload w = all.get(key);
                if (w == null) {
                    throw new IllegalArgumentException("unknown workload " + key + "; choose from " + all.keySet() + " or W8");
                }
                int[] counter = {0};
                long warmStart = System.nanoTime();
                run(w, stacks, db, counter, warmupSeconds, null, null);
                while (counter[0] < warmupOps && System.nanoTime() - warmStart < (long) (warmupMax * 1e9)) {
                    run(w, stacks, db, counter, 1, null, null); // a second at a time, until the count is reached
                }
                System.err.printf(Locale.ROOT, "paired: %s warmed up with %d operations per stack in %.0f s%n", key, counter[0],
                        (System.nanoTime() - warmStart) / 1e9);
                List<double[]> rounds = new ArrayList<>();
                List<double[]> cpuRounds = new ArrayList<>();
                run(w, stacks, db, counter, measureSeconds, rounds, cpuRounds);
                row(out, w.name(), stacks.size(), rounds);
                row(out, w.name() + ", client CPU", stacks.size(), cpuRounds);
                System.err.println("paired: " + key + " done");
            }
            if (single.size() < chosen.size()) {
                PairedW8.run(stacks, db, w8);
                System.err.println("paired: W8 done");
            }
        } finally {
            BenchData.ensure(db.ds);
            Stack.closeAll(stacks);
            db.close();
        }
        System.out.print(single.isEmpty() ? w8 : out.append(w8));
    }

    /** One table row: each stack's median per op and its median ratio to raw JDBC (the first stack) over the rounds. */
    private static void row(StringBuilder out, String name, int stackCount, List<double[]> rounds) {
        out.append("| ").append(name).append(" | ").append(rounds.size()).append(" |");
        for (int k = 0; k < stackCount; k++) {
            double[] perOp = new double[rounds.size()];
            double[] ratio = new double[rounds.size()];
            for (int r = 0; r < rounds.size(); r++) {
                perOp[r] = rounds.get(r)[k];
                ratio[r] = rounds.get(r)[k] / rounds.get(r)[0];
            }
            out.append(k == 0 ? String.format(Locale.ROOT, " %.1f |", pct(perOp, 50))
                    : String.format(Locale.ROOT, " %.1f (**%.2fx** [%.2f-%.2f]) |", pct(perOp, 50), pct(ratio, 50),
                            pct(ratio, 25), pct(ratio, 75)));
        }
        out.append('\n');
    }

    /**
     * Rounds of one batch per stack, rotating the order; records each stack's batch mean (µs/op) of
     * wall time and of this thread's CPU time (the client's own cost: the wait for the server left out).
     */
    private static void run(Workload w, List<Stack> stacks, Db db, int[] counter, double seconds, List<double[]> rounds,
            List<double[]> cpuRounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int round = 0;
        while (System.nanoTime() < end) {
            if (w.name().startsWith("W6")) {
                BenchData.truncateBulk(db.ds);
            }
            double[] means = new double[stacks.size()];
            double[] cpu = new double[stacks.size()];
            for (int j = 0; j < stacks.size(); j++) {
                int k = (j + round) % stacks.size();
                Stack s = stacks.get(k);
                int first = counter[0];
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                for (int b = 0; b < w.batch(); b++) {
                    w.op().accept(s, first + b);
                }
                means[k] = (System.nanoTime() - t0) / 1000.0 / w.batch();
                cpu[k] = (threads.getCurrentThreadCpuTime() - c0) / 1000.0 / w.batch();
            }
            counter[0] += w.batch(); // every stack sees the same parameters in a round
            if (rounds != null) {
                rounds.add(means);
                cpuRounds.add(cpu);
            }
            round++;
        }
    }

    /** The {@code p}-th percentile of {@code values}, interpolated. */
    static double pct(double[] values, int p) {
        double[] v = values.clone();
        Arrays.sort(v);
        double pos = (v.length - 1) * p / 100.0;
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return v[lo] + (v[hi] - v[lo]) * (pos - lo);
    }
}
