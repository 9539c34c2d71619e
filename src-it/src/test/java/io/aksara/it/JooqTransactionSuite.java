package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Transaction;
import io.aksara.errors.TransactionError;
import io.aksara.it.models.Category;
import io.aksara.it.models.Inventory;
import io.aksara.jooq.JooqBackend;
import io.aksara.jooq.JooqDatabases;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Readonly;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Aksara on an application's jOOQ configuration ({@link JooqDatabases#config(DSLContext)}), on every
 * database (@OnEveryDatabase): its connection provider and dialect, transactions shared both ways.
 * Aksara calls inside {@code dsl.transaction(...)} run on jOOQ's transaction; the application's own
 * jOOQ statements inside {@code Transaction.atomic} run on Aksara's.
 */
@OnEveryDatabase
class JooqTransactionSuite {
    @Parameter
    TestDatabase db;

    private MigratedSchema schema;
    private HikariDataSource applicationPool;
    /** The application's jOOQ context, built the usual way on its own pool. */
    private DSLContext dsl;

    @BeforeParameterizedClassInvocation
    void createTables() {
        schema = null; // a skipped database leaves the previous invocation's fields behind
        DatabaseConfig direct = db.config();
        applicationPool = ApplicationPool.on(direct);
        SQLDialect dialect = db.isPostgres() ? SQLDialect.POSTGRES : db.isMariadb() ? SQLDialect.MYSQL
                : db.isSqlite() ? SQLDialect.SQLITE : SQLDialect.H2;
        dsl = DSL.using(applicationPool, dialect);
        Aksara.configure(JooqDatabases.config(dsl));
        schema = MigratedSchema.create(direct, Category.class, Inventory.class);
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
        assertThat(applicationPool.isClosed()).as("Aksara never closes the application's pool").isFalse();
        applicationPool.close();
    }

    private static void stock(DSLContext jooq, String sku) {
        jooq.execute("insert into inventories (sku, stock, reorder_level) values (?, ?, ?)", sku, 1, 1);
    }

    private static List<String> categories() {
        return Category.objects.orderBy("name").valuesList("name", String.class).fetch();
    }

    private static List<String> skus() {
        return Inventory.objects.orderBy("sku").valuesList("sku", String.class).fetch();
    }

    @Test
    void aksaraTakesTheDialectFromTheConfiguration() {
        assertThat(JooqBackend.of(Aksara.backend()).dialect().family()).isEqualTo(dsl.dialect().family());
        assertThat(JooqBackend.of(Aksara.backend()).ownsPool()).isFalse();
    }

    // ------------------------------------------------------------------ Aksara inside dsl.transaction

    @Test
    void aksaraAndJooqWritesInsideDslTransactionCommitTogether() {
        dsl.transaction(cfg -> {
            stock(cfg.dsl(), "lamp");
            assertThat(Inventory.objects.filter("sku", "lamp").exists()).as("Aksara sees jOOQ's uncommitted row").isTrue();
            Category.objects.create("name", "lamp");
        });

        assertThat(categories()).containsExactly("lamp");
        assertThat(skus()).containsExactly("lamp");
    }

    @Test
    void anExceptionInsideDslTransactionLeavesNeither() {
        assertThatThrownBy(() -> dsl.transaction(cfg -> {
            stock(cfg.dsl(), "lamp");
            Category.objects.create("name", "lamp");
            throw new IllegalStateException("payment declined");
        })).hasMessageContaining("payment declined");

        assertThat(categories()).isEmpty();
        assertThat(skus()).isEmpty();
    }

    @Test
    void dslTransactionResultReturnsWhatAksaraWrote() {
        long id = dsl.transactionResult(cfg -> {
            stock(cfg.dsl(), "pen");
            return Category.objects.create("name", "pens").id;
        });

        assertThat(Category.objects.get("pk", id).name).isEqualTo("pens");
        assertThat(skus()).containsExactly("pen");
    }

    @Test
    void anAtomicBlockInsideDslTransactionIsASavepoint() {
        dsl.transaction(cfg -> {
            Category.objects.create("name", "kept");
            try {
                Transaction.atomic(() -> {
                    Category.objects.create("name", "undone");
                    throw new IllegalArgumentException("coupon invalid");
                });
            } catch (IllegalArgumentException expected) {
                // rolled back to the block's savepoint; jOOQ's transaction goes on
            }
            stock(cfg.dsl(), "kept");
        });

        assertThat(categories()).containsExactly("kept");
        assertThat(skus()).containsExactly("kept");
    }

    @Test
    void onCommitWaitsForJooqsCommitAndIsDroppedOnRollback() {
        List<String> log = new ArrayList<>();
        dsl.transaction(cfg -> {
            Transaction.atomic(() -> {
                Category.objects.create("name", "a");
                Transaction.onCommit(() -> log.add("first committed"));
            });
            Transaction.onCommit(() -> log.add("second committed"));
            log.add("body done");
        });
        assertThat(log).containsExactly("body done", "first committed", "second committed");

        log.clear();
        assertThatThrownBy(() -> dsl.transaction(cfg -> {
            Transaction.onCommit(() -> log.add("never"));
            throw new IllegalStateException("payment declined");
        })).hasMessageContaining("payment declined");
        assertThat(log).isEmpty();
    }

    @Test
    void aReadOnlyJooqTransactionRefusesAksaraWrites() {
        Category.objects.create("name", "before");
        assertThatThrownBy(() -> dsl.transaction(cfg -> Category.objects.create("name", "x"), Readonly.READONLY))
                .isInstanceOf(TransactionError.class)
                .hasMessageContaining("read-only").hasMessageContaining("jOOQ transaction");
        List<String> seen = new ArrayList<>();
        dsl.transaction(cfg -> seen.addAll(categories()), Readonly.READONLY);
        assertThat(seen).as("reads go on").containsExactly("before");
        // the pooled connections are writable again after it (SQLite switches PRAGMA query_only back off)
        for (int i = 0; i < 6; i++) {
            String name = "after " + i;
            dsl.transaction(cfg -> Category.objects.create("name", name));
            dsl.execute("update categories set name = name where name = ?", name);
        }
        assertThat(categories()).hasSize(7).contains("before", "after 5").doesNotContain("x");
    }

    // ------------------------------------------------------------------ the application's jOOQ inside atomic

    @Test
    void theApplicationsJooqCodeInsideAtomicRunsOnAksarasTransaction() {
        Transaction.atomic(() -> {
            Category.objects.create("name", "lamp");
            stock(dsl, "lamp");
            Number seen = (Number) dsl.fetchValue("select count(*) from categories where name = 'lamp'");
            assertThat(seen.intValue()).as("jOOQ sees Aksara's uncommitted row").isEqualTo(1);
        });
        assertThat(skus()).containsExactly("lamp");

        assertThatThrownBy(() -> Transaction.atomic(() -> {
            Category.objects.create("name", "desk");
            stock(dsl, "desk");
            throw new IllegalStateException("payment declined");
        })).hasMessage("payment declined");
        assertThat(categories()).containsExactly("lamp");
        assertThat(skus()).containsExactly("lamp");
    }
}
