package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.Created;
import io.aksara.DatabaseConfig;
import io.aksara.F;
import io.aksara.ForUpdate;
import io.aksara.Transaction;
import io.aksara.errors.DatabaseError;
import io.aksara.errors.TransactionConflict;
import io.aksara.errors.TransactionError;
import io.aksara.errors.UniqueViolation;
import io.aksara.it.models.Inventory;
import io.aksara.it.models.QueueJob;
import io.aksara.jooq.vendor.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Many virtual threads contending for the same rows, on a real database: once per database
 * (@OnEveryDatabase). 500 threads share a pool of 10 ({@code pool10}), well under the servers'
 * max_connections (200 in ./test). Each load runs under a JFR recording that must see no virtual
 * thread pinned inside Aksara, jOOQ, HikariCP or a driver.
 */
@OnEveryDatabase
class ContentionSuite {
    private static final int THREADS = 500;
    private static final String POOL = "pool10";

    @Parameter
    TestDatabase db;

    private MigratedSchema schema;
    private DatabaseConfig config;

    @BeforeParameterizedClassInvocation
    void createTables() throws InterruptedException {
        // hundreds of writers racing, row locks and deadlocks: nothing to learn on a one-writer database
        db.assumeFeature(Feature.CONCURRENT_WRITES, Feature.SELECT_FOR_UPDATE_SKIP_LOCKED);
        config = db.config();
        Aksara.configure(config);
        Aksara.configure(POOL, DatabaseConfig.builder().url(config.url()).user(config.user())
                .password(config.password()).poolSize(10).build());
        schema = MigratedSchema.create(config, Inventory.class, QueueJob.class);
        // the work once before recording: loading a class pins a virtual thread, and which classes
        // earlier suites loaded depends on the order Surefire runs them in
        Thread.ofVirtual().start(() -> {
            Inventory.objects.using(POOL).updateOrCreate(Map.of("sku", "warm"), Map.of("stock", 1));
            Inventory.objects.using(POOL).getOrCreate(Map.of("sku", "warm"), Map.of("stock", 1));
            try { // the driver's exception classes, which the racing INSERTs of getOrCreate load
                Inventory.objects.create("sku", "warm", "stock", 1);
            } catch (UniqueViolation expected) {
                // the point of it
            }
            Inventory.objects.using(POOL).filter("sku", "warm").update("stock", F.of("stock").plus(1));
            Transaction.using(POOL).atomic(() -> QueueJob.objects.using(POOL).selectForUpdate(ForUpdate.SKIP_LOCKED)
                    .filter("done", false).orderBy("id").first());
            deadlockOnce(); // and those of a deadlock, which the racing updateOrCreate calls may hit
        }).join();
    }

    /** Two transactions that lock two rows in opposite order: the database stops one of them. */
    private static void deadlockOnce() {
        Inventory.objects.create("sku", "dl-a", "stock", 0);
        Inventory.objects.create("sku", "dl-b", "stock", 0);
        CountDownLatch bothLocked = new CountDownLatch(2);
        Runnable first = () -> lockBoth("dl-a", "dl-b", bothLocked);
        Runnable second = () -> lockBoth("dl-b", "dl-a", bothLocked);
        Thread other = Thread.ofVirtual().start(second);
        first.run();
        try {
            other.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void lockBoth(String one, String two, CountDownLatch bothLocked) {
        try {
            Transaction.atomic(() -> {
                Inventory.objects.selectForUpdate().get("sku", one);
                bothLocked.countDown();
                await(bothLocked);
                Inventory.objects.selectForUpdate().get("sku", two);
            });
        } catch (DatabaseError expected) {
            // the deadlock victim (or, on H2, a lock timeout)
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void emptyTables() {
        schema.deleteAllRows();
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema == null) {
            return;
        }
        schema.drop();
        Aksara.close();
    }

    @Test
    @Timeout(60)
    void updateOrCreateOnOneKeyFromFiveHundredThreadsMakesOneRowAndSurfacesNoError() throws Exception {
        List<Created<Inventory>> results = onVirtualThreads(THREADS, i -> () ->
                Inventory.objects.using(POOL).updateOrCreate(Map.of("sku", "K"), Map.of("stock", i)));

        assertThat(Inventory.objects.filter("sku", "K").count()).isEqualTo(1);
        assertThat(results).filteredOn(Created::created).hasSize(1);
        int last = Inventory.objects.get("sku", "K").stock;
        assertThat(last).isBetween(0, THREADS - 1);
    }

    @Test
    @Timeout(60)
    void getOrCreateOnOneKeyFromFiveHundredThreadsCreatesOnce() throws Exception {
        List<Created<Inventory>> results = onVirtualThreads(THREADS, i -> () ->
                Inventory.objects.using(POOL).getOrCreate(Map.of("sku", "G"), Map.of("stock", i)));

        assertThat(Inventory.objects.filter("sku", "G").count()).isEqualTo(1);
        assertThat(results).filteredOn(Created::created).hasSize(1);
        assertThat(results).extracting(c -> c.object().id).containsOnly(Inventory.objects.get("sku", "G").id);
    }

    @Test
    @Timeout(60)
    void fiveHundredConcurrentFIncrementsLoseNothing() throws Exception {
        Inventory.objects.create("sku", "hot", "stock", 0);

        List<Long> changed = onVirtualThreads(THREADS, i -> () ->
                Inventory.objects.using(POOL).filter("sku", "hot").update("stock", F.of("stock").plus(1)));

        assertThat(changed).containsOnly(1L);
        assertThat(Inventory.objects.get("sku", "hot").stock).isEqualTo(THREADS);
    }

    /**
     * The job-queue pattern: each worker takes the first undone job with SKIP LOCKED, marks it done
     * and commits, until it finds none. Each of 300 jobs must be handed out exactly once, and a
     * worker that finds no job must be right: every job not done then is held by a worker that
     * is still on it (checked by counting workers between "about to claim" and "committed").
     */
    @Test
    @Timeout(60)
    void aSkipLockedQueueHandsOutEachJobOnceToFiftyWorkers() throws Exception {
        int jobs = 300;
        List<QueueJob> queue = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            QueueJob j = new QueueJob();
            queue.add(j);
        }
        QueueJob.objects.bulkCreate(queue);
        AtomicInteger claiming = new AtomicInteger();
        AtomicInteger wrongEmpties = new AtomicInteger();

        List<Integer> perWorker = onVirtualThreads(50, w -> () -> {
            int taken = 0;
            while (true) {
                claiming.incrementAndGet();
                boolean got = Transaction.using(POOL).atomic(() -> {
                    Optional<QueueJob> job = QueueJob.objects.using(POOL).selectForUpdate(ForUpdate.SKIP_LOCKED)
                            .filter("done", false).orderBy("id").first();
                    job.ifPresent(j -> {
                        j.done = true;
                        j.claims++;
                        j.save();
                    });
                    return job.isPresent();
                });
                int stillClaiming = claiming.decrementAndGet();
                if (!got) {
                    // no job for us: every undone job must be one a worker still held when we looked
                    long undone = QueueJob.objects.using(POOL).filter("done", false).count();
                    if (undone > stillClaiming) {
                        wrongEmpties.incrementAndGet();
                    }
                    return taken;
                }
                taken++;
            }
        });

        assertThat(perWorker.stream().mapToInt(Integer::intValue).sum()).isEqualTo(jobs);
        assertThat(QueueJob.objects.filter("done", false).count()).isZero();
        assertThat(QueueJob.objects.filter("claims", 1).count()).as("jobs claimed exactly once").isEqualTo(jobs);
        assertThat(wrongEmpties.get()).as("workers that found no job while free jobs remained").isZero();
    }

    @Test
    void retriesRunTheOutermostBlockAgainAfterAConflictAndAreRefusedOnANestedBlock() {
        AtomicInteger attempts = new AtomicInteger();
        String result = Transaction.retries(3).atomic(() -> {
            Inventory.objects.create("sku", "R" + attempts.get(), "stock", 1);
            if (attempts.incrementAndGet() < 3) {
                throw new TransactionConflict("Deadlock (simulated)", "40001", null);
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(3);
        assertThat(Inventory.objects.filter("sku__startswith", "R").fetch()).extracting(i -> i.sku).containsExactly("R2");

        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> Transaction.retries(1).atomic(() -> {
            runs.incrementAndGet();
            throw new TransactionConflict("Deadlock (simulated)", "40P01", null);
        })).isInstanceOf(TransactionConflict.class);
        assertThat(runs).hasValue(2);

        assertThatThrownBy(() -> Transaction.atomic(() -> Transaction.retries(2).atomic(() -> { })))
                .isInstanceOf(TransactionError.class).hasMessageContaining("only the outermost block");
    }

    // ------------------------------------------------------------------ helpers

    /** Runs {@code n} tasks on virtual threads under a pinning recording; returns their results in order. */
    private static <R> List<R> onVirtualThreads(int n, java.util.function.IntFunction<Supplier<R>> task) throws Exception {
        List<Future<R>> futures = new ArrayList<>(n);
        List<R> out = new ArrayList<>(n);
        List<String> pinned;
        try (PinningRecorder pins = PinningRecorder.start()) {
            try (ExecutorService vts = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < n; i++) {
                    Supplier<R> work = task.apply(i);
                    futures.add(vts.submit((Callable<R>) work::get));
                }
                for (Future<R> f : futures) {
                    out.add(f.get(45, TimeUnit.SECONDS)); // an error in any thread surfaces here
                }
            }
            pinned = pins.stopAndFindOurs();
        }
        assertThat(pinned).as("virtual threads pinned in Aksara, jOOQ, HikariCP or a driver").isEmpty();
        return out;
    }
}
