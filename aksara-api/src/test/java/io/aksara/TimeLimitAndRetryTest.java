package io.aksara;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.errors.AksaraException;
import io.aksara.errors.QueryTimeout;
import io.aksara.errors.TransactionConflict;
import io.aksara.errors.TransactionError;
import io.aksara.fake.RecordingBackend;
import io.aksara.internal.Async;
import io.aksara.internal.ExecutionScope;
import io.aksara.spi.Cancellation;
import io.aksara.spi.StatementLimits;
import io.aksara.testmodels.Author;
import io.aksara.testmodels.Book;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Block deadlines, statement limits, retries after a conflict and cancellable async futures,
 * against a backend that records the transaction commands it receives.
 */
class TimeLimitAndRetryTest {
    private static final List<String> LOG = RecordingBackend.LOG;

    static {
        Author.META.table(); // register the hand-written metamodels
    }

    @BeforeAll
    static void configure() {
        Aksara.configure(DatabaseConfig.builder().url("jdbc:fake:default").build());
    }

    @AfterAll
    static void close() {
        Aksara.close();
    }

    @BeforeEach
    void clearLog() {
        LOG.clear();
    }

    @Test
    void retriesRunTheOutermostBlockAgainAfterAConflictEachInANewTransaction() {
        AtomicInteger attempts = new AtomicInteger();

        String result = Transaction.retries(2).atomic(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new TransactionConflict("Deadlock (simulated)", "40P01", null);
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(LOG).containsExactly("begin default", "rollback default", "close default",
                "begin default", "rollback default", "close default",
                "begin default", "commit default", "close default");
    }

    @Test
    void otherErrorsAndConflictsPastTheLimitAreNotRetried() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> Transaction.retries(3).atomic(() -> {
            runs.incrementAndGet();
            throw new IllegalStateException("not a conflict");
        })).hasMessage("not a conflict");
        assertThat(runs).hasValue(1);

        runs.set(0);
        assertThatThrownBy(() -> Transaction.atomic(() -> {
            runs.incrementAndGet();
            throw new TransactionConflict("Deadlock (simulated)", "40001", null);
        })).isInstanceOf(TransactionConflict.class);
        assertThat(runs).as("no retries unless asked for").hasValue(1);
    }

    @Test
    void retriesOnANestedBlockAreRefusedBeforeItRuns() {
        assertThatThrownBy(() -> Transaction.atomic(() -> Transaction.retries(1).atomic(() -> LOG.add("ran"))))
                .isInstanceOf(TransactionError.class)
                .hasMessageContaining("only the outermost block can run again");
        assertThat(LOG).doesNotContain("ran").noneMatch(l -> l.startsWith("savepoint"));
    }

    @Test
    void aBlockPastItsDeadlineRollsBackInsteadOfCommitting() {
        assertThatThrownBy(() -> Transaction.timeout(Duration.ofMillis(30)).atomic(() -> sleep(80)))
                .isInstanceOf(QueryTimeout.class)
                .hasMessageContaining("timeout(30 ms)")
                .satisfies(e -> assertThat(((QueryTimeout) e).limit()).isEqualTo(Duration.ofMillis(30)));
        assertThat(LOG).containsExactly("begin default", "rollback default", "close default");
    }

    @Test
    void aStatementGetsTheSmallestLimitThatApplies() {
        Duration dbDefault = Duration.ofSeconds(5);
        assertThat(StatementLimits.forStatement("default", null)).isNull();
        assertThat(StatementLimits.forStatement("default", dbDefault).origin()).contains("statementTimeout of 5 s");

        StatementLimits.Limit inQuerySet = ExecutionScope.withTimeout(Duration.ofSeconds(60), "Author fetch()",
                () -> StatementLimits.forStatement("default", dbDefault));
        assertThat(inQuerySet.limit()).as("a QuerySet's own limit replaces the default").isEqualTo(Duration.ofSeconds(60));
        assertThat(inQuerySet.operation()).isEqualTo("Author fetch()");

        StatementLimits.Limit inBlock = Transaction.timeout(Duration.ofMillis(1500)).atomic(() ->
                ExecutionScope.withTimeout(Duration.ofSeconds(60), "Author fetch()",
                        () -> StatementLimits.forStatement("default", dbDefault)));
        assertThat(inBlock.origin()).as("the block's remaining time caps it").contains("atomic block's timeout(1.5 s)");
        assertThat(inBlock.operation()).isEqualTo("Author fetch()");
    }

    @Test
    void badLimitsAreRefusedWithTheirValue() {
        assertThatThrownBy(() -> Transaction.timeout(Duration.ZERO)).isInstanceOf(AksaraException.class).hasMessageContaining("PT0S");
        assertThatThrownBy(() -> Transaction.retries(-1)).isInstanceOf(AksaraException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> Book.objects.all().timeout(Duration.ofMillis(-5)))
                .isInstanceOf(AksaraException.class).hasMessageContaining("Book");
        assertThat(Book.objects.filter("title", "x").timeout(Duration.ofSeconds(2)).orderBy("title").timeout())
                .as("refining keeps it").isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void theDefaultStatementTimeoutComesFromTheBuilderOrTheEnvironment() {
        DatabaseConfig env = DatabaseConfig.fromMap(Map.of("AKSARA_DATABASE_URL", "jdbc:fake:x",
                "AKSARA_STATEMENT_TIMEOUT", "1500"));
        assertThat(env.statementTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(DatabaseConfig.fromMap(Map.of("AKSARA_DATABASE_URL", "jdbc:fake:x")).statementTimeout()).isNull();
        assertThatThrownBy(() -> DatabaseConfig.fromMap(Map.of("AKSARA_DATABASE_URL", "jdbc:fake:x",
                "AKSARA_STATEMENT_TIMEOUT", "2s"))).hasMessageContaining("AKSARA_STATEMENT_TIMEOUT").hasMessageContaining("'2s'");
        assertThatThrownBy(() -> DatabaseConfig.builder().url("jdbc:fake:x").statementTimeout(Duration.ZERO).build())
                .isInstanceOf(AksaraException.class).hasMessageContaining("statementTimeout");
    }

    @Test
    void cancellingAnAsyncFutureSignalsItsWorkAndOnlyThen() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<String> seen = new AtomicReference<>();
        CompletableFuture<String> f = Async.supply(() -> {
            Cancellation c = StatementLimits.cancellation();
            started.countDown();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!c.isCancelled() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            seen.set(c.reason());
            return "finished";
        });
        started.await();
        f.cancel(true);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (seen.get() == null && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(seen.get()).isEqualTo("cancel(true)");

        CompletableFuture<String> normal = Async.supply(() -> StatementLimits.cancellation().isCancelled() ? "x" : "ok");
        assertThat(normal.get(10, TimeUnit.SECONDS)).isEqualTo("ok");
        assertThat(StatementLimits.cancellation()).as("the caller's thread has none").isNull();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
