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
import io.aksara.jooq.vendor.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aksara inside Spring's {@code @Transactional} methods, on every database (@OnEveryDatabase):
 * Aksara runs on the application's pool ({@code DatabaseConfig.of(dataSource)}), and with
 * {@code aksara-spring} on the class path its statements use the connection Spring bound to the
 * method, so an Aksara write, a JdbcTemplate write and a jOOQ write commit or roll back together.
 * Each test runs under DataSourceTransactionManager and JdbcTransactionManager where the manager
 * could matter (commit and rollback).
 */
@OnEveryDatabase
class SpringTransactionSuite {
    @Parameter
    TestDatabase db;

    private DatabaseConfig direct;
    private MigratedSchema schema;
    private HikariDataSource applicationPool;
    private AnnotationConfigApplicationContext dataSourceManaged;
    private AnnotationConfigApplicationContext jdbcManaged;

    @BeforeParameterizedClassInvocation
    void createTables() {
        schema = null; // a skipped database leaves the previous invocation's fields behind
        direct = db.config();
        applicationPool = ApplicationPool.on(direct);
        Aksara.configure(DatabaseConfig.of(applicationPool)); // Aksara borrows the application's pool
        schema = MigratedSchema.create(direct, Category.class, Inventory.class);
        dataSourceManaged = context(applicationPool, DataSourceTransactionManager::new);
        jdbcManaged = context(applicationPool, JdbcTransactionManager::new);
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
        dataSourceManaged.close();
        jdbcManaged.close();
        schema.drop();
        Aksara.close();
        assertThat(applicationPool.isClosed()).as("Aksara never closes the application's pool").isFalse();
        applicationPool.close();
    }

    /** The application: a service whose @Transactional methods write through Aksara, JdbcTemplate and jOOQ. */
    public static class Shop extends TransactionalShop {
        private final JdbcTemplate jdbc;
        private final DSLContext jooq;

        public Shop(DataSource dataSource, SQLDialect dialect) {
            this.jdbc = new JdbcTemplate(dataSource);
            // as Spring Boot's jOOQ support does: jOOQ joins Spring's transaction through the proxy
            this.jooq = DSL.using(new TransactionAwareDataSourceProxy(dataSource), dialect);
        }

        @Transactional
        public void stockCategory(String name, boolean failAtTheEnd) {
            Category.objects.create("name", name);
            jdbc.update("insert into inventories (sku, stock, reorder_level) values (?, ?, ?)", name, 1, 1);
            jooq.execute("update inventories set stock = stock + 1 where sku = ?", name);
            if (failAtTheEnd) {
                throw new IllegalStateException("payment declined");
            }
        }

        /** What each side sees of the other's uncommitted write, inside the transaction. */
        @Transactional
        public List<Boolean> seeEachOther(String name) {
            jdbc.update("insert into inventories (sku, stock, reorder_level) values (?, ?, ?)", name, 1, 1);
            boolean aksaraSeesJdbc = Inventory.objects.filter("sku", name).exists();
            Category.objects.create("name", name);
            Integer jdbcSeesAksara = jdbc.queryForObject("select count(*) from categories where name = ?", Integer.class, name);
            return List.of(aksaraSeesJdbc, jdbcSeesAksara == 1);
        }

        /** The savepoint's write beside Aksara's: a row through JdbcTemplate. */
        @Override
        protected void writeBeside(String name) {
            jdbc.update("insert into inventories (sku, stock, reorder_level) values (?, ?, ?)", name, 1, 1);
        }

        @Transactional
        public void hooks(List<String> log, boolean failAtTheEnd) {
            Transaction.onCommit(() -> log.add("committed outside atomic"));
            Transaction.atomic(() -> {
                Category.objects.create("name", "hooked");
                Transaction.onCommit(() -> log.add("committed inside atomic"));
            });
            log.add("method body done");
            if (failAtTheEnd) {
                throw new IllegalStateException("payment declined");
            }
        }

        @Transactional(isolation = Isolation.READ_COMMITTED)
        public void atomicAsksForAnotherLevel() {
            Transaction.isolation(io.aksara.Isolation.SERIALIZABLE).atomic(() -> Category.objects.create("name", "x"));
        }
    }

    @Configuration
    @EnableTransactionManagement
    static class TransactionConfig {}

    private AnnotationConfigApplicationContext context(DataSource dataSource,
            Function<DataSource, PlatformTransactionManager> manager) {
        SQLDialect dialect = db.isPostgres() ? SQLDialect.POSTGRES : db.isMariadb() ? SQLDialect.MYSQL : SQLDialect.H2;
        AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext();
        ctx.register(TransactionConfig.class);
        ctx.registerBean(PlatformTransactionManager.class, () -> manager.apply(dataSource));
        ctx.registerBean(Shop.class, () -> new Shop(dataSource, dialect));
        ctx.refresh();
        return ctx;
    }

    private Shop shop(String manager) {
        return (manager.equals("JdbcTransactionManager") ? jdbcManaged : dataSourceManaged).getBean(Shop.class);
    }

    private static List<String> categories() {
        return Category.objects.orderBy("name").valuesList("name", String.class).fetch();
    }

    private static List<String> skus() {
        return Inventory.objects.orderBy("sku").valuesList("sku", String.class).fetch();
    }

    // ------------------------------------------------------------------ commit and rollback together

    @ParameterizedTest
    @ValueSource(strings = {"DataSourceTransactionManager", "JdbcTransactionManager"})
    void aksaraJdbcTemplateAndJooqWritesCommitTogether(String manager) {
        shop(manager).stockCategory("lamp", false);

        assertThat(categories()).containsExactly("lamp");
        assertThat(Inventory.objects.get("sku", "lamp").stock).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DataSourceTransactionManager", "JdbcTransactionManager"})
    void anExceptionAfterTheWritesLeavesNeither(String manager) {
        assertThatThrownBy(() -> shop(manager).stockCategory("lamp", true)).hasMessage("payment declined");

        assertThat(categories()).as("the Aksara write was rolled back").isEmpty();
        assertThat(skus()).as("the JdbcTemplate and jOOQ writes were rolled back").isEmpty();
    }

    @Test
    void bothSidesSeeEachOthersUncommittedWrites() {
        assertThat(shop("DataSourceTransactionManager").seeEachOther("desk")).containsExactly(true, true);
    }

    @Test
    void outsideATransactionMethodEachStatementCommitsOnItsOwn() {
        Category.objects.create("name", "loose");
        assertThat(categories()).containsExactly("loose");
    }

    // ------------------------------------------------------------------ atomic blocks as savepoints

    @ParameterizedTest
    @ValueSource(strings = {"DataSourceTransactionManager", "JdbcTransactionManager"})
    void anAtomicBlockInsideIsASavepoint(String manager) {
        shop(manager).savepoint(false);

        assertThat(categories()).containsExactly("kept", "nested");
        assertThat(skus()).containsExactly("kept");
    }

    @Test
    void aCompletedAtomicBlockIsStillUndoneWhenTheMethodFails() {
        assertThatThrownBy(() -> shop("JdbcTransactionManager").savepoint(true)).hasMessage("payment declined");

        assertThat(categories()).isEmpty();
        assertThat(skus()).isEmpty();
    }

    // ------------------------------------------------------------------ onCommit

    @Test
    void onCommitHooksRunAfterSpringCommits() {
        List<String> log = new ArrayList<>();
        shop("DataSourceTransactionManager").hooks(log, false);

        assertThat(log).containsExactly("method body done", "committed outside atomic", "committed inside atomic");
    }

    @Test
    void onCommitHooksAreDroppedWhenSpringRollsBack() {
        List<String> log = new ArrayList<>();
        assertThatThrownBy(() -> shop("JdbcTransactionManager").hooks(log, true)).hasMessage("payment declined");

        assertThat(log).containsExactly("method body done");
        assertThat(categories()).isEmpty();
    }

    // ------------------------------------------------------------------ readOnly and isolation

    @Test
    void aReadOnlyTransactionReadsButRefusesAksaraWrites() {
        Category.objects.create("name", "shelf");
        assertThat(shop("DataSourceTransactionManager").readOnlyCount()).isEqualTo(1);

        assertThatThrownBy(() -> shop("DataSourceTransactionManager").readOnlyWrite())
                .isInstanceOf(TransactionError.class)
                .hasMessageContaining("read-only")
                .hasMessageContaining("a Spring-managed transaction");
        assertThat(categories()).containsExactly("shelf");
    }

    @Test
    void repeatableReadIsHonouredForAksaraReads() {
        db.assumeFeature(Feature.ISOLATION_LEVELS);
        Inventory.objects.create("sku", "pen", "stock", 5);

        List<Integer> reads = shop("DataSourceTransactionManager").readTwiceRepeatable("pen", () -> IsolationProbe.setStock(direct, "pen", 9));

        assertThat(reads).as("the second read sees the transaction's snapshot").containsExactly(5, 5);
        assertThat(Inventory.objects.get("sku", "pen").stock).isEqualTo(9);
    }

    @Test
    void readCommittedIsHonouredForAksaraReads() {
        db.assumeFeature(Feature.ISOLATION_LEVELS);
        Inventory.objects.create("sku", "pen", "stock", 5);

        List<Integer> reads = shop("DataSourceTransactionManager").readTwiceReadCommitted("pen", () -> IsolationProbe.setStock(direct, "pen", 9));

        assertThat(reads).as("the second read sees the other connection's commit").containsExactly(5, 9);
    }

    @Test
    void anAtomicBlockCannotChangeTheIsolationOfSpringsTransaction() {
        assertThatThrownBy(() -> shop("DataSourceTransactionManager").atomicAsksForAnotherLevel())
                .isInstanceOf(TransactionError.class)
                .hasMessageContaining("SERIALIZABLE")
                .hasMessageContaining("@Transactional(isolation");
        assertThat(categories()).isEmpty();
    }
}
