package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.Isolation;
import io.aksara.Transaction;
import io.aksara.errors.QueryTimeout;
import io.aksara.it.models.Label;
import io.aksara.jooq.JooqBackend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Aksara through a real pgbouncer in transaction pooling mode ({@link PgBouncerServer}: Debian's
 * pgbouncer 1.18, four server connections) with a client pool several times larger and many
 * virtual threads: each transaction may land on any server session, so anything one of them left
 * on a session would show up in another. It runs on the servers only, not once per
 * {@code TestDatabase}: pgbouncer fronts PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PgBouncerSuite {
    private static final int THREADS = 64;

    private PgBouncerServer pgbouncer;
    private MigratedSchema schema;

    @BeforeAll
    void startPgBouncer() {
        pgbouncer = PgBouncerServer.start();
        Aksara.routers();
        Aksara.configure(pgbouncer.throughPooler(16));
        Aksara.configure("direct", pgbouncer.direct());
        schema = MigratedSchema.create(pgbouncer.direct(), Label.class); // Liquibase on the server itself
    }

    @BeforeEach
    void empty() {
        schema.deleteAllRows();
    }

    @AfterAll
    void stopPgBouncer() {
        try {
            if (schema != null) {
                schema.drop();
            }
        } finally {
            Aksara.close();
            if (pgbouncer != null) {
                pgbouncer.discard();
            }
        }
    }

    @Test
    void theSameStatementsAgainAndAgainFromManyThreadsNeedNoServerSidePreparedStatements() throws Exception {
        assertThat(Aksara.config(Aksara.DEFAULT).url()).endsWith("?prepareThreshold=0");
        assertThat(Aksara.config(Aksara.DEFAULT).behindTransactionPooler()).isTrue();
        List<Future<Long>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < THREADS; t++) {
                String name = "thread " + t;
                results.add(threads.submit(() -> {
                    for (int i = 0; i < 10; i++) { // pgjdbc would name a statement from its 5th run by default
                        Label.objects.create("name", name);
                        Transaction.atomic(() -> Label.objects.filter("name", name).update("name", name));
                    }
                    return Label.objects.filter("name", name).count();
                }));
            }
            for (Future<Long> r : results) {
                assertThat(r.get()).isEqualTo(10);
            }
        }
        assertThat(Label.objects.using("direct").count()).isEqualTo(THREADS * 10L);
    }

    @Test
    void anIsolationLevelEndsWithItsTransactionAndTheSessionKeepsUtc() throws Exception {
        Set<String> seenByDefaultBlocks = ConcurrentHashMap.newKeySet();
        Set<String> seenBySerializableBlocks = ConcurrentHashMap.newKeySet();
        Set<String> zones = ConcurrentHashMap.newKeySet();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                boolean serializable = t % 2 == 0;
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        if (serializable) {
                            seenBySerializableBlocks.add(Transaction.isolation(Isolation.SERIALIZABLE)
                                    .atomic(() -> setting("transaction_isolation")));
                        } else {
                            seenByDefaultBlocks.add(Transaction.atomic(() -> setting("transaction_isolation")));
                            seenByDefaultBlocks.add(setting("transaction_isolation")); // outside any block
                        }
                        zones.add(setting("TimeZone"));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        assertThat(seenBySerializableBlocks).containsExactly("serializable");
        assertThat(seenByDefaultBlocks).as("a level set by another client's transaction never leaks").containsExactly("read committed");
        assertThat(zones).containsExactly("UTC");
    }

    @Test
    void aTransactionScopedAdvisoryLockIsReleasedAtCommit() throws Exception {
        Transaction.atomic(() -> {
            dsl().fetchValue("select pg_advisory_xact_lock(4242)");
            try (ExecutorService other = Executors.newVirtualThreadPerTaskExecutor()) {
                assertThat(other.submit(() -> (Boolean) dsl().fetchValue("select pg_try_advisory_xact_lock(4242)")).get())
                        .as("held by this transaction").isFalse();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat((Boolean) dsl().fetchValue("select pg_try_advisory_xact_lock(4242)")).as("released by the commit").isTrue();
    }

    @Test
    void aStatementTimeoutThroughThePoolerStopsItsOwnQueryOnly() throws Exception {
        Label.objects.create("name", "one row to sleep on");
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Long> neighbour = threads.submit(() -> Label.objects.filter(SlowStatements.sleeping("postgres", 1)).count());
            long start = System.nanoTime();
            assertThatThrownBy(() -> Label.objects.filter(SlowStatements.sleeping("postgres", 30))
                    .timeout(Duration.ofMillis(500)).count()).isInstanceOf(QueryTimeout.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("it does not hang").isLessThan(Duration.ofSeconds(20));
            assertThat(neighbour.get()).as("the other client's query was not cancelled").isEqualTo(1);
        }
        assertThat(Label.objects.count()).isEqualTo(1); // the pool is usable afterwards
    }

    private static String setting(String name) {
        return (String) dsl().fetchValue("select current_setting('" + name + "')");
    }

    private static org.jooq.DSLContext dsl() {
        return JooqBackend.of(Aksara.backend()).dsl();
    }
}
