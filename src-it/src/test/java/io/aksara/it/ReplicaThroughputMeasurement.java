package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.internal.Routing;
import io.aksara.it.models.Label;
import io.aksara.routing.PrimaryReplicaRouter;
import io.aksara.routing.WriteScope;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * Not part of the build's tests (its name ends in neither Suite nor Test): the measurement behind
 * docs/scaling.md's "primary alone vs primary + replica". A read-heavy mix (90 % get by primary key,
 * 10 % update of one row, each operation its own {@link WriteScope} as a request would be) from 16
 * virtual threads, after 12 s of warm-up, in rounds that alternate routing off (everything on the primary) and a
 * {@link PrimaryReplicaRouter} (reads on the streaming replica), so both modes see the same machine
 * load. Run it alone: {@code ./test -pl src-it -am -Dtest=ReplicaThroughputMeasurement
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ReplicaThroughputMeasurement {
    private static final int THREADS = 16;
    private static final int ROWS = 1_000;
    private static final long ROUND_MILLIS = 3_000;
    /** A B B A A B B A: a linear drift (JIT warm-up, other load) weighs on both modes alike. */
    private static final int[] MODES = {0, 1, 1, 0, 0, 1, 1, 0};

    @Test
    void readHeavyMixOnThePrimaryAloneAndWithItsReplica() throws Exception {
        ReplicaPair servers = ReplicaPair.start();
        try {
            Aksara.routers();
            Aksara.configure(pooled(servers.primary()));
            Aksara.configure("replica", pooled(servers.replica()));
            MigratedSchema schema = MigratedSchema.create(servers.primary(), Label.class);
            List<Label> rows = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                rows.add(Label.objects.build("name", "label " + i));
            }
            Label.objects.bulkCreate(rows);
            long[] ids = rows.stream().mapToLong(l -> l.id).toArray();
            Thread.sleep(1_000); // the replica catches up with the seed rows
            PrimaryReplicaRouter router = PrimaryReplicaRouter.of(Aksara.DEFAULT, "replica");

            long[] ops = new long[2];
            long[] millis = new long[2];
            for (int warmUp = 0; warmUp < 4; warmUp++) {      // both paths compiled before anything counts
                Aksara.routers(warmUp % 2 == 0 ? new io.aksara.routing.Router[0] : new io.aksara.routing.Router[] {router});
                mix(ids, 3_000);
            }
            for (int round = 0; round < MODES.length; round++) {
                int mode = MODES[round];
                if (mode == 1) {
                    Aksara.routers(router);
                    assertThat(WriteScope.call(() -> Routing.forRead(null, Label.class))).isEqualTo("replica");
                } else {
                    Aksara.routers();
                }
                long start = System.nanoTime();
                long done = mix(ids, ROUND_MILLIS);
                long took = (System.nanoTime() - start) / 1_000_000;
                ops[mode] += done;
                millis[mode] += took;
                System.out.printf("round %d %s: %d ops in %d ms = %.0f ops/s%n", round, mode == 0 ? "primary alone" : "primary + replica",
                        done, took, done * 1000.0 / took);
            }
            double alone = ops[0] * 1000.0 / millis[0];
            double withReplica = ops[1] * 1000.0 / millis[1];
            System.out.printf("read-heavy mix: primary alone %.0f ops/s, primary + replica %.0f ops/s, ratio %.2f (load %s)%n",
                    alone, withReplica, withReplica / alone, java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
            assertThat(ops[0]).isPositive();
            assertThat(ops[1]).isPositive();
            Aksara.routers();
            schema.drop();
        } finally {
            Aksara.routers();
            Aksara.close();
            servers.discard();
        }
    }

    private static DatabaseConfig pooled(DatabaseConfig config) {
        return DatabaseConfig.builder().url(config.url()).user(config.user()).password(config.password()).poolSize(8).build();
    }

    /** Runs the mix on {@link #THREADS} virtual threads for {@code millis}; the operations completed. */
    private static long mix(long[] ids, long millis) throws InterruptedException {
        LongAdder done = new LongAdder();
        long end = System.nanoTime() + millis * 1_000_000;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            threads.add(Thread.ofVirtual().start(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    long id = ids[random.nextInt(ids.length)];
                    boolean write = random.nextInt(10) == 0;
                    WriteScope.run(() -> {
                        if (write) {
                            Label.objects.filter("pk", id).update("name", "renamed " + random.nextInt(1_000));
                        } else {
                            Label.objects.get("pk", id);
                        }
                    });
                    done.increment();
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return done.sum();
    }
}
