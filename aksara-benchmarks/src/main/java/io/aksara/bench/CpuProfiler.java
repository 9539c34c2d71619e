package io.aksara.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof io.aksara.bench.CpuProfiler}) that reports {@code cpu.thread.norm}:
 * the CPU time of the benchmark thread per operation, in µs. Unlike the wall-clock score, it
 * leaves out the time spent waiting for PostgreSQL, so it measures what the client stack itself
 * costs (ORM + driver + pool), and it is far less sensitive to other load on a shared machine.
 * Meaningful for single-threaded benchmarks only (not W8, whose work runs on other threads).
 */
public class CpuProfiler implements InternalProfiler {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private Map<Long, Long> before = Map.of();

    @Override
    public String getDescription() {
        return "CPU time of the JMH worker threads per operation (ThreadMXBean)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = workerCpu();
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's interface uses the raw Result type
    public List<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        Map<Long, Long> after = workerCpu();
        long nanos = 0;
        for (var e : after.entrySet()) {
            nanos += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        long ops = result.getMetadata().getAllOps();
        double perOp = ops == 0 ? Double.NaN : nanos / 1000.0 / ops;
        return List.of(new ScalarResult("cpu.thread.norm", perOp, "us/op", AggregationPolicy.AVG));
    }

    private static Map<Long, Long> workerCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().contains("jmh-worker")) {
                long ns = THREADS.getThreadCpuTime(t.threadId());
                if (ns >= 0) {
                    cpu.put(t.threadId(), ns);
                }
            }
        }
        return cpu;
    }
}
