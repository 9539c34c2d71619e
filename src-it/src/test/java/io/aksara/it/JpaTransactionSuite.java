package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.errors.TransactionError;
import io.aksara.it.jpa.AuditEntry;
import io.aksara.it.models.Category;
import io.aksara.it.models.Inventory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.hibernate.dialect.MariaDBDialect;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.orm.jpa.DefaultJpaDialect;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aksara inside {@code @Transactional} methods run by a {@code JpaTransactionManager} over
 * Hibernate, on every database Hibernate has a dialect for: the manager exposes the
 * EntityManager's JDBC connection for the DataSource ({@code HibernateJpaDialect}), Aksara writes
 * on it, so an Aksara write and an entity write commit or roll back together. A JpaDialect that
 * does not expose the connection is refused before any SQL runs.
 */
@OnEveryDatabase
class JpaTransactionSuite {
    @Parameter
    TestDatabase db;

    private DatabaseConfig direct;
    private MigratedSchema schema;
    private HikariDataSource applicationPool;
    private EntityManagerFactory entityManagers;
    private AnnotationConfigApplicationContext hibernateManaged;
    private AnnotationConfigApplicationContext unexposedManaged;

    @BeforeParameterizedClassInvocation
    void createTables() {
        schema = null; // a skipped database leaves the previous invocation's fields behind
        direct = db.config();
        // Hibernate's own dialects cover every database here but SQLite (that one is in its community module)
        Assumptions.assumeFalse(db.isSqlite(), "Hibernate ORM has no SQLite dialect of its own");
        applicationPool = ApplicationPool.on(direct);
        Aksara.configure(DatabaseConfig.of(applicationPool));
        schema = MigratedSchema.create(direct, Category.class, Inventory.class);
        entityManagers = entityManagerFactory(applicationPool); // creates the entity's table, drops it on close
        hibernateManaged = context(manager -> { });
        unexposedManaged = context(manager -> manager.setJpaDialect(new DefaultJpaDialect()));
    }

    @BeforeEach
    void emptyTables() {
        schema.deleteAllRows();
        audit().deleteAll();
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema == null) {
            return; // the database was not available: the suite was skipped or failed in setup
        }
        hibernateManaged.close();
        unexposedManaged.close();
        entityManagers.close();
        schema.drop();
        Aksara.close();
        applicationPool.close();
    }

    /** The application: a service whose @Transactional methods write an Aksara model and a JPA entity. */
    public static class Shop extends TransactionalShop {
        private final EntityManager entities;

        public Shop(EntityManager entities) {
            this.entities = entities;
        }

        @Transactional
        public void order(String name, boolean failAtTheEnd) {
            Category.objects.create("name", name);
            entities.persist(new AuditEntry("ordered " + name));
            entities.flush(); // the entity's INSERT runs now, before the failure below
            if (failAtTheEnd) {
                throw new IllegalStateException("payment declined");
            }
        }

        /** What each side sees of the other's uncommitted write, inside the transaction. */
        @Transactional
        public List<Boolean> seeEachOther(String name) {
            entities.persist(new AuditEntry(name));
            entities.flush();
            boolean aksaraSeesJpa = ((Number) entities.createNativeQuery(
                    "select count(*) from jpa_audit_entries where note = ?1").setParameter(1, name).getSingleResult()).intValue() == 1;
            Category.objects.create("name", name);
            Number jpaSeesAksara = (Number) entities.createNativeQuery("select count(*) from categories where name = ?1")
                    .setParameter(1, name).getSingleResult();
            return List.of(aksaraSeesJpa && Category.objects.filter("name", name).exists(), jpaSeesAksara.intValue() == 1);
        }

        /** The savepoint's write beside Aksara's: an entity, flushed on the EntityManager's connection. */
        @Override
        protected void writeBeside(String name) {
            entities.persist(new AuditEntry(name));
            entities.flush();
        }

    }

    /** Reads and clears the entity's table outside any method transaction. */
    private final class Audit {
        List<String> notes() {
            EntityManager em = entityManagers.createEntityManager();
            try {
                return em.createQuery("select a.note from AuditEntry a order by a.note", String.class).getResultList();
            } finally {
                em.close();
            }
        }

        void deleteAll() {
            EntityManager em = entityManagers.createEntityManager();
            try {
                em.getTransaction().begin();
                em.createQuery("delete from AuditEntry").executeUpdate();
                em.getTransaction().commit();
            } finally {
                em.close();
            }
        }
    }

    private Audit audit() {
        return new Audit();
    }

    private EntityManagerFactory entityManagerFactory(DataSource dataSource) {
        LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
        factory.setDataSource(dataSource);
        factory.setPackagesToScan(AuditEntry.class.getPackageName());
        factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
        factory.setJpaPropertyMap(db.isMariadb()
                // Connector/J reports the server as MySQL: name MariaDB's dialect outright
                ? Map.of("hibernate.hbm2ddl.auto", "create-drop", "hibernate.dialect", MariaDBDialect.class.getName())
                : Map.of("hibernate.hbm2ddl.auto", "create-drop"));
        factory.afterPropertiesSet();
        return factory.getObject();
    }

    private AnnotationConfigApplicationContext context(Consumer<JpaTransactionManager> adjust) {
        JpaTransactionManager manager = new JpaTransactionManager() {
            @Override
            public void afterPropertiesSet() {
                super.afterPropertiesSet(); // takes the factory's DataSource and JpaDialect, then the test's changes
                adjust.accept(this);
            }
        };
        manager.setEntityManagerFactory(entityManagers);
        AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext();
        ctx.register(SpringTransactionSuite.TransactionConfig.class);
        ctx.registerBean(PlatformTransactionManager.class, () -> manager);
        ctx.registerBean(Shop.class, () -> new Shop(SharedEntityManagerCreator.createSharedEntityManager(entityManagers)));
        ctx.refresh();
        return ctx;
    }

    private Shop shop() {
        return hibernateManaged.getBean(Shop.class);
    }

    private static List<String> categories() {
        return Category.objects.orderBy("name").valuesList("name", String.class).fetch();
    }

    // ------------------------------------------------------------------ commit and rollback together

    @Test
    void anAksaraWriteAndAnEntityWriteCommitTogether() {
        shop().order("lamp", false);

        assertThat(categories()).containsExactly("lamp");
        assertThat(audit().notes()).containsExactly("ordered lamp");
    }

    @Test
    void anExceptionAfterBothWritesLeavesNeither() {
        assertThatThrownBy(() -> shop().order("lamp", true)).hasMessage("payment declined");

        assertThat(categories()).as("the Aksara write was rolled back").isEmpty();
        assertThat(audit().notes()).as("the entity write was rolled back").isEmpty();
    }

    @Test
    void bothSidesSeeEachOthersUncommittedWrites() {
        assertThat(shop().seeEachOther("desk")).containsExactly(true, true);
    }

    // ------------------------------------------------------------------ atomic blocks as savepoints

    @Test
    void anAtomicBlockInsideIsASavepoint() {
        shop().savepoint(false);

        assertThat(categories()).containsExactly("kept", "nested");
        assertThat(audit().notes()).containsExactly("kept");
    }

    @Test
    void aCompletedAtomicBlockIsStillUndoneWhenTheMethodFails() {
        assertThatThrownBy(() -> shop().savepoint(true)).hasMessage("payment declined");

        assertThat(categories()).isEmpty();
        assertThat(audit().notes()).isEmpty();
    }

    // ------------------------------------------------------------------ readOnly and isolation

    @Test
    void aReadOnlyTransactionReadsButRefusesAksaraWrites() {
        Category.objects.create("name", "shelf");
        assertThat(shop().readOnlyCount()).isEqualTo(1);

        assertThatThrownBy(() -> shop().readOnlyWrite())
                .isInstanceOf(TransactionError.class)
                .hasMessageContaining("read-only")
                .hasMessageContaining("a Spring-managed transaction");
        assertThat(categories()).containsExactly("shelf");
    }

    @Test
    void repeatableReadIsHonouredForAksaraReads() {
        Inventory.objects.create("sku", "pen", "stock", 5);

        List<Integer> reads = shop().readTwiceRepeatable("pen", () -> IsolationProbe.setStock(direct, "pen", 9));

        assertThat(reads).as("the second read sees the transaction's snapshot").containsExactly(5, 5);
        assertThat(Inventory.objects.get("sku", "pen").stock).isEqualTo(9);
    }

    @Test
    void readCommittedIsHonouredForAksaraReads() {
        Inventory.objects.create("sku", "pen", "stock", 5);

        List<Integer> reads = shop().readTwiceReadCommitted("pen", () -> IsolationProbe.setStock(direct, "pen", 9));

        assertThat(reads).as("the second read sees the other connection's commit").containsExactly(5, 9);
    }

    // ------------------------------------------------------------------ a connection Spring did not expose

    @Test
    void aJpaDialectThatHidesTheConnectionIsRefusedBeforeAnyWrite() {
        Shop hidden = unexposedManaged.getBean(Shop.class);

        assertThatThrownBy(() -> hidden.order("lamp", false))
                .isInstanceOf(TransactionError.class)
                .hasMessageContaining("JpaTransactionManager")
                .hasMessageContaining("did not expose its JDBC connection")
                .hasMessageContaining("HibernateJpaDialect");
        assertThat(categories()).as("Aksara did not write on a connection of its own").isEmpty();
        assertThat(audit().notes()).isEmpty();
    }
}
