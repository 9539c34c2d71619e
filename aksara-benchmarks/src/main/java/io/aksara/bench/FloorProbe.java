package io.aksara.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import javax.sql.DataSource;

/**
 * Looks for the honest floor: raw JDBC variants that each take over one thing Aksara does and the
 * baseline does not (its SQL text and bind types, its session time zone), next to the baseline and
 * Aksara, interleaved in one JVM; reports the median client CPU and wall time per operation over
 * rounds. {@code java -cp ... io.aksara.bench.FloorProbe [seconds]} against the benchmark database.
 */
public final class FloorProbe {
    private static final String AKSARA_W2 = "select journal.id, journal.ts, journal.level, journal.text, journal.a, "
            + "journal.b, journal.c, journal.d from journal where journal.level = ? order by journal.id fetch next ? rows only";

    private FloorProbe() {}

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
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
        JdbcStack jdbc = new JdbcStack();
        jdbc.use(db.ds);
        JdbcStack jdbcUtc = new JdbcStack();
        jdbcUtc.use(utc);
        AksaraStack aksara = new AksaraStack();
        aksara.open(db);
        int n = 1000;
        Map<String, IntConsumer> w2 = new LinkedHashMap<>();
        w2.put("raw JDBC (baseline)", i -> jdbc.filter(Params.level(i), n));
        w2.put("raw JDBC, session time zone UTC", i -> jdbcUtc.filter(Params.level(i), n));
        w2.put("raw JDBC, Aksara's SQL and bind types", i -> aksaraText(db.ds, Params.level(i), n));
        w2.put("Aksara", i -> aksara.filter(Params.level(i), n));
        try {
            System.out.print(measure("W2@1000", w2, 4, seconds));
            Map<String, IntConsumer> w1 = new LinkedHashMap<>();
            w1.put("raw JDBC (baseline)", i -> jdbc.pk(Params.id(i)));
            w1.put("raw JDBC, session time zone UTC", i -> jdbcUtc.pk(Params.id(i)));
            w1.put("Aksara", i -> aksara.pk(Params.id(i)));
            System.out.print(measure("W1", w1, 50, seconds));
        } finally {
            aksara.close();
            utc.close();
            db.close();
        }
    }

    /** The W2 statement as Aksara sends it: its text, the level as an int4 and the limit as an int8. */
    private static void aksaraText(DataSource ds, int level, int n) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(AKSARA_W2)) {
            ps.setObject(1, level);
            ps.setObject(2, (long) n);
            List<Rows.JournalRow> out = new ArrayList<>(n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Rows.JournalRow(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getShort(3),
                            rs.getString(4), rs.getInt(5), rs.getLong(6), rs.getBigDecimal(7), rs.getBoolean(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String measure(String workload, Map<String, IntConsumer> variants, int batch, double seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> names = new ArrayList<>(variants.keySet());
        List<double[]> cpu = new ArrayList<>();
        List<double[]> wall = new ArrayList<>();
        int[] i = {0};
        for (int phase = 0; phase < 2; phase++) { // a warmup of the same length, then the measured rounds
            long end = System.nanoTime() + (long) (seconds * 1e9);
            int round = 0;
            while (System.nanoTime() < end) {
                double[] c = new double[names.size()];
                double[] w = new double[names.size()];
                for (int k = 0; k < names.size(); k++) {
                    int v = (k + round) % names.size(); // the order rotates every round
                    long c0 = threads.getCurrentThreadCpuTime();
                    long w0 = System.nanoTime();
                    for (int b = 0; b < batch; b++) {
                        variants.get(names.get(v)).accept(i[0]++);
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
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n%s, %d rounds: median per op (ratio to the baseline)%n"
                + "| variant | client CPU µs | wall µs |%n|---|---|---|%n", workload, cpu.size()));
        double c0 = median(cpu, 0);
        double w0 = median(wall, 0);
        for (int k = 0; k < names.size(); k++) {
            out.append(String.format(Locale.ROOT, "| %s | %.1f (%.2fx) | %.1f (%.2fx) |%n", names.get(k), median(cpu, k),
                    median(cpu, k) / c0, median(wall, k), median(wall, k) / w0));
        }
        return out.toString();
    }

    private static double median(List<double[]> rounds, int k) {
        double[] v = rounds.stream().mapToDouble(r -> r[k]).toArray();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
