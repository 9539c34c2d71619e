package io.aksara.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * W7 prefetch_graph: the 50 owners of a city (cycling 1..100), each with its 2 pets. JDBC, the
 * floor: two queries on one connection (the owners, then their pets by one {@code int[]} with
 * {@code = any(?)}), grouped by a forward cursor; {@code jdbcJoin}: one left join grouped in memory
 * (the earlier baseline, kept as a second raw JDBC row); jOOQ: MULTISET; Hibernate: join fetch;
 * Aksara: prefetchRelated (a query for the owners, one query for their pets).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class W7Prefetch {
    @Benchmark
    public Object jdbc(JdbcStack s, Cursor c) {
        return s.prefetch(Params.city(c.next()));
    }

    /** Raw JDBC with one join instead of two queries: a second raw JDBC figure, not the floor. */
    @Benchmark
    public Object jdbcJoin(JdbcStack s, Cursor c) {
        return s.prefetchJoin(Params.city(c.next()));
    }

    @Benchmark
    public Object jooq(JooqStack s, Cursor c) {
        return s.prefetch(Params.city(c.next()));
    }

    @Benchmark
    public Object hibernate(HibernateStack s, Cursor c) {
        return s.prefetch(Params.city(c.next()));
    }

    @Benchmark
    public Object aksara(AksaraStack s, Cursor c) {
        return s.prefetch(Params.city(c.next()));
    }
}
