package io.aksara.bench.stub;

import io.aksara.bench.Canon;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link StubW7} with the owners' ids 100 apart, as W7's owners of one city are on PostgreSQL
 * ({@code city_id = id % 100}): the keys a prefetch looks its rows' owners up by are spread, not a
 * run of consecutive numbers, which StubW7's ids 1, 2, 3, ... are.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class StubW7Spread {
    @Param({"10", "100"})
    public int parents;

    /** Fails before measuring when the two stacks do not load the same owners and pets. */
    @Setup(Level.Trial)
    public void check(StubStacks.Jdbc jdbc, StubStacks.Aksara aksara) {
        check(jdbc, aksara, parents);
    }

    /** Both stacks' owners of {@code parents} spread owners, with their pets, compared as values. */
    static void check(StubStacks.Jdbc jdbc, StubStacks.Aksara aksara, int parents) {
        List<?> expected = jdbc.stack.prefetch(city(parents));
        List<?> loaded = aksara.stack.prefetch(city(parents));
        if (expected.size() != parents || !Canon.same(expected, loaded)) {
            throw new IllegalStateException("W7s: raw JDBC and Aksara load different owners or pets for " + parents + " parents");
        }
    }

    /** The stub's city of {@code parents} owners with spread ids. */
    static int city(int parents) {
        return StubSql.SPREAD_CITY + parents;
    }

    @Benchmark
    public List<?> jdbc(StubStacks.Jdbc s) {
        return s.stack.prefetch(city(parents));
    }

    @Benchmark
    public List<?> aksara(StubStacks.Aksara s) {
        return s.stack.prefetch(city(parents));
    }
}
