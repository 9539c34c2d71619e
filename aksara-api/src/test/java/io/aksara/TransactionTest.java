package io.aksara;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.errors.AksaraException;
import io.aksara.errors.DatabaseError;
import io.aksara.errors.FieldError;
import io.aksara.errors.TransactionError;
import io.aksara.fake.RecordingBackend;
import io.aksara.testmodels.Author;
import io.aksara.testmodels.Book;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules of atomic blocks, checked against a backend that records the transaction commands
 * it receives ({@link RecordingBackend}): what a database would be told to do, in order.
 */
class TransactionTest {
    private static final List<String> LOG = RecordingBackend.LOG;

    static {
        Author.META.table(); // register the hand-written metamodels
    }

    @BeforeAll
    static void configure() {
        Aksara.configure(DatabaseConfig.builder().url("jdbc:fake:default").build());
        Aksara.configure("other", DatabaseConfig.builder().url("jdbc:fake:other").build());
    }

    @AfterAll
    static void close() {
        Aksara.close();
    }

    @BeforeEach
    void clearLog() {
        LOG.clear();
    }

    // ------------------------------------------------------------------ blocks and savepoints

    @Test
    void outermostBlockBeginsCommitsAndReturnsTheConnection() {
        String result = Transaction.atomic(() -> "done");

        assertThat(result).isEqualTo("done");
        assertThat(LOG).containsExactly("begin default", "commit default", "close default");
    }

    @Test
    void nestedBlocksAreSavepointsReleasedWhenTheyEndWell() {
        Transaction.atomic(() -> {
            Transaction.atomic(() -> Transaction.atomic(() -> {}));
        });

        assertThat(LOG).containsExactly("begin default", "savepoint 1", "savepoint 2", "release 2", "release 1",
                "commit default", "close default");
    }

    @Test
    void anExceptionRollsBackOnlyItsOwnBlockAndLeavesUnchanged() {
        IllegalStateException boom = new IllegalStateException("boom");

        Transaction.atomic(() -> {
            assertThatThrownBy(() -> Transaction.atomic(() -> {
                throw boom;
            })).isSameAs(boom);
        });

        assertThat(LOG).containsExactly("begin default", "savepoint 1", "rollbackTo 1", "commit default", "close default");
    }

    @Test
    void anExceptionLeavingTheOutermostBlockRollsEverythingBack() {
        IllegalStateException boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> Transaction.atomic(() -> {
            Transaction.atomic(() -> {});
            throw boom;
        })).isSameAs(boom);

        assertThat(LOG).containsExactly("begin default", "savepoint 1", "release 1", "rollback default", "close default");
    }

    @Test
    void aCheckedExceptionThrownSneakilyIsNotWrapped() {
        IOException io = new IOException("disk full");

        assertThatThrownBy(() -> Transaction.atomic(() -> sneakyThrow(io))).isSameAs(io);
        assertThat(LOG).containsExactly("begin default", "rollback default", "close default");
    }

    // ------------------------------------------------------------------ durable and isolation

    @Test
    void aDurableBlockMustBeOutermostOnItsDatabase() {
        Transaction.durable().atomic(() -> {});
        Transaction.using("other").atomic(() -> Transaction.durable().atomic(() -> {})); // another database: fine

        assertThatThrownBy(() -> Transaction.atomic(() -> Transaction.durable().atomic(() -> {})))
                .isInstanceOf(TransactionError.class)
                .hasMessageContaining("durable atomic block cannot be nested")
                .hasMessageContaining("'default'");
        assertThat(LOG).containsExactly(
                "begin default", "commit default", "close default",
                "begin other", "begin default", "commit default", "close default", "commit other", "close other",
                "begin default", "rollback default", "close default");
    }

    @Test
    void theIsolationLevelIsSetWhenTheOutermostBlockBegins() {
        Transaction.isolation(Isolation.SERIALIZABLE).atomic(() -> {
            Transaction.isolation(Isolation.SERIALIZABLE).atomic(() -> {}); // the same level: allowed
            assertThatThrownBy(() -> Transaction.isolation(Isolation.READ_COMMITTED).atomic(() -> {}))
                    .isInstanceOf(TransactionError.class)
                    .hasMessageContaining("READ_COMMITTED")
                    .hasMessageContaining("runs at SERIALIZABLE")
                    .hasMessageContaining("outermost");
        });
        Transaction.atomic(() -> assertThatThrownBy(() -> Transaction.isolation(Isolation.SERIALIZABLE).atomic(() -> {}))
                .hasMessageContaining("the database's default level"));

        assertThat(LOG.getFirst()).isEqualTo("begin default SERIALIZABLE");
        assertThat(LOG).containsSubsequence("savepoint 1", "release 1", "commit default");
    }

    @Test
    void optionsAreCheckedWhenTheyAreGiven() {
        assertThatThrownBy(() -> Transaction.using(" ")).isInstanceOf(AksaraException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> Transaction.using(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Transaction.isolation(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Transaction.using("nowhere").atomic(() -> {}))
                .isInstanceOf(AksaraException.class).hasMessageContaining("No database is configured under the alias 'nowhere'");
        TransactionOptions o = Transaction.using("other").durable().isolation(Isolation.REPEATABLE_READ);
        assertThat(o.alias()).isEqualTo("other");
        assertThat(o.isDurable()).isTrue();
        assertThat(o.isolation()).isEqualTo(Isolation.REPEATABLE_READ);
        assertThat(LOG).isEmpty();
    }

    // ------------------------------------------------------------------ onCommit and setRollback

    @Test
    void onCommitHooksRunInOrderAfterTheOutermostCommitOnceTheConnectionIsBack() {
        Transaction.atomic(() -> {
            Transaction.onCommit(() -> LOG.add("hook 1"));
            Transaction.atomic(() -> Transaction.onCommit(() -> LOG.add("hook 2")));
            Transaction.onCommit(() -> LOG.add("hook 3"));
            LOG.add("block ends");
        });

        assertThat(LOG).containsExactly("begin default", "savepoint 1", "release 1", "block ends",
                "commit default", "close default", "hook 1", "hook 2", "hook 3");
    }

    @Test
    void hooksOfABlockThatRollsBackAreDropped() {
        Transaction.atomic(() -> {
            Transaction.onCommit(() -> LOG.add("kept"));
            try {
                Transaction.atomic(() -> {
                    Transaction.onCommit(() -> LOG.add("dropped with the savepoint"));
                    Transaction.atomic(() -> Transaction.onCommit(() -> LOG.add("dropped with its enclosing block")));
                    throw new IllegalStateException("undo");
                });
            } catch (IllegalStateException expected) {
                // the outer block carries on
            }
        });
        assertThatThrownBy(() -> Transaction.atomic(() -> {
            Transaction.onCommit(() -> LOG.add("never"));
            throw new IllegalStateException("undo all");
        })).hasMessage("undo all");

        assertThat(LOG).contains("kept").doesNotContain("dropped with the savepoint", "dropped with its enclosing block", "never");
    }

    @Test
    void outsideAtomicAHookRunsAtOnce() {
        Transaction.onCommit(() -> LOG.add("now"));
        assertThat(LOG).containsExactly("now");
    }

    @Test
    void everyHookRunsEvenWhenOneFailsAndTheFirstFailureIsRethrownAfterTheCommit() {
        assertThatThrownBy(() -> Transaction.atomic(() -> {
            Transaction.onCommit(() -> { throw new IllegalStateException("first"); });
            Transaction.onCommit(() -> LOG.add("second still runs"));
            Transaction.onCommit(() -> { throw new IllegalArgumentException("third"); });
        })).isInstanceOf(IllegalStateException.class).hasMessage("first")
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage).containsExactly("third"));

        assertThat(LOG).containsExactly("begin default", "commit default", "close default", "second still runs");
    }

    @Test
    void setRollbackRollsTheBlockBackWithoutAnException() {
        int value = Transaction.atomic(() -> {
            Transaction.onCommit(() -> LOG.add("hook"));
            Transaction.setRollback(true);
            assertThat(Transaction.isMarkedForRollback()).isTrue();
            return 42;
        });

        assertThat(value).isEqualTo(42);
        assertThat(LOG).containsExactly("begin default", "rollback default", "close default");
    }

    @Test
    void setRollbackInANestedBlockUndoesOnlyThatBlock() {
        Transaction.atomic(() -> {
            Transaction.atomic(() -> Transaction.setRollback(true));
            assertThat(Transaction.isMarkedForRollback()).isFalse();
        });
        Transaction.atomic(() -> {
            Transaction.setRollback(true);
            Transaction.setRollback(false); // changed its mind
        });

        assertThat(LOG).containsExactly("begin default", "savepoint 1", "rollbackTo 1", "commit default", "close default",
                "begin default", "commit default", "close default");
    }

    @Test
    void setRollbackOutsideAtomicIsAMistake() {
        assertThatThrownBy(() -> Transaction.setRollback(true))
                .isInstanceOf(TransactionError.class).hasMessageContaining("needs an atomic block on database 'default'");
        assertThatThrownBy(() -> Transaction.atomic(() -> Transaction.setRollback("other", true)))
                .isInstanceOf(TransactionError.class)
                .hasMessageContaining("Transaction.using(\"other\").atomic(...)");
    }

    // ------------------------------------------------------------------ where statements run

    @Test
    void statementsInsideABlockUseItsTransactionAndOnlyOnItsDatabase() {
        Transaction.using("other").atomic(() -> {
            Book.objects.all().fetch();
            Book.objects.using("other").fetch();
            assertThat(Transaction.isActive()).isFalse();
            assertThat(Transaction.isActive("other")).isTrue();
        });
        Book.objects.using("other").fetch();

        assertThat(LOG).containsExactly("begin other", "fetch default on a pooled connection",
                "fetch other in transaction other", "commit other", "close other", "fetch other on a pooled connection");
    }

    @Test
    void anotherThreadDoesNotSeeTheBlock() throws InterruptedException {
        AtomicBoolean seen = new AtomicBoolean(true);
        Transaction.atomic(() -> {
            Thread t = Thread.ofVirtual().start(() -> seen.set(Transaction.isActive()));
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(seen).isFalse();
        assertThat(Transaction.isActive()).isFalse();
    }

    @Test
    void asyncMethodsInsideAtomicThrowBeforeStartingAnything() {
        Transaction.atomic(() -> {
            assertThatThrownBy(() -> Book.objects.all().fetchAsync())
                    .isInstanceOf(TransactionError.class)
                    .hasMessageStartingWith("QuerySet.fetchAsync() was called inside Transaction.atomic on database 'default'")
                    .hasMessageContaining("Call the blocking method inside atomic");
            assertThatThrownBy(() -> Book.objects.countAsync()).isInstanceOf(TransactionError.class);
        });
        assertThat(LOG).containsExactly("begin default", "commit default", "close default");
        assertThat(Book.objects.all().fetchAsync().join()).isEmpty(); // outside atomic they run
    }

    @Test
    void afterAFailedStatementTheBlockRefusesMoreAndRollsBackWhenItEnds() {
        List<Throwable> seen = new ArrayList<>();
        assertThatThrownBy(() -> Transaction.atomic(() -> {
            try {
                Book.objects.count();
            } catch (DatabaseError e) {
                seen.add(e); // caught inside the block: the block is now broken
            }
            assertThatThrownBy(() -> Book.objects.fetch())
                    .isInstanceOf(TransactionError.class).hasMessageContaining("already failed").hasMessageContaining("duplicate key");
        })).isInstanceOf(TransactionError.class)
                .hasMessageContaining("was rolled back")
                .hasCause(seen.isEmpty() ? null : seen.getFirst());

        assertThat(LOG).containsExactly("begin default", "failed statement default", "rollback default", "close default");
    }

    @Test
    void aFailedStatementInANestedBlockCaughtOutsideItLetsTheOuterBlockCommit() {
        Transaction.atomic(() -> {
            assertThatThrownBy(() -> Transaction.atomic(() -> Book.objects.count())).isInstanceOf(DatabaseError.class);
            Book.objects.fetch();
        });

        assertThat(LOG).containsExactly("begin default", "savepoint 1", "failed statement default", "rollbackTo 1",
                "fetch default in transaction default", "commit default", "close default");
    }

    // ------------------------------------------------------------------ selectForUpdate arguments

    @Test
    void selectForUpdateLocksSelfOnly() {
        assertThat(Book.objects.selectForUpdate().query().lock()).satisfies(l -> {
            assertThat(l.mode()).isEqualTo(ForUpdate.WAIT);
            assertThat(l.of()).isEmpty();
        });
        assertThat(Book.objects.filter("pages__gt", 10).selectForUpdate(ForUpdate.SKIP_LOCKED, "self", "self").query().lock().of())
                .containsExactly("self");
        assertThat(Book.objects.all().query().lock()).isNull();
        assertThatThrownBy(() -> Book.objects.selectForUpdate(ForUpdate.NOWAIT, "author"))
                .isInstanceOf(FieldError.class).hasMessageContaining("cannot lock 'author' of Book");
        assertThatThrownBy(() -> Book.objects.selectForUpdate(ForUpdate.NOWAIT, "shelf"))
                .isInstanceOf(FieldError.class).hasMessageContaining("Invalid name 'shelf'");
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable t) throws E {
        throw (E) t;
    }
}
