package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.errors.AksaraException;
import io.aksara.it.models.Label;
import io.aksara.routing.PrimaryReplicaRouter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A PostgreSQL failover while the application writes: the primary of a {@link ReplicaPair} is
 * stopped and its streaming replica promoted. The application's only configuration is pgjdbc's
 * multi-host URL ({@code targetServerType=primary} for writes, {@code preferSecondary} for reads,
 * {@code hostRecheckSeconds=1}). It runs on the servers only, not once per {@code TestDatabase}. The
 * time bounds are generous and only say "it does not hang"; the measured switch time is printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FailoverSuite {
    private ReplicaPair servers;

    @BeforeAll
    void startPrimaryAndReplica() {
        servers = ReplicaPair.start();
        Aksara.routers();
        Aksara.configure(config(servers.bothHosts("primary")));
        Aksara.configure("reads", config(servers.bothHosts("preferSecondary")));
        MigratedSchema.create(servers.primary(), Label.class);
    }

    @AfterAll
    void stopServers() {
        Aksara.routers();
        Aksara.close();
        if (servers != null) {
            servers.discard(); // the promoted replica is made a replica again by the next ReplicaPair.start()
        }
    }

    private static DatabaseConfig config(String url) {
        return DatabaseConfig.builder().url(url).user("aksara").password("aksara").poolSize(4).connectionTimeoutMs(2_000).build();
    }

    @Test
    void theApplicationCarriesOnAfterAFailoverWithEveryAcknowledgedWrite() throws Exception {
        Aksara.routers(PrimaryReplicaRouter.of(Aksara.DEFAULT, "reads").readYourWrites(Duration.ZERO));
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger failedCalls = new AtomicInteger();
        AtomicLong firstFailedCallStart = new AtomicLong();
        AtomicLong recoveredAt = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        Thread writer = Thread.ofVirtual().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                int n = next.getAndIncrement();
                long callStart = System.nanoTime();
                try {
                    Label.objects.create("name", "row " + n);
                    acknowledged.add(n); // create returned: the commit was acknowledged
                    if (firstFailedCallStart.get() != 0) {
                        recoveredAt.compareAndSet(0, System.nanoTime());
                    }
                } catch (AksaraException e) {
                    failedCalls.incrementAndGet();
                    firstFailedCallStart.compareAndSet(0, callStart);
                }
                sleep(20);
            }
        });
        awaitAcknowledged(acknowledged, 20);
        servers.stopPrimary();
        servers.promoteReplica();
        int before = acknowledged.size();
        awaitAcknowledged(acknowledged, before + 20);
        writer.interrupt();
        writer.join(Duration.ofSeconds(10));
        Duration outage = Duration.ofNanos(recoveredAt.get() - firstFailedCallStart.get());
        System.out.printf("failover: %d failed calls; %d ms from the start of the first failed call to the next"
                + " acknowledged write (stop, promotion and reconnection)%n", failedCalls.get(), outage.toMillis());

        List<String> rows = Label.objects.valuesList("name", String.class).fetch(); // "reads": now the only server
        for (int n : acknowledged) {
            assertThat(rows).as("acknowledged write %s", n).contains("row " + n);
        }
        assertThat(failedCalls.get()).as("a bounded number of failed calls").isBetween(1, 500);
        assertThat(Label.objects.using(Aksara.DEFAULT).count()).isEqualTo(rows.size());
    }

    private static void awaitAcknowledged(Set<Integer> acknowledged, int atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acknowledged.size() < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("writes did not reach " + atLeast + " within 60 s (" + acknowledged.size() + ")");
            }
            sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
