package io.aksara.bench.stub;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * {@link StubW5}'s benchmarks with the benchmark thread a virtual thread (JMH's
 * {@code jmh.executor=VIRTUAL}): what Aksara does on a virtual thread and not on a platform thread
 * shows as the difference in bytes per operation between this row and {@code StubW5}'s (raw
 * JDBC's two rows are the control). The property is prepended, so the stub runs' own
 * {@code -jvmArgsAppend} does not drop it. Thread CPU is not measured on a virtual thread.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(jvmArgsPrepend = "-Djmh.executor=VIRTUAL")
public class StubW5Virtual extends StubW5 {}
