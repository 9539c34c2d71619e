package io.aksara.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads JMH's JSON result and writes {@code summary.json} (ratio to raw JDBC per workload and
 * stack: mean time per operation, or throughput for W8; null where a stack has no result) and
 * {@code summary.md} (the tables, also printed).
 *
 * <pre>{@code java -cp ... io.aksara.bench.Summary target/benchmarks/jmh-result.json target/benchmarks}</pre>
 */
public final class Summary {
    static final List<String> STACKS = List.of("jdbc", "jooq", "hibernate", "aksara", "compiled");
    static final Map<String, String> LABELS = Map.of("jdbc", "raw JDBC", "jooq", "jOOQ DSL", "hibernate", "Hibernate 7",
            "aksara", "Aksara", "compiled", "Aksara compiled");
    /** The issue's targets for Aksara (ratio to raw JDBC, mean time per op). */
    static final Map<String, Double> TARGETS = new LinkedHashMap<>();

    static {
        TARGETS.put("W1", 1.05);
        TARGETS.put("W2@1000", 1.20);
        TARGETS.put("W5", 1.05);
        TARGETS.put("W6", 1.05);
    }

    /** What each workload does, for the table. */
    static String describe(String workload) {
        String base = workload.contains("@") ? workload.substring(0, workload.indexOf('@')) : workload;
        String param = workload.contains("@") ? workload.substring(workload.indexOf('@') + 1) : "";
        return workload + " " + switch (base) {
            case "W1" -> "PK fetch";
            case "W2" -> "filter, " + param + " rows";
            case "W3" -> "page of 20 (offset)";
            case "W4" -> "dynamic filter, 20 rows";
            case "W5" -> "update by PK";
            case "W6" -> "insert 100 rows";
            case "W7" -> "50 owners + pets";
            case "W8" -> "mixed load, " + (param.isEmpty() ? "64" : param) + " VTs (tasks/s)";
            default -> "";
        };
    }

    /** One benchmark result. */
    record Result(String workload, String method, String mode, double score, double error, String unit, double alloc,
            double cpu, List<Double> forkMeans) {
        double relError() {
            return error / score;
        }
    }

    private Summary() {}

    public static void main(String[] args) throws IOException {
        Path json = Path.of(args.length > 0 ? args[0] : "target/benchmarks/jmh-result.json");
        Path out = Path.of(args.length > 1 ? args[1] : "target/benchmarks");
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode root = mapper.readTree(json.toFile());
        Map<String, Map<String, Result>> byWorkload = new TreeMap<>(Summary::compareWorkloads);
        for (JsonNode b : root) {
            Result r = result(b);
            if (r != null) {
                byWorkload.computeIfAbsent(r.workload(), w -> new LinkedHashMap<>()).put(r.method(), r);
            }
        }

        ObjectNode summary = mapper.createObjectNode();
        for (var e : byWorkload.entrySet()) {
            if (e.getKey().equals("floor")) {
                continue;
            }
            ObjectNode row = summary.putObject(e.getKey());
            for (String stack : STACKS) {
                Double ratio = ratio(e.getValue(), stack);
                if (ratio == null) {
                    row.putNull(stack);
                } else {
                    row.put(stack, Math.round(ratio * 1000) / 1000.0);
                }
            }
        }
        Files.createDirectories(out);
        mapper.writeValue(out.resolve("summary.json").toFile(), summary);

        String md = markdown(byWorkload);
        Files.writeString(out.resolve("summary.md"), md);
        System.out.print(md);
        System.out.println("\nwrote " + out.resolve("summary.json") + " and " + out.resolve("summary.md"));
    }

    private static Result result(JsonNode b) {
        String benchmark = b.get("benchmark").asText();
        String cls = benchmark.substring(0, benchmark.lastIndexOf('.'));
        cls = cls.substring(cls.lastIndexOf('.') + 1);
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        JsonNode params = b.get("params");
        String workload = switch (cls) {
            case "Floor" -> "floor";
            case "W2Filter" -> "W2@" + params.get("n").asText();
            case "W8Mix" -> params.get("concurrency").asText().equals("64") ? "W8" : "W8@" + params.get("concurrency").asText();
            default -> cls.matches("W\\d.*") ? cls.substring(0, 2) : null;
        };
        if (workload == null) {
            return null;
        }
        JsonNode pm = b.get("primaryMetric");
        double alloc = Double.NaN;
        double cpu = Double.NaN;
        JsonNode secondary = b.get("secondaryMetrics");
        if (secondary != null) {
            for (Map.Entry<String, JsonNode> m : secondary.properties()) {
                if (m.getKey().endsWith("gc.alloc.rate.norm")) {
                    alloc = m.getValue().get("score").asDouble();
                } else if (m.getKey().endsWith("cpu.thread.norm")) {
                    cpu = m.getValue().get("score").asDouble();
                }
            }
        }
        List<Double> forkMeans = new ArrayList<>();
        for (JsonNode fork : pm.path("rawData")) {
            double sum = 0;
            for (JsonNode v : fork) {
                sum += v.asDouble();
            }
            forkMeans.add(fork.isEmpty() ? Double.NaN : sum / fork.size());
        }
        double error = pm.get("scoreError").asDouble(Double.NaN);
        return new Result(workload, method, b.get("mode").asText(), pm.get("score").asDouble(), error,
                pm.get("scoreUnit").asText(), alloc, cpu, forkMeans);
    }

    private static Double ratio(Map<String, Result> results, String stack) {
        Result base = results.get("jdbc");
        Result r = results.get(stack);
        return base == null || r == null ? null : r.score() / base.score();
    }

    private static double ratioError(Result r, Result base) {
        double ratio = r.score() / base.score();
        return ratio * Math.sqrt(Math.pow(r.relError(), 2) + Math.pow(base.relError(), 2));
    }

    private static String markdown(Map<String, Map<String, Result>> byWorkload) {
        StringBuilder sb = new StringBuilder();
        sb.append("Mean µs/op (W8: tasks/s, higher is better) and ratio to raw JDBC in the same run; ")
                .append("± is JMH's 99.9% confidence half-width (on the ratio: relative errors in quadrature).\n\n");
        sb.append("| workload |");
        STACKS.forEach(s -> sb.append(' ').append(LABELS.get(s)).append(" |"));
        sb.append("\n|---|");
        STACKS.forEach(s -> sb.append("---|"));
        sb.append('\n');
        Map<String, Result> floor = byWorkload.get("floor");
        if (floor != null && floor.containsKey("select1")) {
            Result f = floor.get("select1");
            sb.append("| floor `SELECT 1` | ").append(fmt(f.score())).append(pm(f.error())).append(" | | | | |\n");
        }
        for (var e : byWorkload.entrySet()) {
            if (e.getKey().equals("floor")) {
                continue;
            }
            Result base = e.getValue().get("jdbc");
            sb.append("| ").append(describe(e.getKey())).append(" |");
            for (String stack : STACKS) {
                Result r = e.getValue().get(stack);
                if (r == null) {
                    sb.append(" n/a |");
                } else if (stack.equals("jdbc") || base == null) {
                    sb.append(' ').append(fmt(r.score())).append(pm(r.error())).append(" |");
                } else {
                    double err = ratioError(r, base);
                    sb.append(' ').append(fmt(r.score())).append(String.format(Locale.ROOT, " (**%.2fx**%s)",
                            r.score() / base.score(), Double.isNaN(err) ? "" : String.format(Locale.ROOT, " ±%.2f", err)))
                            .append(" |");
                }
            }
            sb.append('\n');
        }

        sb.append("\nAllocation per operation (JMH `-prof gc`, `gc.alloc.rate.norm`), bytes:\n\n| workload |");
        STACKS.forEach(s -> sb.append(' ').append(LABELS.get(s)).append(" |"));
        sb.append("\n|---|");
        STACKS.forEach(s -> sb.append("---|"));
        sb.append('\n');
        for (var e : byWorkload.entrySet()) {
            if (e.getKey().startsWith("W8") || e.getKey().equals("floor")) {
                continue;
            }
            sb.append("| ").append(describe(e.getKey())).append(" |");
            for (String stack : STACKS) {
                Result r = e.getValue().get(stack);
                sb.append(r == null || Double.isNaN(r.alloc()) ? " n/a |" : String.format(Locale.ROOT, " %,.0f |", r.alloc()));
            }
            sb.append('\n');
        }

        sb.append("\nClient CPU per operation: CPU time of the benchmark thread (`-prof io.aksara.bench.CpuProfiler`), µs, ")
                .append("and ratio to raw JDBC. It leaves out the wait for PostgreSQL, so it is what each stack itself costs ")
                .append("(ORM + driver + pool) and is much less sensitive to other load on the machine:\n\n| workload |");
        STACKS.forEach(s -> sb.append(' ').append(LABELS.get(s)).append(" |"));
        sb.append("\n|---|");
        STACKS.forEach(s -> sb.append("---|"));
        sb.append('\n');
        for (var e : byWorkload.entrySet()) {
            if (e.getKey().startsWith("W8")) {
                continue;
            }
            Result base = e.getValue().get(e.getKey().equals("floor") ? "select1" : "jdbc");
            sb.append("| ").append(e.getKey().equals("floor") ? "floor `SELECT 1`" : describe(e.getKey())).append(" |");
            for (String stack : STACKS) {
                Result r = e.getValue().get(stack.equals("jdbc") && e.getKey().equals("floor") ? "select1" : stack);
                if (r == null || Double.isNaN(r.cpu())) {
                    sb.append(e.getKey().equals("floor") ? " |" : " n/a |");
                } else if (r == base || base == null || Double.isNaN(base.cpu())) {
                    sb.append(' ').append(fmt(r.cpu())).append(" |");
                } else {
                    sb.append(String.format(Locale.ROOT, " %s (%.2fx) |", fmt(r.cpu()), r.cpu() / base.cpu()));
                }
            }
            sb.append('\n');
        }

        Map<String, Result> w8 = byWorkload.get("W8");
        if (w8 != null) {
            sb.append("\nW8, virtual threads vs a platform FixedThreadPool(5) (tasks/s):\n\n");
            for (String stack : List.of("jdbc", "aksara")) {
                Result vt = w8.get(stack);
                Result pl = w8.get(stack + "_platform");
                if (vt != null && pl != null) {
                    double err = ratioError(vt, pl);
                    sb.append(String.format(Locale.ROOT, "- %s: virtual threads %s%s, platform pool %s%s, virtual/platform **%.2fx**%s%n",
                            LABELS.get(stack), fmt(vt.score()), pm(vt.error()), fmt(pl.score()), pm(pl.error()),
                            vt.score() / pl.score(), Double.isNaN(err) ? "" : String.format(Locale.ROOT, " ±%.2f", err)));
                }
            }
        }
        joinRow(sb, byWorkload.get("W7"));
        fairQueue(sb, byWorkload);

        sb.append("\nTargets for Aksara (issue 7):\n\n| target | measured | met? |\n|---|---|---|\n");
        for (var t : TARGETS.entrySet()) {
            Map<String, Result> results = byWorkload.get(t.getKey());
            Double r = results == null ? null : ratio(results, "aksara");
            sb.append("| ").append(t.getKey()).append(" ≤ ").append(t.getValue()).append("x JDBC | ")
                    .append(r == null ? "n/a" : String.format(Locale.ROOT, "%.2fx", r)).append(" | ")
                    .append(r == null ? "not measured" : r <= t.getValue() ? "met" : "**not met**").append(" |\n");
        }
        for (var e : byWorkload.entrySet()) {
            if (e.getKey().equals("floor")) {
                continue;
            }
            Result a = e.getValue().get("aksara");
            Result j = e.getValue().get("jooq");
            Result h = e.getValue().get("hibernate");
            String measured;
            String met;
            if (a == null) {
                measured = "n/a (not implemented)";
                met = "**not met**";
            } else {
                boolean throughput = a.mode().equals("thrpt");
                boolean beatsJooq = j == null || (throughput ? a.score() > j.score() : a.score() < j.score());
                boolean beatsHibernate = h == null || (throughput ? a.score() > h.score() : a.score() < h.score());
                measured = String.format(Locale.ROOT, "Aksara %s, jOOQ %s, Hibernate %s", fmt(a.score()),
                        j == null ? "-" : fmt(j.score()), h == null ? "-" : fmt(h.score()));
                met = beatsJooq && beatsHibernate ? "met" : "**not met**" + (beatsJooq ? " (slower than Hibernate)"
                        : beatsHibernate ? " (slower than jOOQ)" : " (slower than both)");
            }
            sb.append("| ").append(e.getKey()).append(": faster than jOOQ and Hibernate | ").append(measured).append(" | ")
                    .append(met).append(" |\n");
        }
        return sb.toString();
    }

    private static String pm(double error) {
        return Double.isNaN(error) ? "" : " ±" + fmt(error);
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "?";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** floor first, then W1, W2@10, W2@100, W2@1000, W3, ... (numeric parameter order). */
    static int compareWorkloads(String a, String b) {
        return key(a).compareTo(key(b));
    }

    private static String key(String w) {
        if (w.equals("floor")) {
            return "0";
        }
        int at = w.indexOf('@');
        if (at < 0) {
            return w + "@00000000";
        }
        return w.substring(0, at) + "@" + String.format("%08d", Integer.parseInt(w.substring(at + 1)));
    }

    /**
     * W8 at every concurrency, waiting for a connection in HikariCP's hand-off (raw JDBC, Aksara
     * with {@code fairQueue(false)}) or in a fair queue in front of the pool (raw JDBC inside a
     * fair semaphore, Aksara's default): each Aksara figure over raw JDBC's waiting the same way.
     */
    private static void fairQueue(StringBuilder sb, Map<String, Map<String, Result>> byWorkload) {
        boolean header = false;
        for (var e : byWorkload.entrySet()) {
            Map<String, Result> w = e.getValue();
            if (!e.getKey().startsWith("W8") || !w.containsKey("jdbc_gated")) {
                continue;
            }
            if (!header) {
                sb.append("\nW8, waiting in the pool's hand-off vs in a fair queue in front of it (tasks/s, ratio to raw JDBC"
                        + " waiting the same way):\n\n| workload | raw JDBC | Aksara, queue off | raw JDBC + fair semaphore"
                        + " | Aksara (fair queue) |\n|---|---|---|---|---|\n");
                header = true;
            }
            sb.append("| ").append(describe(e.getKey())).append(" |");
            cellVs(sb, w.get("jdbc"), null);
            cellVs(sb, w.get("aksara_ungated"), w.get("jdbc"));
            cellVs(sb, w.get("jdbc_gated"), null);
            cellVs(sb, w.get("aksara"), w.get("jdbc_gated"));
            sb.append('\n');
        }
    }

    /**
     * W7's second raw JDBC figure: one join grouped in memory, next to the floor (two queries), and
     * Aksara's wall time and client CPU over each.
     */
    private static void joinRow(StringBuilder sb, Map<String, Result> w7) {
        Result join = w7 == null ? null : w7.get("jdbcJoin");
        Result floor = w7 == null ? null : w7.get("jdbc");
        Result aksara = w7 == null ? null : w7.get("aksara");
        if (join == null || floor == null) {
            return;
        }
        sb.append(String.format(Locale.ROOT, "%nW7, raw JDBC with one join instead of two queries: %s µs/op%s (**%.2fx** of the "
                + "two-query floor), client CPU %s µs (%.2fx)", fmt(join.score()), pm(join.error()), join.score() / floor.score(),
                fmt(join.cpu()), join.cpu() / floor.cpu()));
        if (aksara != null) {
            sb.append(String.format(Locale.ROOT, "; Aksara over it: **%.2fx** wall, %.2fx client CPU", aksara.score() / join.score(),
                    aksara.cpu() / join.cpu()));
        }
        sb.append('\n');
    }

    private static void cellVs(StringBuilder sb, Result r, Result base) {
        if (r == null) {
            sb.append(" n/a |");
        } else if (base == null) {
            sb.append(' ').append(fmt(r.score())).append(pm(r.error())).append(" |");
        } else {
            double err = ratioError(r, base);
            sb.append(String.format(Locale.ROOT, " %s (**%.2fx**%s) |", fmt(r.score()), r.score() / base.score(),
                    Double.isNaN(err) ? "" : String.format(Locale.ROOT, " ±%.2f", err)));
        }
    }
}
