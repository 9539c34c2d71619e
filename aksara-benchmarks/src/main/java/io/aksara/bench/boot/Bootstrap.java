package io.aksara.bench.boot;

import io.aksara.bench.BenchConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Time to the first query result of an application with 50 models, in fresh JVMs: for each run
 * and each stack (in an order that rotates from run to run, so load that comes and goes hits
 * every stack alike) a new JVM runs {@link FirstQuery}; the time from starting the process to
 * reading its result line is the measure (JVM start, class loading, the stack's bootstrap, the
 * pool's first connection, the query). Also kept: the child's own uptime and process CPU time at
 * that point. The table gives medians and ratios to raw JDBC.
 *
 * <pre>{@code
 * ./benchmark --bootstrap [RUNS]        # default 11 runs per stack
 * java -cp <benchmark classpath> io.aksara.bench.boot.Bootstrap 11 target/benchmarks/bootstrap.md
 * }</pre>
 */
public final class Bootstrap {
    private static final List<String> STACKS = List.of("jdbc", "aksara", "aksara-lazy", "hibernate");

    private Bootstrap() {}

    /** One fresh JVM: wall time from process start to the result line, and the child's own clocks. */
    record Run(double wallMs, double uptimeMs, double cpuMs) {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        Path out = Path.of(args.length > 1 ? args[1] : "target/benchmarks/bootstrap.md");
        createTables();
        Map<String, List<Run>> results = new LinkedHashMap<>();
        STACKS.forEach(s -> results.put(s, new ArrayList<>()));
        for (int r = 0; r < runs; r++) {
            for (int k = 0; k < STACKS.size(); k++) {
                String stack = STACKS.get((r + k) % STACKS.size());
                Run run = run(stack);
                results.get(stack).add(run);
                System.err.printf(Locale.ROOT, "bootstrap: run %d %-11s %7.0f ms (uptime %.0f ms, CPU %.0f ms)%n",
                        r + 1, stack, run.wallMs(), run.uptimeMs(), run.cpuMs());
            }
        }
        String table = table(results, runs);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, table);
        System.out.print(table);
    }

    private static Run run(String stack) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xms1g", "-Xmx1g", "-XX:+UseG1GC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dorg.jboss.logging.provider=slf4j",
                "-cp", System.getProperty("java.class.path"), FirstQuery.class.getName(), stack));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("FIRST-RESULT ")) {
                    double wall = (System.nanoTime() - start) / 1e6;
                    String[] parts = line.split(" ");
                    p.waitFor();
                    return new Run(wall, Double.parseDouble(parts[1]), Long.parseLong(parts[2]) / 1e6);
                }
            }
        }
        throw new IllegalStateException(stack + " printed no result (exit " + p.waitFor() + "); run "
                + FirstQuery.class.getName() + " " + stack + " by hand to see why");
    }

    static String table(Map<String, List<Run>> results, int runs) {
        double jdbcWall = median(results.get("jdbc"), Run::wallMs);
        double jdbcCpu = median(results.get("jdbc"), Run::cpuMs);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Time to the first result, 50 models, fresh JVMs (median of %d runs per stack; load %s)%n%n"
                        + "| stack | process start to result, ms | ratio | JVM uptime at result, ms | process CPU, ms | ratio |%n"
                        + "|---|---|---|---|---|---|%n", runs, loadAverage()));
        results.forEach((stack, list) -> {
            double wall = median(list, Run::wallMs);
            double cpu = median(list, Run::cpuMs);
            out.append(String.format(Locale.ROOT, "| %s | %.0f | %.2fx | %.0f | %.0f | %.2fx |%n", stack, wall, wall / jdbcWall,
                    median(list, Run::uptimeMs), cpu, cpu / jdbcCpu));
        });
        return out.toString();
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> value) {
        double[] v = runs.stream().mapToDouble(value).sorted().toArray();
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The 50 tables and their row 1, made once (idempotent). */
    private static void createTables() throws SQLException {
        try (Connection c = DriverManager.getConnection(BenchConfig.url(), BenchConfig.user(), BenchConfig.password());
                Statement st = c.createStatement()) {
            for (int k = 1; k <= FirstQuery.MODELS; k++) {
                String table = String.format("boot_m%02d", k);
                String parent = k == 1 ? "" : String.format(", parent_id bigint references boot_m%02d (id) on delete set null", k - 1);
                st.execute("create table if not exists " + table + " (id bigserial primary key, name varchar(100) not null,"
                        + " amount integer not null, price numeric(10, 2) not null, active boolean not null,"
                        + " created_at timestamp with time zone not null, note text" + parent + ")");
                st.execute("insert into " + table + " (id, name, amount, price, active, created_at) values (1, 'row 1 of "
                        + table + "', 1, 1.50, true, timestamp with time zone '2026-01-01 00:00:00+00') on conflict (id) do nothing");
            }
        }
    }
}
