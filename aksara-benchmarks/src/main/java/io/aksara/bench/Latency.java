package io.aksara.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Latency under load ({@code ./benchmark --latency}): W1 (PK fetch) and W8's task mix on 64, 256
 * and 1,024 virtual threads sharing the pool of {@link BenchConfig#POOL_SIZE} connections, raw JDBC
 * and Aksara in the same JVM and the same run. Each virtual thread runs the operation in a closed
 * loop and records the time of every call, waiting for a connection included (what a caller
 * sees); the table gives p50, p99 and p99.9 of all calls, and throughput. Stacks alternate per
 * cell, raw JDBC first, after a warmup of each; a cell's numbers compare only with the other
 * stack's in the same row. On a machine shared with other work the tails measure that work too:
 * such numbers decide nothing.
 *
 * <p>Each stack runs twice: waiting for a connection in HikariCP's own hand-off (raw JDBC as it
 * is, Aksara with {@code fairQueue(false)}), and waiting in a fair queue in front of the pool (raw
 * JDBC inside a fair {@code Semaphore(POOL_SIZE)} per operation, Aksara with its default queue).
 * The p99 ratio compares Aksara with raw JDBC waiting the same way.
 *
 * <pre>{@code
 * java -cp <benchmark classpath> io.aksara.bench.Latency [seconds per cell, default 10] [concurrencies, default 64,256,1024]
 * }</pre>
 */
public final class Latency {
    /** An operation of a stack; {@code k} numbers the calls so keys cycle through the table. */
    record Workload(String name, Op op) {}

    /** One call: {@code k} numbers the calls; {@code gate}, when not null, is held around each connection borrow. */
    interface Op {
        void call(Stack s, int k, Semaphore gate);
    }

    /** A stack and how its callers wait for a connection. */
    record Variant(String label, Stack stack, boolean fair, Runnable prepare) {}

    /** One stack at one concurrency: every call's time, sorted, and the calls per second. */
    record Cell(long[] sortedNanos, double perSecond) {
        double percentileMicros(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.min(sortedNanos.length - 1, Math.ceil(p / 100 * sortedNanos.length) - 1);
            return sortedNanos[Math.max(i, 0)] / 1_000.0;
        }
    }

    private Latency() {}

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        int[] concurrencies = Arrays.stream((args.length > 1 ? args[1] : "64,256,1024").split(","))
                .mapToInt(Integer::parseInt).toArray();
        List<Workload> workloads = List.of(
                new Workload("W1 PK fetch", (s, k, gate) -> W8Mix.gated(gate, () -> s.pk(Params.id(k)))),
                new Workload("W8 task mix", W8Mix::task));
        Db db = new Db();
        db.open();
        JdbcStack jdbc = new JdbcStack();
        jdbc.open(db);
        AksaraStack aksara = new AksaraStack();
        AksaraStack oneLease = new AksaraOneLeaseStack(); // W8's updates in Aksara.onOneConnection
        List<Variant> variants = List.of(
                new Variant("raw JDBC", jdbc, false, () -> {}),
                new Variant("Aksara, queue off", aksara, false, () -> reopen(aksara, false)),
                new Variant("raw JDBC + fair semaphore", jdbc, true, () -> {}),
                new Variant("Aksara (fair queue)", aksara, true, () -> reopen(aksara, true)),
                new Variant("Aksara (fair queue), one lease per update", oneLease, true, () -> reopen(oneLease, true)));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Latency under load: %.0f s per cell after a"
                + " %.0f s warmup, virtual threads over a pool of %d; µs per call (waiting for a connection included),"
                + " and calls/s.%n%n| workload | virtual threads | stack | p50 | p99 | p99.9 | calls/s | ratio of p99 |%n"
                + "|---|---|---|---|---|---|---|---|%n", seconds, seconds / 2, BenchConfig.POOL_SIZE));
        try {
            for (Workload w : workloads) {
                for (int threads : concurrencies) {
                    Cell base = null;
                    for (Variant v : variants) {
                        v.prepare().run();
                        run(v, w, threads, seconds / 2);
                        Cell cell = run(v, w, threads, seconds);
                        boolean jdbcRow = v.stack() == jdbc;
                        row(out, w, threads, v.label(), cell, jdbcRow ? null : base);
                        base = jdbcRow ? cell : null;
                    }
                    System.err.println("latency: " + w.name() + " at " + threads + " virtual threads done");
                }
            }
        } finally {
            BenchData.ensure(db.ds); // W8's updates changed rows
            aksara.close();
            oneLease.close();
            jdbc.close();
            db.close();
        }
        System.out.print(out);
        Path file = Path.of("target", "benchmarks", "latency.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
        System.err.println("latency: wrote " + file.toAbsolutePath());
    }

    /** Aksara on the benchmark database again, with its fair queue on or off. */
    private static void reopen(AksaraStack aksara, boolean fairQueue) {
        aksara.close();
        aksara.open(fairQueue);
    }

    private static void row(StringBuilder out, Workload w, int threads, String stack, Cell c, Cell base) {
        out.append(String.format(Locale.ROOT, "| %s | %,d | %s | %.0f | %.0f | %.0f | %,.0f | %s |%n", w.name(), threads, stack,
                c.percentileMicros(50), c.percentileMicros(99), c.percentileMicros(99.9), c.perSecond(),
                base == null ? "" : String.format(Locale.ROOT, "%.2fx", c.percentileMicros(99) / base.percentileMicros(99))));
    }

    /** {@code threads} virtual threads calling the operation until the time is up. */
    private static Cell run(Variant v, Workload w, int threads, double seconds) throws Exception {
        Stack s = v.stack();
        Semaphore gate = v.fair() && v.stack() instanceof JdbcStack ? new Semaphore(BenchConfig.POOL_SIZE, true) : null;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[][] perThread = new long[threads][];
        int[] counts = new int[threads];
        Thread[] running = new Thread[threads];
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int me = t;
            running[t] = Thread.ofVirtual().start(() -> {
                long[] times = new long[1024];
                int n = 0;
                while (failure.get() == null && System.nanoTime() < end) {
                    int k = next.getAndIncrement();
                    long t0 = System.nanoTime();
                    try {
                        w.op().call(s, k, gate);
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                        break;
                    }
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = System.nanoTime() - t0;
                }
                perThread[me] = times;
                counts[me] = n;
            });
        }
        for (Thread t : running) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException(v.label() + " failed in " + w.name(), failure.get());
        }
        List<long[]> parts = new ArrayList<>();
        int total = 0;
        for (int t = 0; t < threads; t++) {
            parts.add(Arrays.copyOf(perThread[t], counts[t]));
            total += counts[t];
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        Arrays.sort(all);
        return new Cell(all, total / elapsed);
    }
}
