package io.aksara.bench.stub;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * W7 owners with their pets (two each), {@code parents} owners. On the stub driver: the stacks'
 * own cost, no database. Raw JDBC runs two queries (the owners, then their pets by one array of
 * keys; {@code jdbcJoin}: one join, grouped in memory); Aksara runs
 * {@code prefetchRelated("pets")} (the owners, then their pets with one {@code IN} query). The stub
 * answers the owner query with as many owners as the city number asks, so the city is the count.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class StubW7 {
    @Param({"10", "100"})
    public int parents;

    @Benchmark
    public List<?> jdbc(StubStacks.Jdbc s) {
        return s.stack.prefetch(parents);
    }

    /** Raw JDBC with one join (the earlier W7 baseline), for the growth plot next to the two-query floor. */
    @Benchmark
    public List<?> jdbcJoin(StubStacks.Jdbc s) {
        return s.stack.prefetchJoin(parents);
    }

    @Benchmark
    public List<?> aksara(StubStacks.Aksara s) {
        return s.stack.prefetch(parents);
    }
}
