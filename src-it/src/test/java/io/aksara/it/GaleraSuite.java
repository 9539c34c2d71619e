package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.F;
import io.aksara.Transaction;
import io.aksara.errors.DatabaseError;
import io.aksara.errors.TransactionConflict;
import io.aksara.it.models.Inventory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Aksara on a real three-node MariaDB Galera cluster ({@link GaleraCluster}, started and stopped
 * here), every node written to, through the MariaDB driver. It runs on the servers only, not once
 * per {@code TestDatabase}. Aliases {@code node1..node3} read without waiting; {@code causal2} and
 * {@code causal3} wait for the cluster's earlier commits ({@code wsrep_sync_wait=1}). Waits only
 * bound how long a step may take ("it does not hang").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GaleraSuite {
    private GaleraCluster cluster;
    private MigratedSchema schema;

    @BeforeAll
    void startCluster() {
        cluster = GaleraCluster.start();
        Aksara.routers();
        Aksara.configure(cluster.node(1, false));
        for (int n = 1; n <= 3; n++) {
            Aksara.configure("node" + n, cluster.node(n, false));
            Aksara.configure("causal" + n, cluster.node(n, true));
        }
        schema = MigratedSchema.create(cluster.node(1, false), Inventory.class);
    }

    @BeforeEach
    void empty() {
        cluster.up(); // a failed test may have left a node down
        schema.deleteAllRows();
    }

    @AfterAll
    void stopCluster() {
        try {
            if (schema != null) {
                cluster.up();
                schema.drop();
            }
        } finally {
            Aksara.close();
            if (cluster != null) {
                cluster.discard();
            }
        }
    }

    @Test
    void aWriteThroughAnyNodeIsReadThroughAnotherWithSyncWait() {
        for (int i = 0; i < 30; i++) {
            String writer = "node" + (i % 3 + 1);
            String reader = "causal" + ((i + 1) % 3 + 1);
            Inventory.objects.using(writer).create("sku", "sku-" + i, "stock", i);
            assertThat(Inventory.objects.using(reader).get("sku", "sku-" + i).stock)
                    .as("written on %s, read at once on %s", writer, reader).isEqualTo(i);
        }
        assertThat(Inventory.objects.using("causal3").count()).isEqualTo(30);
    }

    @Test
    void twoNodesUpdatingOneRowIsATransactionConflictThatRetriesResolve() throws Exception {
        Inventory.objects.using("node1").create("sku", "hot", "stock", 0);
        assertThat(Inventory.objects.using("causal2").filter("sku", "hot").exists()).isTrue();

        List<Throwable> failures = concurrentIncrements(0);
        assertThat(failures).hasSize(1);
        assertThat(failures.getFirst()).isInstanceOf(TransactionConflict.class);
        assertThat(stock("causal3", "hot")).as("the certified transaction only").isEqualTo(1);

        assertThat(concurrentIncrements(3)).as("Transaction.retries(3) runs the loser again").isEmpty();
        assertThat(stock("causal3", "hot")).isEqualTo(3);
    }

    @Test
    void concurrentFIncrementsSpreadOverTheThreeNodesLoseNothing() throws Exception {
        Inventory.objects.using("node1").create("sku", "counter", "stock", 0);
        assertThat(Inventory.objects.using("causal3").filter("sku", "counter").exists()).isTrue();
        int threads = 24;
        int each = 5;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String node = "node" + (t % 3 + 1);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        Transaction.using(node).retries(30).atomic(() ->
                                Inventory.objects.using(node).filter("sku", "counter").update("stock", F.of("stock").plus(1)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        }
        for (int n = 1; n <= 3; n++) {
            assertThat(stock("causal" + n, "counter")).as("on node %s", n).isEqualTo(threads * each);
        }
    }

    @Test
    void aNodeKilledWhileTheApplicationWritesRejoinsWithEveryRow() throws Exception {
        Inventory.objects.using("node3").create("sku", "before", "stock", 1);
        cluster.kill(3);
        assertThatThrownBy(() -> Inventory.objects.using("node3").count()).isInstanceOf(DatabaseError.class);
        for (int i = 0; i < 10; i++) {
            Inventory.objects.using("node" + (i % 2 + 1)).create("sku", "while-down-" + i, "stock", i);
        }
        assertThat(Inventory.objects.using("causal2").count()).isEqualTo(11);
        cluster.up("3");
        // each pool replaces its dead connections on its own; a call racing that gets a DatabaseError
        assertThat(eventually(() -> Inventory.objects.using("causal3").count())).isEqualTo(11);
        eventually(() -> Inventory.objects.using("node3").create("sku", "after", "stock", 2));
        assertThat(Inventory.objects.using("causal1").count()).isEqualTo(12);
    }

    /** The call's result once it stops failing with a DatabaseError; fails past 30 s. */
    private static <T> T eventually(java.util.function.Supplier<T> call) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                return call.get();
            } catch (DatabaseError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    /**
     * One increment of the row "hot" on node1 and one on node2, each in a transaction, both
     * updated before either commits, so Galera certifies one and aborts the other.
     */
    private List<Throwable> concurrentIncrements(int retries) throws InterruptedException {
        CountDownLatch bothUpdated = new CountDownLatch(2);
        List<Throwable> failures = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (String node : List.of("node1", "node2")) {
                done.add(pool.submit(() -> {
                    Transaction.using(node).retries(retries).atomic(() -> {
                        Inventory.objects.using(node).filter("sku", "hot").update("stock", F.of("stock").plus(1));
                        bothUpdated.countDown();
                        await(bothUpdated); // a rerun finds it open
                    });
                    return null;
                }));
            }
            for (Future<?> f : done) {
                try {
                    f.get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("an increment did not finish within 60 s", e);
                }
            }
        }
        return failures;
    }

    private static int stock(String alias, String sku) {
        return Inventory.objects.using(alias).get("sku", sku).stock;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("the other increment never updated its row");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
