package io.aksara.bench.stub;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;

/**
 * How cost grows with the size of a result: draws the stub benchmarks W2 (rows) and W7 (parents)
 * of a JMH result file as a PNG, allocation and client CPU per operation against size on log-log
 * axes, one line per stack, and writes the per-row (per-parent) slopes next to raw JDBC's as a
 * Markdown table. Java2D only, so the plot is regenerated with the benchmarks' own classpath:
 *
 * <pre>{@code
 * ./benchmark --growth      # runs the stub W2 at 10..10,000 rows and W7 at 10..1,000 parents, then this
 * java -cp <benchmark classpath> io.aksara.bench.stub.GrowthPlot growth-result.json growth.png growth.md
 * }</pre>
 */
public final class GrowthPlot {
    private static final int PANEL_W = 560;
    private static final int PANEL_H = 360;
    private static final int MARGIN_L = 78;
    private static final int MARGIN_B = 48;
    private static final int MARGIN_T = 34;
    private static final int MARGIN_R = 18;
    private static final Map<String, Color> COLORS = Map.of(
            "jdbc", new Color(90, 90, 90), "aksara", new Color(31, 119, 180), "compiled", new Color(255, 127, 14),
            "jdbcJoin", new Color(160, 160, 160));

    private GrowthPlot() {}

    /** One measured point: a stack at one size. */
    record Point(String stack, int size, double bytes, double cpuMicros) {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GrowthPlot <jmh-result.json> <out.png> <out.md>");
            System.exit(2);
        }
        Map<String, StubGate.Result> results = StubGate.read(Path.of(args[0]));
        List<Point> w2 = points(results, "StubW2.", "rows");
        List<Point> w7 = points(results, "StubW7.", "parents");
        BufferedImage image = new BufferedImage(2 * PANEL_W, 2 * PANEL_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        panel(g, 0, 0, "W2 filter: bytes allocated per operation", "rows", "B/op", w2, true);
        panel(g, PANEL_W, 0, "W2 filter: client CPU per operation", "rows", "µs/op", w2, false);
        panel(g, 0, PANEL_H, "W7 prefetch: bytes allocated per operation", "parents (2 children each)", "B/op", w7, true);
        panel(g, PANEL_W, PANEL_H, "W7 prefetch: client CPU per operation", "parents (2 children each)", "µs/op", w7, false);
        g.dispose();
        ImageIO.write(image, "png", Path.of(args[1]).toFile());
        Files.writeString(Path.of(args[2]), slopes("W2 per row", w2) + slopes("W7 per parent", w7));
        System.out.print(Files.readString(Path.of(args[2])));
    }

    private static List<Point> points(Map<String, StubGate.Result> results, String prefix, String param) {
        List<Point> out = new ArrayList<>();
        results.forEach((key, r) -> {
            if (key.startsWith(prefix) && key.contains("@" + param + "=")) {
                String stack = key.substring(prefix.length(), key.indexOf('@'));
                int size = Integer.parseInt(key.substring(key.indexOf("@" + param + "=") + param.length() + 2).split("@")[0]);
                out.add(new Point(stack, size, r.bytes(), r.cpuMicros()));
            }
        });
        return out;
    }

    /** Per stack: the slope between the smallest and largest size, and its ratio to raw JDBC's. */
    static String slopes(String title, List<Point> points) {
        Map<String, TreeMap<Integer, Point>> byStack = byStack(points);
        TreeMap<Integer, Point> jdbc = byStack.get("jdbc");
        StringBuilder out = new StringBuilder("| " + title + " | B | ratio | CPU µs | ratio | at the smallest size: B, CPU µs |\n"
                + "|---|---|---|---|---|---|\n");
        if (jdbc == null || jdbc.size() < 2) {
            return out.append("| (no raw JDBC points) | | | | | |\n\n").toString();
        }
        double jdbcBytes = slope(jdbc, true);
        double jdbcCpu = slope(jdbc, false);
        byStack.forEach((stack, series) -> {
            if (series.size() < 2) {
                return;
            }
            double b = slope(series, true);
            double c = slope(series, false);
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %.2fx | %.3f | %.2fx | %,d, %.1f |%n", stack, b, b / jdbcBytes,
                    c, c / jdbcCpu, Math.round(series.firstEntry().getValue().bytes()), series.firstEntry().getValue().cpuMicros()));
        });
        return out.append('\n').toString();
    }

    private static double slope(TreeMap<Integer, Point> series, boolean bytes) {
        Point first = series.firstEntry().getValue();
        Point last = series.lastEntry().getValue();
        double dy = bytes ? last.bytes() - first.bytes() : last.cpuMicros() - first.cpuMicros();
        return dy / (last.size() - first.size());
    }

    private static Map<String, TreeMap<Integer, Point>> byStack(List<Point> points) {
        Map<String, TreeMap<Integer, Point>> out = new TreeMap<>();
        for (Point p : points) {
            out.computeIfAbsent(p.stack(), s -> new TreeMap<>()).put(p.size(), p);
        }
        return out;
    }

    private static void panel(Graphics2D g, int x0, int y0, String title, String xLabel, String yLabel, List<Point> points,
            boolean bytes) {
        int left = x0 + MARGIN_L;
        int top = y0 + MARGIN_T;
        int width = PANEL_W - MARGIN_L - MARGIN_R;
        int height = PANEL_H - MARGIN_T - MARGIN_B;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, left, y0 + 20);
        Map<String, TreeMap<Integer, Point>> byStack = byStack(points);
        if (points.isEmpty()) {
            g.drawString("no results", left + 10, top + 30);
            return;
        }
        double minX = Math.log10(points.stream().mapToInt(Point::size).min().orElse(1));
        double maxX = Math.log10(points.stream().mapToInt(Point::size).max().orElse(10));
        double minY = Math.floor(Math.log10(points.stream().mapToDouble(p -> value(p, bytes)).min().orElse(1)));
        double maxY = Math.ceil(Math.log10(points.stream().mapToDouble(p -> value(p, bytes)).max().orElse(10)));
        if (maxX == minX) {
            maxX = minX + 1;
        }
        if (maxY == minY) {
            maxY = minY + 1;
        }
        // grid and axis labels, one line per power of ten
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (double e = minY; e <= maxY; e++) {
            int y = top + height - (int) Math.round((e - minY) / (maxY - minY) * height);
            g.setColor(new Color(225, 225, 225));
            g.drawLine(left, y, left + width, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(power(e), left - 8 - g.getFontMetrics().stringWidth(power(e)), y + 4);
        }
        for (int size : new java.util.TreeSet<>(points.stream().map(Point::size).toList())) {
            int x = left + (int) Math.round((Math.log10(size) - minX) / (maxX - minX) * width);
            g.setColor(new Color(225, 225, 225));
            g.drawLine(x, top, x, top + height);
            g.setColor(Color.DARK_GRAY);
            String label = String.format(Locale.ROOT, "%,d", size);
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, top + height + 16);
        }
        g.setColor(Color.BLACK);
        g.drawRect(left, top, width, height);
        g.drawString(xLabel, left + width / 2 - g.getFontMetrics().stringWidth(xLabel) / 2, top + height + 36);
        g.drawString(yLabel, x0 + 8, top - 6);
        // one line per stack, with a legend in the upper left corner
        int legend = 0;
        for (Map.Entry<String, TreeMap<Integer, Point>> s : byStack.entrySet()) {
            Color color = COLORS.getOrDefault(s.getKey(), Color.MAGENTA);
            g.setColor(color);
            g.setStroke(new BasicStroke(2.2f));
            int px = -1;
            int py = -1;
            for (Point p : s.getValue().values()) {
                int x = left + (int) Math.round((Math.log10(p.size()) - minX) / (maxX - minX) * width);
                int y = top + height - (int) Math.round((Math.log10(value(p, bytes)) - minY) / (maxY - minY) * height);
                g.fillOval(x - 4, y - 4, 8, 8);
                if (px >= 0) {
                    g.drawLine(px, py, x, y);
                }
                px = x;
                py = y;
            }
            g.setStroke(new BasicStroke(1f));
            int ly = top + 18 + 18 * legend++;
            g.fillRect(left + 12, ly - 9, 14, 10);
            g.setColor(Color.BLACK);
            g.drawString(label(s.getKey()), left + 32, ly);
        }
    }

    private static double value(Point p, boolean bytes) {
        return Math.max(bytes ? p.bytes() : p.cpuMicros(), 1e-3);
    }

    private static String label(String stack) {
        return switch (stack) {
            case "jdbc" -> "raw JDBC";
            case "jdbcJoin" -> "raw JDBC, one join (W7)";
            case "aksara" -> "Aksara";
            case "compiled" -> "Aksara, compiled query";
            default -> stack;
        };
    }

    private static String power(double exponent) {
        double v = Math.pow(10, exponent);
        return v >= 1 ? String.format(Locale.ROOT, "%,d", Math.round(v)) : String.format(Locale.ROOT, "%s", v);
    }
}
