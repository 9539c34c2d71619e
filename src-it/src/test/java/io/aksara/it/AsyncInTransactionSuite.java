package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.errors.TransactionError;
import io.aksara.it.models.Category;
import io.aksara.jooq.JooqDatabases;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code ...Async} methods inside a transaction the application holds (Spring's
 * {@code @Transactional}, jOOQ's {@code dsl.transaction}), on every database: the virtual thread
 * they run on is outside that transaction, so they are refused with a {@link TransactionError}
 * before anything runs, instead of writing on a connection of their own that commits even when the
 * transaction rolls back.
 */
@OnEveryDatabase
class AsyncInTransactionSuite {
    /** The alias Aksara reaches the database by through the application's jOOQ configuration. */
    private static final String JOOQ = "jooq";

    @Parameter
    TestDatabase db;

    private MigratedSchema schema;
    private HikariDataSource applicationPool;
    private DSLContext dsl;
    private AnnotationConfigApplicationContext spring;

    @BeforeParameterizedClassInvocation
    void createTables() {
        schema = null; // a skipped database leaves the previous invocation's fields behind
        DatabaseConfig direct = db.config();
        applicationPool = ApplicationPool.on(direct);
        Aksara.configure(DatabaseConfig.of(applicationPool));
        dsl = DSL.using(applicationPool, db.isPostgres() ? SQLDialect.POSTGRES : db.isMariadb() ? SQLDialect.MYSQL
                : db.isSqlite() ? SQLDialect.SQLITE : SQLDialect.H2);
        Aksara.configure(JOOQ, JooqDatabases.config(dsl));
        schema = MigratedSchema.create(direct, Category.class);
        spring = new AnnotationConfigApplicationContext();
        spring.register(SpringTransactionSuite.TransactionConfig.class);
        spring.registerBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(applicationPool));
        spring.registerBean(Shop.class, Shop::new);
        spring.refresh();
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
        spring.close();
        schema.drop();
        Aksara.close();
        applicationPool.close();
    }

    /** The application: @Transactional methods that reach for the async twins. */
    public static class Shop {
        @Transactional
        public void renameLater(String name) {
            Category.objects.create("name", name);
            Category.objects.filter("name", name).updateAsync("name", name + " (renamed)").join();
        }

        @Transactional
        public List<Category> fetchLater() {
            return Category.objects.all().fetchAsync().join();
        }
    }

    private static List<String> categories() {
        return Category.objects.orderBy("name").valuesList("name", String.class).fetch();
    }

    @Test
    void anAsyncWriteInsideASpringTransactionIsRefusedAndTheTransactionRollsBack() {
        Shop shop = spring.getBean(Shop.class);

        assertThatThrownBy(() -> shop.renameLater("lamp"))
                .isInstanceOf(TransactionError.class)
                .hasMessageContaining("QuerySet.updateAsync()")
                .hasMessageContaining("a Spring-managed transaction")
                .hasMessageContaining("blocking method");
        assertThat(categories()).as("nothing committed on its own, and the method's write rolled back").isEmpty();
    }

    @Test
    void anAsyncReadInsideASpringTransactionIsRefused() {
        Category.objects.create("name", "shelf");

        assertThatThrownBy(() -> spring.getBean(Shop.class).fetchLater())
                .isInstanceOf(TransactionError.class)
                .hasMessageContaining("QuerySet.fetchAsync()")
                .hasMessageContaining("not see the transaction's uncommitted rows");
    }

    @Test
    void anAsyncCallInsideDslTransactionIsRefused() {
        assertThatThrownBy(() -> dsl.transaction(cfg -> {
            Category.objects.using(JOOQ).create("name", "lamp");
            Category.objects.using(JOOQ).countAsync().join();
        }))
                .isInstanceOf(TransactionError.class)
                .hasMessageContaining("QuerySet.countAsync()")
                .hasMessageContaining("a jOOQ transaction");
        assertThat(categories()).isEmpty();
    }

    @Test
    void outsideAnyTransactionTheAsyncMethodsRun() {
        Category.objects.create("name", "shelf");

        assertThat(Category.objects.all().fetchAsync().join()).extracting(c -> c.name).containsExactly("shelf");
        assertThat(Category.objects.using(JOOQ).countAsync().join()).isEqualTo(1);
        assertThat(Category.objects.filter("name", "shelf").updateAsync("name", "desk").join()).isEqualTo(1);
        assertThat(categories()).containsExactly("desk");
    }
}
