package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.ForUpdate;
import io.aksara.Isolation;
import io.aksara.Transaction;
import io.aksara.errors.DatabaseError;
import io.aksara.errors.TransactionError;
import io.aksara.errors.UniqueViolation;
import io.aksara.it.models.Inventory;
import io.aksara.it.models.User;
import io.aksara.jooq.JooqBackend;
import io.aksara.jooq.vendor.Feature;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Transactions, row locks and concurrency on a real database: once per database (@OnEveryDatabase). The
 * alias {@code other} is a second pool on the same database, so a test can look at the data the
 * way another connection (another request) would see it while a block is still open.
 */
@OnEveryDatabase
class TransactionSuite {
    @Parameter
    TestDatabase db;

    private MigratedSchema schema;
    private DatabaseConfig config;

    @BeforeParameterizedClassInvocation
    void createTables() {
        config = db.config();
        Aksara.configure(config);
        Aksara.configure("other", config);
        // the tables come from a migration, as an application's would
        schema = MigratedSchema.create(config, User.class, Inventory.class);
    }

    @BeforeEach
    void emptyTables() {
        schema.deleteAllRows();
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema == null) {
            return; // the database was not available: the suite was skipped or failed in setup
        }
        schema.drop();
        Aksara.close();
    }

    // ------------------------------------------------------------------ commit and rollback

    @Test
    void aBoxedFieldLeftNullGetsItsDefaultOnCreate() {
        Inventory created = Inventory.objects.create("sku", "DEF", "stock", 3);
        assertThat(created.reorderLevel).isEqualTo(1);
        assertThat(Inventory.objects.get("sku", "DEF").reorderLevel).isEqualTo(1);
        Inventory given = Inventory.objects.create("sku", "GIV", "stock", 3, "reorderLevel", 7);
        assertThat(Inventory.objects.get("sku", "GIV").reorderLevel).isEqualTo(7);
        assertThat(given.reorderLevel).isEqualTo(7);
    }

    @Test
    void writesInsideABlockAreInvisibleToOtherConnectionsUntilItCommits() {
        Transaction.atomic(() -> {
            user("ann@example.com");
            user("bob@example.com");
            assertThat(User.objects.count()).isEqualTo(2);                     // the block sees its own rows
            assertThat(User.objects.using("other").count()).isEqualTo(0);      // another connection does not, yet
            assertThat(Transaction.isActive("other")).isFalse();
        });

        assertThat(User.objects.using("other").count()).isEqualTo(2);
    }

    @Test
    void anExceptionRollsBackEveryWriteOfTheBlock() {
        IllegalStateException boom = new IllegalStateException("payment declined");

        assertThatThrownBy(() -> Transaction.atomic(() -> {
            user("ann@example.com");
            user("bob@example.com");
            throw boom;
        })).isSameAs(boom);

        assertThat(User.objects.count()).isZero();
    }

    @Test
    void aFailingNestedBlockKeepsTheOuterBlocksRows() {
        Transaction.atomic(() -> {
            user("ann@example.com");
            try {
                Transaction.atomic(() -> {
                    user("bob@example.com");
                    throw new IllegalStateException("undo bob only");
                });
            } catch (IllegalStateException expected) {
                // the outer block carries on
            }
            user("cid@example.com");
        });

        assertThat(emails()).containsExactly("ann@example.com", "cid@example.com");
    }

    @Test
    void aUniqueViolationInANestedBlockLetsTheOuterBlockCarryOnAndCommit() {
        Transaction.atomic(() -> {
            user("ann@example.com");
            assertThatThrownBy(() -> Transaction.atomic(() -> user("ann@example.com")))
                    .isInstanceOf(UniqueViolation.class);
            user("bob@example.com"); // PostgreSQL too: the savepoint undid the failed INSERT
        });

        assertThat(emails()).containsExactly("ann@example.com", "bob@example.com");
    }

    @Test
    void aFailureCaughtInsideTheSameBlockBreaksItOnEveryDatabase() {
        assertThatThrownBy(() -> Transaction.atomic(() -> {
            user("ann@example.com");
            try {
                user("ann@example.com");
            } catch (UniqueViolation e) {
                // swallowed inside the block: the block can no longer be trusted
            }
            assertThatThrownBy(() -> User.objects.count())
                    .isInstanceOf(TransactionError.class).hasMessageContaining("already failed");
        })).isInstanceOf(TransactionError.class)
                .hasMessageContaining("was rolled back")
                .hasCauseInstanceOf(UniqueViolation.class);

        assertThat(User.objects.count()).isZero();
    }

    @Test
    void setRollbackUndoesTheBlockWithoutAnException() {
        long seenInside = Transaction.atomic(() -> {
            user("ann@example.com");
            Transaction.setRollback(true);
            return User.objects.count();
        });

        assertThat(seenInside).isEqualTo(1);
        assertThat(User.objects.count()).isZero();
    }

    @Test
    void onCommitHooksRunAfterTheCommitAndSeeItsRows() {
        List<Long> countsSeenByHooks = new ArrayList<>();
        Transaction.atomic(() -> {
            user("ann@example.com");
            Transaction.onCommit(() -> countsSeenByHooks.add(User.objects.using("other").count()));
            try {
                Transaction.atomic(() -> {
                    Transaction.onCommit(() -> countsSeenByHooks.add(-1L)); // dropped with its savepoint
                    throw new IllegalStateException("undo");
                });
            } catch (IllegalStateException expected) {
                // the outer block carries on
            }
            assertThat(countsSeenByHooks).isEmpty();
        });

        assertThat(countsSeenByHooks).containsExactly(1L);
    }

    @Test
    void saveDeleteAndRefreshInsideABlockJoinItsTransaction() {
        User ann = user("ann@example.com");

        assertThatThrownBy(() -> Transaction.atomic(() -> {
            ann.name = "Ann Changed";
            ann.save();
            assertThat(User.objects.using("other").get("pk", ann.id).name).isEqualTo("Ann");
            User again = User.objects.get("pk", ann.id);
            again.refreshFromDb();
            assertThat(again.name).isEqualTo("Ann Changed");
            assertThat(again.delete()).isEqualTo(1);
            assertThat(User.objects.count()).isZero();
            throw new IllegalStateException("undo all three");
        })).hasMessage("undo all three");

        assertThat(User.objects.get("pk", ann.id).name).isEqualTo("Ann");
    }

    @Test
    void aBlockOnAnotherDatabaseCommitsOrRollsBackOnItsOwn() {
        // "other" is this database through a second pool: with one writer at a time, its write waits for this block
        db.assumeFeature(Feature.CONCURRENT_WRITES);
        user("pre@example.com");

        assertThatThrownBy(() -> Transaction.atomic(() -> {
            user("ann@example.com");
            Transaction.using("other").atomic(() ->
                    User.objects.using("other").filter("email", "pre@example.com").update("name", "Renamed"));
            throw new IllegalStateException("undo default only");
        })).hasMessage("undo default only");

        assertThat(emails()).containsExactly("pre@example.com");
        assertThat(User.objects.get("email", "pre@example.com").name).isEqualTo("Renamed");
    }

    // ------------------------------------------------------------------ isolation

    @Test
    void readCommittedSeesAnotherTransactionsCommitRepeatableReadDoesNot() {
        db.assumeFeature(Feature.ISOLATION_LEVELS);
        assertThat(countTwiceWithACommitInBetween(Isolation.READ_COMMITTED)).containsExactly(0L, 1L);
        assertThat(countTwiceWithACommitInBetween(Isolation.REPEATABLE_READ)).containsExactly(1L, 1L);
    }

    private List<Long> countTwiceWithACommitInBetween(Isolation level) {
        return Transaction.isolation(level).atomic(() -> {
            long before = User.objects.count();
            join(Thread.ofVirtual().start(() -> user("u" + before + "@example.com"))); // commits on its own connection
            return List.of(before, User.objects.count());
        });
    }

    @Test
    void theIsolationLevelIsResetWhenTheConnectionGoesBackToThePool() throws SQLException {
        db.assumeFeature(Feature.ISOLATION_LEVELS);
        Aksara.configure("single", poolOf(1, 30_000));
        try {
            JooqBackend single = JooqBackend.of(Aksara.backend("single"));
            int defaultLevel = levelOfTheOnlyConnection(single);
            int serializable = Transaction.using("single").isolation(Isolation.SERIALIZABLE).atomic(() -> {
                User.objects.using("single").count();
                return levelOfTheOnlyConnection(single);
            });

            assertThat(serializable).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
            assertThat(levelOfTheOnlyConnection(single)).isEqualTo(defaultLevel).isNotEqualTo(serializable);
        } finally {
            Aksara.configure("single", config); // closes the pool of one
        }
    }

    /** Inside a block on this database the block's connection; outside, the pool's only one. */
    private static int levelOfTheOnlyConnection(JooqBackend db) {
        return db.dsl().connectionResult(c -> c.getTransactionIsolation());
    }

    // ------------------------------------------------------------------ select for update

    @Test
    void selectForUpdateOutsideAtomicFailsBeforeAnySql() {
        db.assumeFeature(Feature.SELECT_FOR_UPDATE);
        inventory("A", 1);

        assertThatThrownBy(() -> Inventory.objects.selectForUpdate().get("sku", "A"))
                .isInstanceOf(TransactionError.class)
                .hasMessageContaining("selectForUpdate() needs a transaction");
        assertThat(Inventory.objects.filter("sku", "A").selectForUpdate().sql()).containsIgnoringCase("for update");
        assertThat(Inventory.objects.selectForUpdate().count()).isEqualTo(1); // count does not lock
    }

    @Test
    void everyLockModeRunsInsideAtomic() {
        db.assumeFeature(Feature.SELECT_FOR_UPDATE_NOWAIT, Feature.SELECT_FOR_UPDATE_SKIP_LOCKED);
        inventory("A", 1);
        inventory("B", 2);

        List<String> seen = Transaction.atomic(() -> {
            List<String> out = new ArrayList<>();
            for (ForUpdate mode : ForUpdate.values()) {
                out.add(Inventory.objects.selectForUpdate(mode).orderBy("sku").fetch().toString());
            }
            out.add(Inventory.objects.filter("sku", "B").selectForUpdate(ForUpdate.WAIT, "self").get().sku);
            return out;
        });

        assertThat(seen).hasSize(4).last().isEqualTo("B");
        assertThat(seen.subList(0, 3)).allSatisfy(s -> assertThat(s).contains("sku=A").contains("sku=B"));
    }

    @Test
    @Timeout(30)
    void aLockedRowMakesAnotherTransactionWaitForTheCommittedValue() throws Exception {
        db.assumeFeature(Feature.SELECT_FOR_UPDATE, Feature.CONCURRENT_WRITES);
        inventory("A", 1);
        CountDownLatch locked = new CountDownLatch(1);

        Thread holder = Thread.ofVirtual().start(() -> Transaction.atomic(() -> {
            Inventory row = Inventory.objects.selectForUpdate().get("sku", "A");
            locked.countDown();
            sleep(400);
            row.stock = 5;
            row.save();
        }));
        locked.await();
        long start = System.nanoTime();
        int seen = Transaction.atomic(() -> Inventory.objects.selectForUpdate().get("sku", "A").stock);
        long waitedMs = (System.nanoTime() - start) / 1_000_000;
        holder.join();

        assertThat(seen).isEqualTo(5);
        assertThat(waitedMs).isGreaterThanOrEqualTo(250);
    }

    @Test
    @Timeout(30)
    void skipLockedLeavesOutTheRowsAnotherTransactionHolds() throws Exception {
        db.assumeFeature(Feature.SELECT_FOR_UPDATE_SKIP_LOCKED);
        inventory("A", 1);
        inventory("B", 1);
        inventory("C", 1);

        List<String> free = whileAnotherTransactionLocks("A", () -> Transaction.atomic(() ->
                Inventory.objects.orderBy("sku").selectForUpdate(ForUpdate.SKIP_LOCKED).fetch().stream().map(i -> i.sku).toList()));

        assertThat(free).containsExactly("B", "C");
    }

    @Test
    @Timeout(30)
    void nowaitFailsAtOnceWhenTheRowIsLocked() throws Exception {
        db.assumeFeature(Feature.SELECT_FOR_UPDATE_NOWAIT);
        inventory("A", 1);
        inventory("B", 1);

        long start = System.nanoTime();
        RuntimeException error = whileAnotherTransactionLocks("A", () -> {
            try {
                Transaction.atomic(() -> Inventory.objects.selectForUpdate(ForUpdate.NOWAIT).get("sku", "A"));
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(error).isInstanceOf(DatabaseError.class).hasMessageContaining("Lock not available");
        assertThat(tookMs).isLessThan(5_000); // the holder keeps its lock for 10 s unless released
        // an unlocked row can still be taken with NOWAIT
        assertThat(whileAnotherTransactionLocks("A", () -> Transaction.atomic(() ->
                Inventory.objects.selectForUpdate(ForUpdate.NOWAIT).get("sku", "B").sku))).isEqualTo("B");
    }

    /**
     * Runs {@code work} on this thread while another virtual thread holds a row lock on
     * {@code sku} in its own block; the holder lets go as soon as the work is done.
     */
    private <R> R whileAnotherTransactionLocks(String sku, java.util.function.Supplier<R> work) throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread holder = Thread.ofVirtual().start(() -> Transaction.atomic(() -> {
            Inventory.objects.selectForUpdate().get("sku", sku);
            locked.countDown();
            await(done, 10);
        }));
        locked.await();
        try {
            return work.get();
        } finally {
            done.countDown();
            holder.join();
        }
    }

    // ------------------------------------------------------------------ virtual threads and the pool

    /**
     * 2,000 virtual threads share a pool of 10; each locks the one row, adds 1 and saves, in its
     * own transaction. Row locks serialise them, so nothing is lost: the stock ends at exactly
     * 2,000. A JFR recording checks that no virtual thread was pinned inside Aksara, jOOQ,
     * HikariCP or the driver while doing it.
     */
    @Test
    @Timeout(120)
    void twoThousandVirtualThreadsIncrementOneRowWithoutLosingAnUpdate() throws Exception {
        db.assumeFeature(Feature.SELECT_FOR_UPDATE);
        Aksara.configure("pool10", poolOf(10, 30_000));
        inventory("hot", 0);
        int threads = soakThreads();
        List<Future<?>> futures = new ArrayList<>(threads);
        List<String> pinned;
        boolean recorderWorks;
        // the same work once on this platform thread, first: loading a class pins a virtual thread,
        // and which jOOQ classes earlier suites loaded depends on the order Surefire runs them in
        Transaction.using("pool10").atomic(() -> Inventory.objects.using("pool10").selectForUpdate().get("sku", "hot").save());
        try (PinningRecorder pins = PinningRecorder.start()) {
            pins.pinOnPurpose();
            try (ExecutorService vts = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < threads; i++) {
                    futures.add(vts.submit(() -> Transaction.using("pool10").atomic(() -> {
                        Inventory row = Inventory.objects.using("pool10").selectForUpdate().get("sku", "hot");
                        row.stock++;
                        row.save();
                    })));
                }
                for (Future<?> f : futures) {
                    f.get(90, TimeUnit.SECONDS); // bounded: a deadlock fails here instead of hanging
                }
            }
            pinned = pins.stopAndFindOurs();
            recorderWorks = pins.sawCanary();
            System.out.printf("%s: %d jdk.VirtualThreadPinned events in all (1 on purpose), %d in our code%n",
                    Aksara.backend().vendor(), pins.pinnedEvents(), pinned.size());
        } finally {
            Aksara.configure("pool10", config);
        }

        assertThat(Inventory.objects.get("sku", "hot").stock).isEqualTo(threads);
        assertThat(recorderWorks).as("the recording caught the pinning caused on purpose").isTrue();
        assertThat(pinned).as("virtual threads pinned in Aksara, jOOQ, HikariCP or a driver").isEmpty();
    }

    @Test
    @Timeout(30)
    void aQueryThatCannotGetAConnectionNamesThePoolAndItsState() throws Exception {
        Aksara.configure("tiny", poolOf(1, 500));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = Thread.ofVirtual().start(() -> Transaction.using("tiny").atomic(() -> {
            User.objects.using("tiny").count();
            holding.countDown();
            await(release, 10);
        }));
        try {
            holding.await();
            long start = System.nanoTime();
            assertThatThrownBy(() -> User.objects.using("tiny").count())
                    .isInstanceOf(DatabaseError.class)
                    .hasMessageContaining("No database connection available")
                    .hasMessageContaining("aksara-tiny")
                    .hasMessageContaining("total=1, active=1, idle=0")
                    .hasMessageContaining("Every connection is in use");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(450), Duration.ofSeconds(5));
        } finally {
            release.countDown();
            holder.join();
        }
        try {
            assertThat(User.objects.using("tiny").count()).isZero(); // the block gave its connection back
        } finally {
            Aksara.configure("tiny", config); // closes the pool of one
        }
    }

    // ------------------------------------------------------------------ helpers

    /**
     * 2,000 threads on the server databases, where pools, drivers and network I/O meet virtual
     * threads; 200 on in-process H2, which serialises the row lock in memory and only needs to show
     * the same rule holds.
     */
    int soakThreads() {
        return Aksara.backend().vendor().equals("h2") ? 200 : 2_000;
    }

    private DatabaseConfig poolOf(int size, long timeoutMs) {
        return DatabaseConfig.builder().url(config.url()).user(config.user()).password(config.password())
                .poolSize(size).connectionTimeoutMs(timeoutMs).build();
    }

    private static User user(String email) {
        String local = email.substring(0, email.indexOf('@'));
        return User.objects.create("email", email, "name", Character.toUpperCase(local.charAt(0)) + local.substring(1), "age", 30);
    }

    private static Inventory inventory(String sku, int stock) {
        return Inventory.objects.create("sku", sku, "stock", stock);
    }

    private static List<String> emails() {
        return User.objects.orderBy("email").fetch().stream().map(u -> u.email).toList();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch, int seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
