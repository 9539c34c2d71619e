package io.aksara.it;

import static io.aksara.it.SlowStatements.activeConnections;
import static io.aksara.it.SlowStatements.awaitFreePermits;
import static io.aksara.it.SlowStatements.awaitIdlePool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Transaction;
import io.aksara.errors.AksaraException;
import io.aksara.errors.DatabaseError;
import io.aksara.it.models.Inventory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

/**
 * The fair queue in front of Aksara's own pool ({@code DatabaseConfig.fairQueue}), once per
 * database: many virtual threads over a small pool all finish with the right results, every
 * permit comes back (after failures too), waiting in line runs into the pool's usual timeout
 * error, and a thread that already holds a connection is never queued behind others for a
 * second one.
 */
@OnEveryDatabase
class FairQueueSuite extends SuiteSchema {
    private static final String POOL3 = "fair3";
    private static final String TINY = "fair1";

    FairQueueSuite() {
        super(Inventory.class);
    }

    @BeforeParameterizedClassInvocation
    void openSmallPool() throws InterruptedException {
        Aksara.configure(POOL3, pool(3, 30_000).build());
        // the work once before any recording: a class initialised by another thread at first use
        // pins a virtual thread (JDK 25), and which classes earlier suites loaded depends on their order
        Thread.ofVirtual().start(() -> {
            Inventory.objects.using(POOL3).create("sku", "warm", "stock", 1);
            Inventory.objects.using(POOL3).filter("sku", "warm").update("stock", 2);
            Inventory.objects.using(POOL3).get("sku", "warm");
        }).join();
    }

    @AfterParameterizedClassInvocation
    void closeSmallPools() {
        Aksara.configure(POOL3, config); // closes the small pools
        Aksara.configure(TINY, config);
    }

    private DatabaseConfig.Builder pool(int size, long timeoutMs) {
        return DatabaseConfig.builder().url(config.url()).user(config.user()).password(config.password())
                .poolSize(size).connectionTimeoutMs(timeoutMs);
    }

    @Test
    void theQueueIsOnByDefaultForAksarasOwnPoolAndOffForTheApplicationsConnections() {
        assertThat(pool(7, 1_000).build().fairQueue()).isEqualTo(7);
        assertThat(pool(7, 1_000).fairQueue(false).build().fairQueue()).isZero();
        assertThat(pool(7, 1_000).fairQueue(5).build().fairQueue()).isEqualTo(5);
        assertThatThrownBy(() -> pool(3, 1_000).fairQueue(4).build()).isInstanceOf(AksaraException.class)
                .hasMessageContaining("fairQueue must be between 0 (off) and poolSize (3)");
    }

    @Test
    @Timeout(120)
    void twoHundredFiftySixVirtualThreadsOnAPoolOfThreeAllFinishAndGiveEveryPermitBack() throws Exception {
        int threads = 256;
        List<String> pinned;
        List<Integer> seen = new ArrayList<>();
        try (PinningRecorder pins = PinningRecorder.start()) {
            try (ExecutorService vts = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<Integer>> results = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    int n = i;
                    results.add(vts.submit(() -> {
                        Inventory.objects.using(POOL3).create("sku", "vt-" + n, "stock", n);
                        Inventory.objects.using(POOL3).filter("sku", "vt-" + n).update("stock", n * 2);
                        return Inventory.objects.using(POOL3).get("sku", "vt-" + n).stock;
                    }));
                }
                for (Future<Integer> f : results) {
                    seen.add(f.get(90, TimeUnit.SECONDS)); // a failure in any thread surfaces here
                }
            }
            pinned = pins.stopAndFindOurs();
        }
        for (int i = 0; i < threads; i++) {
            assertThat(seen.get(i)).as("thread %d's own row, updated", i).isEqualTo(i * 2);
        }
        assertThat(Inventory.objects.using(POOL3).count()).isEqualTo(threads);
        assertThat(awaitIdlePool(POOL3)).as("connections in use").isZero();
        assertThat(awaitFreePermits(POOL3)).as("permits back").isEqualTo(3);
        // embedded H2 runs its storage engine on the calling thread: a pin inside the engine (its page
        // splits initialising classes at first use) is the database's work, not the client's path
        assertThat(pinned.stream().filter(p -> !p.contains("pinned at [org.h2.mvstore.")).toList())
                .as("virtual threads pinned in Aksara, jOOQ, HikariCP or a driver").isEmpty();
    }

    @Test
    @Timeout(60)
    void waitingInLineRunsIntoThePoolsTimeoutWithItsUsualError() throws Exception {
        Aksara.configure(TINY, pool(1, 300).build());
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread holder = Thread.ofVirtual().start(() -> Transaction.using(TINY).atomic(() -> {
            Inventory.objects.using(TINY).count(); // the block's connection is taken
            holding.countDown();
            await(done);
        }));
        try {
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            long start = System.nanoTime();
            assertThatThrownBy(() -> Inventory.objects.using(TINY).count()).isInstanceOf(DatabaseError.class)
                    .hasMessageContaining("No database connection available")
                    .hasMessageContaining("Connection is not available, request timed out after 300ms")
                    .hasMessageContaining("total=1, active=1, idle=0")
                    .hasMessageContaining("raise poolSize");
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(250L, 10_000L);
        } finally {
            done.countDown();
            holder.join();
        }
        assertThat(Inventory.objects.using(TINY).count()).as("the next query once the block ended").isZero();
        assertThat(awaitFreePermits(TINY)).isEqualTo(1);
    }

    @Test
    @Timeout(60)
    void aThreadHoldingAConnectionTakesItsSecondOneWithoutQueueingBehindOthers() throws Exception {
        // two connections, one admitted at a time: the second connection is free, but four threads
        // wait in line for the permit the cursor's thread holds
        Aksara.configure(TINY, pool(2, 5_000).fairQueue(1).build());
        for (int i = 0; i < 3; i++) {
            Inventory.objects.using(TINY).create("sku", "s" + i, "stock", i);
        }
        List<Thread> waiting = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Integer> stocks = new ArrayList<>();
        try (Stream<Inventory> rows = Inventory.objects.using(TINY).orderBy("sku").iterate(1)) {
            var it = rows.iterator();
            stocks.add(it.next().stock); // the cursor holds the permit and a connection from here on
            for (int i = 0; i < 4; i++) {
                waiting.add(Thread.ofVirtual().start(() -> {
                    try {
                        Inventory.objects.using(TINY).count();
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                    }
                }));
            }
            Thread.sleep(200); // they queue
            while (it.hasNext()) {
                String sku = it.next().sku;
                stocks.add(Inventory.objects.using(TINY).get("sku", sku).stock); // a second lease, same thread
            }
        }
        for (Thread t : waiting) {
            t.join();
        }
        assertThat(failure.get()).as("the queued threads ran once the cursor closed").isNull();
        assertThat(stocks).containsExactly(0, 1, 2);
        assertThat(awaitIdlePool(TINY)).isZero();
        assertThat(awaitFreePermits(TINY)).isEqualTo(1);
    }

    @Test
    @Timeout(60)
    void aBlockOnOneDatabaseReadsAnotherAndAFailingBlockGivesItsPermitBack() throws Exception {
        Aksara.configure(TINY, pool(1, 2_000).build());
        Inventory.objects.using(POOL3).create("sku", "other", "stock", 5);
        int read = Transaction.using(TINY).atomic(() -> {
            Inventory.objects.using(TINY).create("sku", "kept", "stock", 1);
            return Inventory.objects.using(POOL3).get("sku", "other").stock; // another pool, inside the block
        });
        assertThat(read).isEqualTo(5);

        assertThatThrownBy(() -> Transaction.using(TINY).atomic(() -> {
            Inventory.objects.using(TINY).create("sku", "rolled-back", "stock", 2);
            Inventory.objects.using(TINY).create("sku", "kept", "stock", 3); // unique violation half-way
        })).isInstanceOf(AksaraException.class);
        Runnable givingUp = () -> {
            Inventory.objects.using(TINY).create("sku", "also-rolled-back", "stock", 2);
            throw new IllegalStateException("the application gives up");
        };
        assertThatThrownBy(() -> Transaction.using(TINY).atomic(givingUp)).isInstanceOf(IllegalStateException.class);

        assertThat(awaitFreePermits(TINY)).as("permit back after the failures").isEqualTo(1);
        assertThat(activeConnections(TINY)).isZero();
        assertThat(Inventory.objects.using(TINY).filter("sku__in", List.of("rolled-back", "also-rolled-back")).count())
                .isZero();
        assertThat(Inventory.objects.using(TINY).get("sku", "kept").stock).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
