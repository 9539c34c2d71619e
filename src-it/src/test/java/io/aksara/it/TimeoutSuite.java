package io.aksara.it;

import static io.aksara.it.SlowStatements.activeConnections;
import static io.aksara.it.SlowStatements.awaitGone;
import static io.aksara.it.SlowStatements.awaitIdlePool;
import static io.aksara.it.SlowStatements.awaitRunning;
import static io.aksara.it.SlowStatements.sleeping;
import static io.aksara.it.SlowStatements.slowPerRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Q;
import io.aksara.Transaction;
import io.aksara.errors.QueryCancelled;
import io.aksara.errors.QueryTimeout;
import io.aksara.it.models.Inventory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Time limits and cancellation on a real database, once per database (@OnEveryDatabase). Every
 * test checks what an operator would: the call fails with a clear error, the statement is gone
 * from the server's list of running queries, the pool has no connection left in use, and the next query
 * works. The bounds on elapsed time are generous on purpose: they prove that nothing hangs, not
 * that anything is fast.
 */
@OnEveryDatabase
class TimeoutSuite {
    /** "Does not hang": far above every limit used here, far below the statements' own length. */
    private static final Duration NO_HANG = Duration.ofSeconds(15);
    private static final int SLEEP_SECONDS = 30;

    @Parameter
    TestDatabase db;

    private MigratedSchema schema;
    private DatabaseConfig config;
    private String vendor;

    @BeforeParameterizedClassInvocation
    void createTables() {
        config = db.config();
        Aksara.configure(config);
        Aksara.configure("observer", config);
        schema = MigratedSchema.create(config, Inventory.class);
        vendor = Aksara.backend().vendor();
        SlowStatements.prepare(vendor);
    }

    @BeforeEach
    void oneRow() {
        schema.deleteAllRows();
        Inventory.objects.create("sku", "A", "stock", 1); // the slow condition is evaluated on a row
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
    void aQuerySetTimeoutStopsTheStatementOnTheServer() throws Exception {
        long start = System.nanoTime();

        assertThatThrownBy(() -> Inventory.objects.filter(sleeping(vendor, SLEEP_SECONDS)).timeout(Duration.ofMillis(500)).fetch())
                .isInstanceOf(QueryTimeout.class)
                .hasMessageContaining("Inventory fetch()")
                .hasMessageContaining("500 ms")
                .hasMessageContaining("QuerySet.timeout")
                .satisfies(e -> assertThat(((QueryTimeout) e).limit()).isEqualTo(Duration.ofMillis(500)));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(NO_HANG);
        assertStoppedAndPoolUsable();
    }

    @Test
    @Timeout(60)
    void theDatabaseDefaultLimitsEveryStatementAndAQuerySetTimeoutReplacesIt() throws Exception {
        Aksara.configure("limited", DatabaseConfig.builder().url(config.url()).user(config.user())
                .password(config.password()).poolSize(2).statementTimeout(Duration.ofMillis(400)).build());
        try {
            assertThat(Inventory.objects.using("limited").count()).isEqualTo(1); // quick statements are unaffected
            assertThatThrownBy(() -> Inventory.objects.using("limited").filter(sleeping(vendor, SLEEP_SECONDS)).count())
                    .isInstanceOf(QueryTimeout.class)
                    .hasMessageContaining("statementTimeout of 400 ms");
            assertThat(awaitGone("observer", NO_HANG)).isZero();
            // a longer limit of its own replaces the default: this one runs past 400 ms and succeeds
            assertThat(Inventory.objects.using("limited").filter(slowPerRow(vendor, 700)).timeout(Duration.ofSeconds(20)).count())
                    .isEqualTo(1);
            assertThat(awaitIdlePool("limited")).isZero();
        } finally {
            Aksara.configure("limited", config);
        }
    }

    @Test
    @Timeout(60)
    void anAtomicBlockTimeoutGivesEachStatementTheRemainingTimeAndRollsBack() throws Exception {
        long start = System.nanoTime();

        assertThatThrownBy(() -> Transaction.timeout(Duration.ofMillis(800)).atomic(() -> {
            Inventory.objects.create("sku", "B", "stock", 2);
            Inventory.objects.filter(sleeping(vendor, SLEEP_SECONDS)).fetch();
        })).isInstanceOf(QueryTimeout.class).hasMessageContaining("atomic block's timeout(800 ms)");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(NO_HANG);
        assertThat(Inventory.objects.filter("sku", "B").exists()).as("the block's INSERT was rolled back").isFalse();
        assertStoppedAndPoolUsable();
    }

    @Test
    void aBlockStillRunningAtItsDeadlineIsRolledBackInsteadOfCommitted() throws Exception {
        assertThatThrownBy(() -> Transaction.timeout(Duration.ofMillis(200)).atomic(() -> {
            Inventory.objects.create("sku", "B", "stock", 2);
            sleep(400); // slow Java work: no statement to cancel, but the deadline has passed at the end
        })).isInstanceOf(QueryTimeout.class).hasMessageContaining("rolled back instead of committed");

        assertThat(Inventory.objects.filter("sku", "B").exists()).isFalse();
        assertThatThrownBy(() -> Transaction.timeout(Duration.ofMillis(300)).atomic(() -> {
            sleep(400);
            Inventory.objects.count(); // no time left: refused before any SQL
        })).isInstanceOf(QueryTimeout.class).hasMessageContaining("nothing more was run");
        assertThat(awaitIdlePool(Aksara.DEFAULT)).isZero();
    }

    @Test
    @Timeout(60)
    void cancellingAnAsyncFetchCancelsTheStatementOnTheServer() throws Exception {
        CompletableFuture<List<Inventory>> f = Inventory.objects.filter(sleeping(vendor, SLEEP_SECONDS)).fetchAsync();
        assertThat(awaitRunning("observer", NO_HANG)).as("the statement started").isTrue();
        long start = System.nanoTime();

        assertThat(f.cancel(true)).isTrue();

        assertThat(awaitGone("observer", NO_HANG)).isZero();
        assertThat(awaitIdlePool(Aksara.DEFAULT)).isZero();
        assertThat(SlowStatements.awaitFreePermits(Aksara.DEFAULT)).as("the fair queue's permits back")
                .isEqualTo(Aksara.config(Aksara.DEFAULT).poolSize());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(NO_HANG);
        assertThat(f.isCancelled()).isTrue();
        assertThat(Inventory.objects.count()).isEqualTo(1);
    }

    @Test
    @Timeout(60)
    void orTimeoutCancelsTheStatementAndAnAsyncUpdateChangesNothing() throws Exception {
        CompletableFuture<Long> f = Inventory.objects.filter(sleeping(vendor, SLEEP_SECONDS)).updateAsync("stock", 99)
                .orTimeout(500, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();

        assertThatThrownBy(f::join).isInstanceOf(CompletionException.class).hasCauseInstanceOf(TimeoutException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(NO_HANG);
        assertStoppedAndPoolUsable();
        assertThat(Inventory.objects.get("sku", "A").stock).isEqualTo(1);
    }

    @Test
    @Timeout(60)
    void interruptingTheVirtualThreadOfABlockingCallCancelsTheStatement() throws Exception {
        // one statement on a virtual thread first: after it, statements there run without a guard
        // object, and the session to stop is read only when the interrupt has broken the connection
        Thread.ofVirtual().start(() -> Inventory.objects.count()).join();
        AtomicReference<Throwable> seen = new AtomicReference<>();
        Thread caller = Thread.ofVirtual().start(() -> {
            try {
                Inventory.objects.filter(sleeping(vendor, SLEEP_SECONDS)).fetch();
            } catch (RuntimeException e) {
                seen.set(e);
            }
        });
        assertThat(awaitRunning("observer", NO_HANG)).isTrue();

        caller.interrupt();
        assertThat(caller.join(NO_HANG)).as("the interrupted call returned").isTrue();

        assertThat(seen.get()).isInstanceOf(QueryCancelled.class).hasMessageContaining("interrupted");
        assertStoppedAndPoolUsable();
    }

    @Test
    @Timeout(60)
    void closingAStreamHalfWayStopsTheQuery() throws Exception {
        long start = System.nanoTime();
        try (Stream<Inventory> rows = Inventory.objects.filter(fastThenSlowRows(false)).iterate(1)) {
            assertThat(rows.limit(2).count()).isEqualTo(2);
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(NO_HANG);
        assertStoppedAndPoolUsable();
    }

    @Test
    @Timeout(60)
    void aStreamIsLimitedFromOpenToClose() throws Exception {
        assertThatThrownBy(() -> {
            try (Stream<Inventory> rows = Inventory.objects.filter(fastThenSlowRows(true)).timeout(Duration.ofMillis(1500))
                    .iterate(1)) {
                rows.forEach(r -> { });
            }
        }).isInstanceOf(QueryTimeout.class).hasMessageContaining("1.5 s");
        assertStoppedAndPoolUsable();
    }

    // ------------------------------------------------------------------ helpers

    /**
     * 2,000 more rows; the first 1,000 (in key order) match at once, each later one takes 100 ms:
     * about 100 s to read to the end. The fast ones are there because a MySQL-protocol server
     * sends rows in 16 KB packets, so a stream sees its first row only once a packet is full. H2
     * computes the whole result when the query executes, so closing early has nothing to stop:
     * there every row is fast, or with {@code slowOnH2} every row is slow (the limit then stops
     * the query while it executes).
     */
    private Q fastThenSlowRows(boolean slowOnH2) {
        List<Inventory> more = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Inventory row = new Inventory();
            row.sku = "S" + i;
            row.stock = i;
            more.add(row);
        }
        Inventory.objects.bulkCreate(more);
        Q fast = Q.of("stock__lt", 1000);
        if (vendor.equals("h2")) {
            return slowOnH2 ? slowPerRow(vendor, 100) : Q.of("stock__gte", 0);
        }
        return fast.or(slowPerRow(vendor, 100));
    }

    /** The sleeping statement is gone from the server, the pool is idle, and the pool still works. */
    private void assertStoppedAndPoolUsable() throws InterruptedException {
        assertThat(awaitGone("observer", NO_HANG)).as("our statements still running on the server").isZero();
        assertThat(awaitIdlePool(Aksara.DEFAULT)).as("connections in use").isZero();
        assertThat(Inventory.objects.filter("sku", "A").count()).as("the next query on the same pool").isEqualTo(1);
        assertThat(activeConnections(Aksara.DEFAULT)).isZero();
        assertThat(SlowStatements.awaitFreePermits(Aksara.DEFAULT)).as("the fair queue's permits back")
                .isEqualTo(Aksara.config(Aksara.DEFAULT).poolSize());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
