package io.aksara.it;

import static io.aksara.it.SlowStatements.activeConnections;
import static io.aksara.it.SlowStatements.awaitFreePermits;
import static io.aksara.it.SlowStatements.awaitIdlePool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Transaction;
import io.aksara.it.models.Inventory;
import io.aksara.jooq.JooqBackend;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

/**
 * {@code Aksara.onOneConnection}, once per database: every statement of the block (Aksara's reads
 * and writes, raw SQL, jOOQ through {@code dsl()}) runs on the same server session, each commits
 * at once, the connection goes back when the block returns or throws, an atomic block inside runs
 * on it and leaves it in autocommit, and a pool of one connection does not wait on itself.
 */
@OnEveryDatabase
class OneConnectionSuite extends SuiteSchema {
    private static final String POOL3 = "one3";
    private static final String TINY = "one1";

    OneConnectionSuite() {
        super(Inventory.class);
    }

    @BeforeParameterizedClassInvocation
    void openSmallPool() {
        Aksara.configure(POOL3, pool(3).build());
    }

    @BeforeEach
    void addMarker() {
        Inventory.objects.create("sku", "marker", "stock", 0);
    }

    @AfterParameterizedClassInvocation
    void closeSmallPools() {
        Aksara.configure(POOL3, config); // closes the small pools
        Aksara.configure(TINY, config);
    }

    private DatabaseConfig.Builder pool(int size) {
        return DatabaseConfig.builder().url(config.url()).user(config.user()).password(config.password())
                .poolSize(size).connectionTimeoutMs(5_000);
    }

    /** The server session the next Aksara statement on {@code alias} runs in (SQLite has none: see below). */
    private long session(String alias) {
        String id = switch (db) {
            case H2 -> "SESSION_ID()";
            case EMBEDDED_POSTGRES, POSTGRES_SERVER -> "pg_backend_pid()";
            case MYSQL, MARIADB_DRIVER -> "CONNECTION_ID()";
            case SQLITE -> "changes()"; // per connection: the rows the connection's last write changed
        };
        String table = Inventory.objects.meta().table();
        return Inventory.objects.raw("SELECT id, sku, " + id + " AS stock, reorder_level FROM " + table
                + " WHERE sku = ?", "marker").using(alias).fetch().getFirst().stock;
    }

    /** As {@link #session}, for a jOOQ statement through {@code dsl()}. */
    private long jooqSession(String alias) {
        String id = switch (db) {
            case H2 -> "SESSION_ID()";
            case EMBEDDED_POSTGRES, POSTGRES_SERVER -> "pg_backend_pid()";
            case MYSQL, MARIADB_DRIVER -> "CONNECTION_ID()";
            case SQLITE -> "changes()";
        };
        return ((Number) JooqBackend.of(Aksara.backend(alias)).dsl().fetchValue("SELECT " + id)).longValue();
    }

    @Test
    void everyStatementOfTheBlockRunsOnOneServerSession() throws InterruptedException {
        List<Long> sessions = new ArrayList<>();
        AtomicInteger inUse = new AtomicInteger();
        Aksara.onOneConnection(POOL3, () -> {
            if (db.isSqlite()) { // no session id: a write's count of changed rows is seen only on its connection
                Inventory.objects.using(POOL3).create("sku", "a", "stock", 1);
                assertThat(Inventory.objects.using(POOL3).filter("sku", "a").update("stock", 5)).isEqualTo(1);
            }
            for (int i = 0; i < 4; i++) {
                sessions.add(session(POOL3));
                Inventory row = Inventory.objects.using(POOL3).get("sku", "marker");
                row.stock = i + 10;
                row.save();
                inUse.set(Math.max(inUse.get(), activeConnections(POOL3)));
            }
            sessions.add(jooqSession(POOL3));
            return null;
        });
        Set<Long> distinct = new HashSet<>(sessions);
        assertThat(distinct).as("server sessions of the block's statements").hasSize(1);
        if (db.isSqlite()) {
            assertThat(distinct).as("the rows changed by the block's last save, on the same connection").containsOnly(1L);
        }
        assertThat(inUse.get()).as("connections of the pool in use during the block").isEqualTo(1);
        assertThat(Inventory.objects.using(POOL3).get("sku", "marker").stock).isEqualTo(13);
        assertThat(awaitIdlePool(POOL3)).as("connections in use after the block").isZero();
        assertThat(awaitFreePermits(POOL3)).as("permits back").isEqualTo(3);
    }

    @Test
    @Timeout(60)
    void eachStatementCommitsAtOnceSoAnotherConnectionSeesItBeforeTheBlockEnds() {
        long seenElsewhere = Aksara.onOneConnection(POOL3, () -> {
            Inventory.objects.using(POOL3).create("sku", "early", "stock", 3);
            long[] count = new long[1];
            Thread other = Thread.ofVirtual().start(() -> count[0] = Inventory.objects.using(POOL3).filter("sku", "early").count());
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return count[0];
        });
        assertThat(seenElsewhere).as("rows another thread's connection saw while the block ran").isEqualTo(1);
    }

    @Test
    void anExceptionOutOfTheBlockIsRethrownUnchangedAndTheConnectionGoesBack() throws InterruptedException {
        IllegalStateException thrown = new IllegalStateException("stop here");
        assertThatThrownBy(() -> Aksara.onOneConnection(POOL3, () -> {
            Inventory.objects.using(POOL3).create("sku", "kept", "stock", 4);
            throw thrown;
        })).isSameAs(thrown);
        assertThat(Inventory.objects.using(POOL3).filter("sku", "kept").exists()).as("committed before the throw").isTrue();
        assertThat(awaitIdlePool(POOL3)).as("connections in use after the failed block").isZero();
        assertThat(awaitFreePermits(POOL3)).as("permits back").isEqualTo(3);
    }

    @Test
    void anAtomicBlockInsideRunsOnTheSameConnectionAndAutocommitGoesOnAfterIt() {
        Aksara.onOneConnection(() -> {
            long outer = session(Aksara.DEFAULT);
            long inner = Transaction.atomic(() -> {
                Inventory.objects.create("sku", "in-tx", "stock", 5);
                return session(Aksara.DEFAULT);
            });
            if (!db.isSqlite()) {
                assertThat(inner).as("session of the atomic block").isEqualTo(outer);
            }
            assertThatThrownBy(() -> Transaction.atomic(() -> {
                Inventory.objects.create("sku", "rolled-back", "stock", 6);
                throw new IllegalStateException("roll back");
            })).hasMessage("roll back");
            Inventory.objects.create("sku", "after", "stock", 7);
            // seen from another thread (another connection) at once: the connection is in autocommit again
            long[] seen = new long[1];
            Thread other = Thread.ofVirtual().start(() -> seen[0] = Inventory.objects.using(POOL3)
                    .filter("sku__in", List.of("in-tx", "rolled-back", "after")).count());
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertThat(seen[0]).as("committed rows another connection sees inside the block").isEqualTo(2);
        });
        assertThat(Inventory.objects.filter("sku", "rolled-back").exists()).isFalse();
        assertThat(Inventory.objects.filter("sku", "after").exists()).isTrue();
    }

    @Test
    @Timeout(60)
    void onAPoolOfOneTheBlockNeverWaitsForItsOwnConnectionAndNestedBlocksJustRun() throws InterruptedException {
        Aksara.configure(TINY, pool(1).build());
        int stock = Aksara.onOneConnection(TINY, () -> {
            Inventory.objects.using(TINY).create("sku", "tiny", "stock", 8);
            return Aksara.onOneConnection(TINY, () -> {
                Inventory row = Inventory.objects.using(TINY).get("sku", "tiny");
                row.stock = 9;
                row.save();
                return Transaction.using(TINY).atomic(() -> Inventory.objects.using(TINY).get("sku", "tiny").stock);
            });
        });
        assertThat(stock).isEqualTo(9);
        assertThat(awaitIdlePool(TINY)).isZero();
        assertThat(awaitFreePermits(TINY)).isEqualTo(1);
    }

    @Test
    void insideAnAtomicBlockTheWorkRunsOnTheBlocksConnection() {
        Transaction.atomic(() -> {
            long block = session(Aksara.DEFAULT);
            long inside = Aksara.onOneConnection(() -> {
                Inventory.objects.create("sku", "tx-only", "stock", 1);
                return session(Aksara.DEFAULT);
            });
            if (!db.isSqlite()) {
                assertThat(inside).isEqualTo(block);
            }
            Transaction.setRollback(true);
        });
        assertThat(Inventory.objects.filter("sku", "tx-only").exists()).as("rolled back with the atomic block").isFalse();
    }
}
