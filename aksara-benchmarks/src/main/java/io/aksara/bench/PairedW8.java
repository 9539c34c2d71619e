package io.aksara.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.ToDoubleFunction;

/**
 * W8 paired ({@code ./benchmark --paired W8}): virtual threads against a platform pool of
 * {@link BenchConfig#POOL_SIZE}, raw JDBC and Aksara, in one JVM on one PostgreSQL. JMH's W8 runs each
 * benchmark in a fork of its own, and each fork draws a placement of client and server processes on
 * the machine's CPUs: on a quiet machine raw JDBC's own virtual/platform ratio moved from 0.94x to
 * 0.72x between two runs. Here the cells take turns in rounds (the order rotates every round), each
 * running whole W8 invocations ({@link W8Mix#TASKS} tasks, the same task mix and loop as
 * {@link W8Mix}) for a fixed time, and every ratio is the median over rounds of the ratio within
 * a round, with its quartiles: what comes and goes on the machine falls on every cell alike.
 *
 * <p>Every cell uses one pool, Aksara's ({@link Stack#openAll}), so the same five connections and
 * server processes. Raw JDBC borrows from it directly (no fair queue: that sits in Aksara's lease
 * path), behind a fair {@code Semaphore} on virtual threads as in {@code W8Mix.jdbc_gated}.
 * Besides tasks/s each cell gives the JVM's CPU time and its allocation per task (all threads,
 * carriers and GC included): where a virtual-thread cell costs more than its platform pool.
 *
 * <p>System properties: {@code paired.w8.rounds} (default 36), {@code paired.w8.warmup} (rounds, 4),
 * {@code paired.w8.cell} (seconds per cell, 1), {@code paired.w8.threads} (virtual threads, 64),
 * {@code paired.w8.cells} (a comma-separated subset of the cell keys, e.g. {@code aksara_vt} to record
 * one cell with JFR).
 */
final class PairedW8 {
    /** One W8 invocation of a cell, tasks from {@code first}. */
    interface Invocation {
        void run(int first) throws Exception;
    }

    record Cell(String key, String label, Invocation invocation) {}

    /** One cell's numbers in one round. */
    record Sample(double tasksPerSecond, double cpuMicrosPerTask, double bytesPerTask) {}

    /** A ratio of two cells' tasks/s taken within each round. */
    record Ratio(String label, String numerator, String denominator) {}

    private static final List<Ratio> RATIOS = List.of(
            new Ratio("raw JDBC: virtual threads (fair semaphore) / platform pool", "jdbc_vt", "jdbc_platform"),
            new Ratio("Aksara: virtual threads (fair queue) / platform pool", "aksara_vt", "aksara_platform"),
            new Ratio("Aksara: virtual threads, one lease per update / platform pool", "aksara_one_lease", "aksara_platform"),
            new Ratio("virtual threads: Aksara (fair queue) / raw JDBC (fair semaphore)", "aksara_vt", "jdbc_vt"),
            new Ratio("virtual threads: Aksara one lease per update / raw JDBC", "aksara_one_lease", "jdbc_vt"),
            new Ratio("platform pool: Aksara / raw JDBC", "aksara_platform", "jdbc_platform"));

    private PairedW8() {}

    /** Runs the cells on the stacks of {@link Stack#openAll} and appends the tables to {@code out}. */
    static void run(List<Stack> stacks, Db db, StringBuilder out) throws Exception {
        int rounds = Integer.getInteger("paired.w8.rounds", 36);
        int warmup = Integer.getInteger("paired.w8.warmup", 4);
        double cellSeconds = Double.parseDouble(System.getProperty("paired.w8.cell", "1"));
        int threads = Integer.getInteger("paired.w8.threads", 64);
        Stack jdbc = stacks.stream().filter(s -> s instanceof JdbcStack).findFirst().orElseThrow();
        Stack aksara = stacks.stream().filter(s -> s instanceof AksaraStack).findFirst().orElseThrow();
        Stack oneLease = new AksaraOneLeaseStack(); // Aksara is configured once, by aksara's open
        ExecutorService platform = Executors.newFixedThreadPool(BenchConfig.POOL_SIZE);
        List<Cell> cells = chosen(List.of(
                new Cell("jdbc_platform", "raw JDBC, platform pool of " + BenchConfig.POOL_SIZE,
                        first -> W8Mix.onPlatformPool(platform, jdbc, first)),
                new Cell("jdbc_vt", "raw JDBC, " + threads + " virtual threads, fair semaphore",
                        first -> W8Mix.onVirtualThreads(jdbc, first, threads, new Semaphore(BenchConfig.POOL_SIZE, true))),
                new Cell("aksara_platform", "Aksara, platform pool of " + BenchConfig.POOL_SIZE,
                        first -> W8Mix.onPlatformPool(platform, aksara, first)),
                new Cell("aksara_vt", "Aksara, " + threads + " virtual threads, fair queue",
                        first -> W8Mix.onVirtualThreads(aksara, first, threads, null)),
                new Cell("aksara_one_lease", "Aksara, " + threads + " virtual threads, one lease per update",
                        first -> W8Mix.onVirtualThreads(oneLease, first, threads, null))));
        List<Map<String, Sample>> measured = new ArrayList<>();
        int[] next = {0};
        try {
            for (int r = 0; r < warmup + rounds; r++) {
                Map<String, Sample> round = round(cells, r, cellSeconds, next);
                if (r >= warmup) {
                    measured.add(round);
                }
                if ((r + 1) % 10 == 0) {
                    System.err.printf(Locale.ROOT, "paired: W8 round %d of %d%n", r + 1, warmup + rounds);
                }
            }
        } finally {
            platform.shutdownNow();
            BenchData.ensure(db.ds); // the updates changed world rows
        }
        out.append(String.format(Locale.ROOT, "%nW8 paired: %d rounds of %.1f s per cell after %d rounds of warmup, the order"
                + " rotating; %d tasks per invocation, pool of %d. Medians over rounds [p25-p75]; CPU and allocation of the"
                + " whole JVM per task.%n%n| cell | tasks/s | JVM CPU µs/task | allocated B/task |%n|---|---|---|---|%n",
                rounds, cellSeconds, warmup, W8Mix.TASKS, BenchConfig.POOL_SIZE));
        for (Cell c : cells) {
            out.append("| ").append(c.label()).append(" | ")
                    .append(quartiles(measured, m -> m.get(c.key()).tasksPerSecond(), "%,.0f")).append(" | ")
                    .append(quartiles(measured, m -> m.get(c.key()).cpuMicrosPerTask(), "%,.0f")).append(" | ")
                    .append(quartiles(measured, m -> m.get(c.key()).bytesPerTask(), "%,.0f")).append(" |\n");
        }
        out.append("\n| ratio of tasks/s, within each round | median [p25-p75] |\n|---|---|\n");
        for (Ratio q : RATIOS) {
            if (measured.isEmpty() || !measured.get(0).containsKey(q.numerator()) || !measured.get(0).containsKey(q.denominator())) {
                continue;
            }
            out.append("| ").append(q.label()).append(" | **").append(quartiles(measured,
                    m -> m.get(q.numerator()).tasksPerSecond() / m.get(q.denominator()).tasksPerSecond(), "%.2fx"))
                    .append("** |\n");
        }
    }

    /** The cells named by {@code paired.w8.cells}, all when it is not set. */
    private static List<Cell> chosen(List<Cell> all) {
        String names = System.getProperty("paired.w8.cells", "");
        if (names.isBlank()) {
            return all;
        }
        List<String> keys = Arrays.asList(names.split(","));
        List<Cell> cells = all.stream().filter(c -> keys.contains(c.key())).toList();
        if (cells.size() != keys.size()) {
            throw new IllegalArgumentException("paired.w8.cells: unknown cell in " + names + "; choose from "
                    + all.stream().map(Cell::key).toList());
        }
        return cells;
    }

    /** One round: each cell in turn, starting at a rotating position, all on the same task numbers. */
    private static Map<String, Sample> round(List<Cell> cells, int round, double seconds, int[] next) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<String, Sample> samples = new LinkedHashMap<>();
        int furthest = next[0];
        for (int j = 0; j < cells.size(); j++) {
            Cell c = cells.get((j + round) % cells.size());
            int first = next[0];
            long cpu0 = os.getProcessCpuTime();
            long bytes0 = threads.getTotalThreadAllocatedBytes();
            long t0 = System.nanoTime();
            long end = t0 + (long) (seconds * 1e9);
            int tasks = 0;
            do {
                c.invocation().run(first + tasks);
                tasks += W8Mix.TASKS;
            } while (System.nanoTime() < end);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            samples.put(c.key(), new Sample(tasks / elapsed, (os.getProcessCpuTime() - cpu0) / 1e3 / tasks,
                    (double) (threads.getTotalThreadAllocatedBytes() - bytes0) / tasks));
            furthest = Math.max(furthest, first + tasks);
        }
        next[0] = furthest; // the next round's tasks touch other rows
        Map<String, Sample> inCellOrder = new LinkedHashMap<>();
        cells.forEach(c -> inCellOrder.put(c.key(), samples.get(c.key())));
        return inCellOrder;
    }

    private static String quartiles(List<Map<String, Sample>> rounds,
            ToDoubleFunction<Map<String, Sample>> value, String format) {
        double[] v = rounds.stream().mapToDouble(value).toArray();
        return String.format(Locale.ROOT, format + " [" + format + "-" + format + "]",
                Paired.pct(v, 50), Paired.pct(v, 25), Paired.pct(v, 75));
    }
}
