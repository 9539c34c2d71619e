package io.aksara.bench;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.bench.models.World;
import io.aksara.bench.stub.StubDriver;
import io.aksara.internal.Routing;
import io.aksara.routing.PrimaryReplicaRouter;
import io.aksara.routing.ShardRouter;
import io.aksara.routing.ShardStrategy;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What a router costs per query: W1's primary-key get on the stub driver (no database, so the
 * difference is Aksara's own work) with routing off, with a {@link PrimaryReplicaRouter} (reads to
 * a replica alias) and with a {@link ShardRouter} (the shard picked from the key in the filter).
 * Every alias points to the same stub database; only the routing differs. Compare the three in
 * one run: {@code java -cp ... org.openjdk.jmh.Main 'RoutingOverhead'}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RoutingOverhead {
    /** Aksara on the stub driver with routing off. */
    @State(Scope.Benchmark)
    public static class Off {
        final AksaraStack stack = new AksaraStack();

        @Setup(Level.Trial)
        public void open() {
            StubDriver.register();
            Aksara.routers();
            stack.openAt(StubDriver.URL);
        }

        @TearDown(Level.Trial)
        public void close() {
            Aksara.routers();
            stack.close();
        }
    }

    /** Reads routed to a replica alias; its lag is checked once an hour (the stub has no replication to ask about). */
    @State(Scope.Benchmark)
    public static class PrimaryReplica extends Off {
        @Override
        @Setup(Level.Trial)
        public void open() {
            super.open();
            Aksara.configure("replica", DatabaseConfig.builder().url(StubDriver.URL).poolSize(BenchConfig.POOL_SIZE).build());
            Aksara.routers(PrimaryReplicaRouter.of(Aksara.DEFAULT, "replica").readYourWrites(Duration.ZERO)
                    .maxLag(Duration.ofDays(365)).lagCheckEvery(Duration.ofHours(1)));
            String routed = Routing.forRead(null, World.class);
            if (!"replica".equals(routed)) { // the measurement would not be of the replica path
                throw new IllegalStateException("reads should route to the replica alias, went to " + routed);
            }
        }
    }

    /** World sharded by its id over two aliases: each get names its shard through the key in its filter. */
    @State(Scope.Benchmark)
    public static class Sharded extends Off {
        @Override
        @Setup(Level.Trial)
        public void open() {
            super.open();
            Aksara.configure("shard1", DatabaseConfig.builder().url(StubDriver.URL).poolSize(BenchConfig.POOL_SIZE).build());
            Aksara.routers(ShardRouter.of(ShardStrategy.hash(Aksara.DEFAULT, "shard1")).shard(World.class, "id"));
        }
    }

    @Benchmark
    public Object routingOff(Off s, Cursor c) {
        return s.stack.pk(Params.id(c.next()));
    }

    @Benchmark
    public Object primaryReplica(PrimaryReplica s, Cursor c) {
        return s.stack.pk(Params.id(c.next()));
    }

    @Benchmark
    public Object sharded(Sharded s, Cursor c) {
        return s.stack.pk(Params.id(c.next()));
    }
}
