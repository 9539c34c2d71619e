package io.aksara.bench.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The allocation gate of the stub benchmarks ({@code ./benchmark --quick}, {@code --stub}): reads
 * JMH's results, writes a table of allocation and CPU per operation (Aksara next to raw JDBC on the
 * stub driver), and fails when a benchmark allocates more than 10% above the committed baseline.
 * Allocation per operation does not depend on the machine's load, so unlike wall time it can fail
 * a build. {@code --write} records the results as the new baseline instead.
 *
 * <pre>{@code
 * java io.aksara.bench.stub.StubGate target/benchmarks/stub-result.json aksara-benchmarks/stub-baseline.json target/benchmarks/stub.md
 * }</pre>
 */
public final class StubGate {
    /** How much more a benchmark may allocate per operation than its baseline before the gate fails. */
    static final double TOLERANCE = 0.10;

    private static final String PACKAGE = "io.aksara.bench.stub.";

    /** One benchmark's numbers: bytes and CPU microseconds per operation. */
    record Result(double bytes, double cpuMicros, double micros) {}

    private StubGate() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: StubGate <jmh-result.json> <baseline.json> <table.md> [--write]");
            System.exit(2);
        }
        Map<String, Result> results = read(Path.of(args[0]));
        Path baseline = Path.of(args[1]);
        Files.writeString(Path.of(args[2]), table(results));
        System.out.print(table(results));
        if (args.length > 3 && args[3].equals("--write")) {
            write(results, baseline);
            System.err.println("stub gate: wrote the baseline " + baseline + " (" + results.size() + " benchmarks)");
            return;
        }
        List<String> failures = check(results, baseline);
        if (!failures.isEmpty()) {
            failures.forEach(f -> System.err.println("stub gate: " + f));
            System.exit(1);
        }
        System.err.println("stub gate: allocation per operation within +" + Math.round(TOLERANCE * 100) + "% of " + baseline
                + " for all " + results.size() + " stub benchmarks");
    }

    /** The stub benchmarks of a JMH result file, by name ({@code StubW2.aksara@rows=10}). */
    static Map<String, Result> read(Path jmhJson) throws IOException {
        Map<String, Result> out = new TreeMap<>();
        for (JsonNode b : new ObjectMapper().readTree(jmhJson.toFile())) {
            String name = b.get("benchmark").asText();
            if (!name.startsWith(PACKAGE)) {
                continue;
            }
            StringBuilder key = new StringBuilder(name.substring(PACKAGE.length()));
            JsonNode params = b.get("params");
            if (params != null) {
                params.properties().forEach(p -> key.append('@').append(p.getKey()).append('=').append(p.getValue().asText()));
            }
            JsonNode secondary = b.get("secondaryMetrics");
            out.put(key.toString(), new Result(score(secondary, "gc.alloc.rate.norm"), score(secondary, "cpu.thread.norm"),
                    b.get("primaryMetric").get("score").asDouble()));
        }
        return out;
    }

    private static double score(JsonNode secondary, String metric) {
        JsonNode m = secondary == null ? null : secondary.get(metric);
        return m == null ? Double.NaN : m.get("score").asDouble();
    }

    /** A message per benchmark that allocates more than the tolerance above its baseline, or is missing. */
    static List<String> check(Map<String, Result> results, Path baseline) throws IOException {
        List<String> failures = new ArrayList<>();
        if (!Files.exists(baseline)) {
            failures.add("no baseline at " + baseline + " (record one with ./benchmark --stub-baseline)");
            return failures;
        }
        JsonNode allocation = new ObjectMapper().readTree(baseline.toFile()).get("allocation");
        allocation.properties().forEach(e -> {
            Result now = results.get(e.getKey());
            double before = e.getValue().asDouble();
            if (now == null || Double.isNaN(now.bytes())) {
                failures.add(e.getKey() + " has no result in this run (baseline " + bytes(before) + " B/op in " + baseline + ")");
            } else if (now.bytes() > before * (1 + TOLERANCE)) {
                failures.add(String.format(Locale.ROOT, "%s allocates %s B/op, %+.1f%% against the baseline %s B/op in %s (limit +%d%%)",
                        e.getKey(), bytes(now.bytes()), 100 * (now.bytes() / before - 1), bytes(before), baseline,
                        Math.round(TOLERANCE * 100)));
            }
        });
        return failures;
    }

    private static void write(Map<String, Result> results, Path baseline) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("what", "bytes allocated per operation (JMH gc.alloc.rate.norm) of the stub benchmarks, as ./benchmark --stub "
                + "measures them (C1 only, 1 fork, 3 x 300 ms warmup, 3 x 300 ms); ./benchmark --quick fails above +10%");
        ObjectNode allocation = root.putObject("allocation");
        results.forEach((k, r) -> allocation.put(k, Math.round(r.bytes())));
        Files.writeString(baseline, json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    /** Aksara next to raw JDBC per workload: bytes and CPU per operation, and their ratios. */
    static String table(Map<String, Result> results) {
        StringBuilder out = new StringBuilder("| stub workload | raw JDBC B/op | Aksara B/op | ratio | raw JDBC CPU µs/op | Aksara CPU µs/op | ratio "
                + "| compiled (W6: bulkCreate alone) B/op | compiled (W6: alone) CPU µs/op |\n|---|---|---|---|---|---|---|---|---|\n");
        results.forEach((k, jdbc) -> {
            if (!k.contains(".jdbc")) {
                return;
            }
            // W6 has two raw JDBC rows: multi-row VALUES (jdbc) and one array per column (jdbcUnnest, the PostgreSQL floor)
            String base = k.replace(".jdbcUnnest", ".jdbc");
            String label = k.contains(".jdbcUnnest") ? base.replace(".jdbc", "") + " (JDBC unnest)" : base.replace(".jdbc", "");
            Result aksara = results.get(base.replace(".jdbc", ".aksara"));
            if (aksara == null) {
                return;
            }
            // W6 has no compiled query; its third column is bulkCreate alone, on instances already made
            Result compiled = results.getOrDefault(base.replace(".jdbc", ".compiled"), results.get(base.replace(".jdbc", ".aksaraCall")));
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2fx | %.2f | %.2f | %.2fx | %s | %s |%n", label,
                    bytes(jdbc.bytes()), bytes(aksara.bytes()), aksara.bytes() / jdbc.bytes(), jdbc.cpuMicros(),
                    aksara.cpuMicros(), aksara.cpuMicros() / jdbc.cpuMicros(),
                    compiled == null ? "–" : String.format(Locale.ROOT, "%s (%.2fx)", bytes(compiled.bytes()), compiled.bytes() / jdbc.bytes()),
                    compiled == null ? "–" : String.format(Locale.ROOT, "%.2f (%.2fx)", compiled.cpuMicros(), compiled.cpuMicros() / jdbc.cpuMicros())));
        });
        return out.toString();
    }

    private static String bytes(double b) {
        return String.format(Locale.ROOT, "%,d", Math.round(b));
    }
}
