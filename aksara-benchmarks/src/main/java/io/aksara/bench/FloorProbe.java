package io.aksara.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.aksara.bench.models.JournalBulk;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.ObjIntConsumer;
import javax.sql.DataSource;

/**
 * Looks for the honest floor: raw JDBC variants that each take over one thing Aksara does and the
 * baseline does not (its SQL text and bind types, its session time zone, its pool), next to the
 * floor (raw JDBC on Aksara's own pool, as {@link Stack#openAll} gives it) and Aksara, interleaved
 * in one JVM; reports the median client CPU and wall time per operation and the median of the
 * per-round ratios to the floor. W6's floor is raw JDBC with unnest (what Aksara sends on
 * PostgreSQL), its table emptied before every round. {@code -Dfloor.workloads=W1,W5} picks workloads;
 * {@code -Dfloor.pools=false} leaves out the raw variants on other pools;
 * {@code -Dfloor.pin=A,B} moves the server processes of the bench pool and of Aksara's pool to
 * CPUs A and B, which showed that where they run, not the code, decided the old W1 ratio.
 *
 * <pre>{@code
 * java -cp ... io.aksara.bench.FloorProbe [seconds] [peers]   # against the benchmark database
 * }</pre>
 *
 * With {@code peers}, jOOQ and Hibernate take their turns in every round as well (on the bench
 * pool, as {@code ./benchmark --paired} had them before): what sharing that pool and the JIT's
 * profiles with them costs raw JDBC.
 */
public final class FloorProbe {
    private static final String AKSARA_TEXT = "raw JDBC, Aksara's SQL and bind types";
    /** Keeps the QuerySets built and not run, so that the JIT cannot drop their building. */
    private static volatile Object sink;

    private FloorProbe() {}

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
        boolean peers = args.length > 1 && args[1].equals("peers");
        Db db = new Db();
        db.open();
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(BenchConfig.url());
        hc.setUsername(BenchConfig.user());
        hc.setPassword(BenchConfig.password());
        hc.setMaximumPoolSize(BenchConfig.POOL_SIZE);
        hc.setMinimumIdle(BenchConfig.POOL_SIZE);
        hc.setConnectionInitSql("set time zone 'UTC'");
        HikariDataSource utc = new HikariDataSource(hc);
        HikariDataSource own = BenchConfig.pool("bench-own");
        JdbcStack jdbc = new JdbcStack();
        jdbc.use(db.ds);
        JdbcStack jdbcUtc = new JdbcStack();
        jdbcUtc.use(utc);
        JdbcStack jdbcOwn = new JdbcStack();
        jdbcOwn.use(own);
        AksaraStack aksara = new AksaraStack();
        aksara.open(db);
        JdbcStack jdbcInAksara = new JdbcStack();
        jdbcInAksara.use(aksara.pool());
        JooqStack jooq = new JooqStack();
        HibernateStack hibernate = new HibernateStack();
        if (peers) {
            jooq.open(db);
            hibernate.open(db);
        }
        Map<String, JdbcStack> raw = new LinkedHashMap<>();
        raw.put("raw JDBC on Aksara's pool (the floor: Stack.openAll)", jdbcInAksara);
        if (Boolean.parseBoolean(System.getProperty("floor.pools", "true"))) {
            raw.put("raw JDBC on the bench pool (the floor before)", jdbc);
            raw.put("raw JDBC, a second pool like the bench pool", jdbcOwn);
            raw.put("raw JDBC, a pool with session time zone UTC", jdbcUtc);
        }
        Map<String, ObjIntConsumer<Stack>> workloads = new LinkedHashMap<>();
        workloads.put("W1", (st, i) -> st.pk(Params.id(i)));
        workloads.put("W2@10", (st, i) -> st.filter(Params.level(i), 10));
        workloads.put("W2@1000", (st, i) -> st.filter(Params.level(i), 1000));
        workloads.put("W3", (st, i) -> st.page(Params.level(i), Params.offset(i)));
        workloads.put("W4", (st, i) -> st.dynamic(Params.shape(i), Params.level(i), Params.since(i), Params.prefix(i)));
        workloads.put("W5", (st, i) -> st.updatePk(Params.id(i)));
        workloads.put("W7", (st, i) -> st.prefetch(Params.city(i)));
        // W6 against raw JDBC's PostgreSQL floor, one array per column (unnest), which is what Aksara sends
        Rows.JournalData[] bulk = Params.bulkRows(Params.BULK);
        workloads.put("W6", (st, i) -> {
            if (st instanceof JdbcStack unnest) {
                unnest.bulkInsertUnnest(bulk);
            } else {
                st.bulkInsert(bulk);
            }
        });
        Map<String, Integer> batches = Map.of("W1", 50, "W2@10", 25, "W2@1000", 4, "W3", 25, "W4", 25, "W5", 25,
                "W7", 10, "W6", 5);
        pin(System.getProperty("floor.pin"), db.ds, aksara.pool());
        List<String> only = List.of(System.getProperty("floor.workloads", String.join(",", workloads.keySet())).split(","));
        try {
            for (var w : workloads.entrySet()) {
                if (!only.contains(w.getKey())) {
                    continue;
                }
                Map<String, IntConsumer> variants = new LinkedHashMap<>();
                raw.forEach((name, stack) -> variants.put(name, i -> w.getValue().accept(stack, i)));
                DataSource pool = aksara.pool();
                switch (w.getKey()) {
                    case "W2@1000" -> variants.put(AKSARA_TEXT, i -> AksaraTexts.filter(pool, Params.level(i), 1000));
                    case "W3" -> variants.put(AKSARA_TEXT, i -> AksaraTexts.page(pool, Params.level(i), Params.offset(i)));
                    case "W4" -> {
                        variants.put(AKSARA_TEXT, i -> AksaraTexts.dynamic(pool, Params.shape(i), Params.level(i),
                                Params.since(i), Params.prefix(i)));
                        // Aksara building the QuerySet (not fetched) where it builds it on its own path, among the
                        // driver's calls: what building costs there, next to what it costs on the stub
                        variants.put("raw JDBC, and Aksara builds the query (not run)", i -> {
                            w.getValue().accept(jdbcInAksara, i);
                            sink = aksara.buildDynamic(Params.shape(i), Params.level(i), Params.since(i), Params.prefix(i));
                        });
                        variants.put("Aksara, a compiled query per shape", i -> aksara.dynamicCompiled(Params.shape(i),
                                Params.level(i), Params.since(i), Params.prefix(i)));
                    }
                    case "W7" -> variants.put("raw JDBC, one join (on Aksara's pool)", i -> jdbcInAksara.prefetchJoin(Params.city(i)));
                    case "W6" -> {
                        // what Aksara's harness does besides bulkCreate: the 100 new instances, and the list of their keys
                        variants.put("raw JDBC, and makes the 100 instances (not written)", i -> {
                            jdbcInAksara.bulkInsertUnnest(bulk);
                            sink = AksaraStack.instances(bulk);
                        });
                        List<JournalBulk> kept = AksaraStack.instances(bulk);
                        variants.put("Aksara, bulkCreate of the same 100 instances (keys cleared)", i -> {
                            kept.forEach(o -> o.id = null);
                            JournalBulk.objects.bulkCreate(kept);
                        });
                    }
                    default -> { }
                }
                variants.put("Aksara", i -> w.getValue().accept(aksara, i));
                if (peers) {
                    variants.put("jOOQ (peer, bench pool)", i -> w.getValue().accept(jooq, i));
                    variants.put("Hibernate (peer, bench pool)", i -> w.getValue().accept(hibernate, i));
                }
                Runnable beforeRound = w.getKey().equals("W6") ? () -> BenchData.truncateBulk(db.ds) : () -> { };
                System.out.print(measure(w.getKey() + (peers ? ", with jOOQ and Hibernate in the rotation" : ""), variants,
                        batches.get(w.getKey()), seconds, beforeRound));
            }
        } finally {
            BenchData.ensure(db.ds); // undo W5
            if (peers) {
                hibernate.close();
                jooq.close();
            }
            aksara.close();
            own.close();
            utc.close();
            db.close();
        }
    }

    /**
     * {@code -Dfloor.pin=A,B}: moves the PostgreSQL backends of the bench pool to CPU A and those
     * of Aksara's pool to CPU B ({@code taskset}; the server must run on this machine), to see
     * whether where a stack's server process runs, rather than its code, moves its client CPU.
     */
    private static void pin(String cpus, DataSource shared, DataSource aksaras) throws Exception {
        if (cpus == null) {
            return;
        }
        String[] cpu = cpus.split(",");
        for (int k = 0; k < 2; k++) {
            List<Integer> pids = backendPids(k == 0 ? shared : aksaras);
            for (int pid : pids) {
                new ProcessBuilder("taskset", "-p", "-c", cpu[k], String.valueOf(pid)).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            }
            System.out.println((k == 0 ? "bench pool" : "Aksara's pool") + ": backends " + pids + " on CPU " + cpu[k]);
        }
    }

    /** The server process ids of all of a pool's connections (borrowed at once, so each is a different one). */
    private static List<Integer> backendPids(DataSource ds) throws SQLException {
        List<Connection> held = new ArrayList<>();
        List<Integer> pids = new ArrayList<>();
        try {
            for (int k = 0; k < BenchConfig.POOL_SIZE; k++) {
                Connection c = ds.getConnection();
                held.add(c);
                try (PreparedStatement ps = c.prepareStatement("select pg_backend_pid()"); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    pids.add(rs.getInt(1));
                }
            }
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        return pids;
    }

    /** {@code beforeRound} runs outside the timed batches (W6 empties its table there, as {@link Paired} does). */
    private static String measure(String workload, Map<String, IntConsumer> variants, int batch, double seconds,
            Runnable beforeRound) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> names = new ArrayList<>(variants.keySet());
        List<double[]> cpu = new ArrayList<>();
        List<double[]> wall = new ArrayList<>();
        int[] i = {0};
        for (int phase = 0; phase < 2; phase++) { // a warmup of the same length, then the measured rounds
            long end = System.nanoTime() + (long) (seconds * 1e9);
            int round = 0;
            while (System.nanoTime() < end) {
                beforeRound.run();
                double[] c = new double[names.size()];
                double[] w = new double[names.size()];
                for (int k = 0; k < names.size(); k++) {
                    int v = (k + round) % names.size(); // the order rotates every round
                    IntConsumer op = variants.get(names.get(v));
                    long c0 = threads.getCurrentThreadCpuTime();
                    long w0 = System.nanoTime();
                    for (int b = 0; b < batch; b++) {
                        op.accept(i[0]++);
                    }
                    w[v] = (System.nanoTime() - w0) / 1e3 / batch;
                    c[v] = (threads.getCurrentThreadCpuTime() - c0) / 1e3 / batch;
                }
                if (phase == 1) {
                    cpu.add(c);
                    wall.add(w);
                }
                round++;
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n%s, %d rounds: median per op; ratio = median "
                + "over rounds of (variant / baseline in the same round) [p25-p75]%n"
                + "| variant | client CPU µs | wall µs |%n|---|---|---|%n", workload, cpu.size()));
        for (int k = 0; k < names.size(); k++) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", names.get(k), cell(cpu, k), cell(wall, k)));
        }
        return out.toString();
    }

    /** A variant's median per op and its paired ratio to the baseline (variant 0), as Paired reports it. */
    private static String cell(List<double[]> rounds, int k) {
        double[] ratios = rounds.stream().mapToDouble(r -> r[k] / r[0]).sorted().toArray();
        return String.format(Locale.ROOT, "%.1f (%.2fx [%.2f-%.2f])", median(rounds, k), ratios[ratios.length / 2],
                ratios[ratios.length / 4], ratios[3 * ratios.length / 4]);
    }

    private static double median(List<double[]> rounds, int k) {
        double[] v = rounds.stream().mapToDouble(r -> r[k]).toArray();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
