package io.aksara.it;

import static io.aksara.test.QueryAssertions.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Transaction;
import io.aksara.errors.UniqueViolation;
import io.aksara.it.models.Category;
import io.aksara.it.models.Product;
import io.aksara.test.AksaraTest;
import io.aksara.test.FreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The test extension (aksara-test) on every database: {@code @AksaraTest} rolls each test back,
 * {@code assertNumQueries} counts and shows statements, a fresh database per class is made and
 * dropped. The {@code @AksaraTest} classes below are examples run through the JUnit launcher, so the
 * suite can look at the database after them, failures included.
 */
@OnEveryDatabase
class TestKitSuite {
    @Parameter
    TestDatabase db;

    private MigratedSchema schema;
    private DatabaseConfig config;

    @BeforeParameterizedClassInvocation
    void createTables() {
        config = db.config();
        Aksara.configure(config);
        schema = MigratedSchema.create(config, Category.class, Product.class);
    }

    @BeforeEach
    void emptyTables() {
        // through the managers: a fresh database test reconfigures the alias, which closes the pool the schema's editor holds
        Product.objects.all().delete();
        Category.objects.all().delete();
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema != null) {
            schema.drop();
        }
        Aksara.close();
    }

    // ------------------------------------------------------------------ @AksaraTest

    @Test
    void eachTestIsRolledBackWhetherItPassesOrFails() {
        TestExecutionSummary summary = runExample(RolledBackExamples.class);
        assertThat(summary.getTestsSucceededCount()).as(failures(summary)).isEqualTo(3);
        assertThat(summary.getTestsFailedCount()).isEqualTo(1);
        assertThat(summary.getFailures().getFirst().getException()).hasMessage("the test failed after writing");
        assertThat(Category.objects.count()).as("rows written by the example tests").isZero();
        assertThat(RolledBackExamples.sawOwnWrites).isTrue();
    }

    @Test
    void beforeEachWritesAreRolledBackWithTheTest() {
        SetUpExample.setUpInsideTheBlock.clear();
        TestExecutionSummary summary = runExample(SetUpExample.class);

        assertThat(summary.getTestsSucceededCount()).as(failures(summary)).isEqualTo(2);
        assertThat(SetUpExample.setUpInsideTheBlock).as("each @BeforeEach ran inside its test's block").containsExactly(true, true);
        assertThat(Category.objects.count()).as("rows written by @BeforeEach").isZero();
    }

    @Test
    void aTestThatCatchesADatabaseErrorStillPasses() {
        TestExecutionSummary summary = runExample(CaughtErrorExample.class);
        assertThat(summary.getTestsSucceededCount()).as(failures(summary)).isEqualTo(1);
        assertThat(Category.objects.count()).isZero();
    }

    @Test
    void aFreshDatabaseIsMadeForTheClassAndDroppedAfterIt() throws Exception {
        Category.objects.create("name", "In the suite's database");
        TestExecutionSummary summary = runExample(FreshDatabaseExample.class);
        assertThat(summary.getTestsSucceededCount()).as(failures(summary)).isEqualTo(1);
        String freshUrl = FreshDatabaseExample.url.get();
        assertThat(freshUrl).isNotEqualTo(config.url()).contains("aksara_test_");
        assertThat(Aksara.config(Aksara.DEFAULT)).as("the alias is configured as before").isEqualTo(config);
        assertThat(Category.objects.valuesList("name", String.class).fetch()).containsExactly("In the suite's database");
        assertThat(databaseExists(freshUrl)).as("the fresh database is dropped").isFalse();
    }

    @Test
    void freshDatabaseAsJavaApi() throws Exception {
        String url;
        try (FreshDatabase fresh = FreshDatabase.create(Aksara.DEFAULT, config, Category.class)) {
            url = fresh.config().url();
            assertThat(Category.objects.count()).isZero();
            Category.objects.create("name", "Only here");
            assertThat(Category.objects.count()).isEqualTo(1);
            assertThat(databaseExists(url)).isTrue();
        }
        assertThat(Category.objects.count()).isZero();
        assertThat(databaseExists(url)).isFalse();
    }

    // ------------------------------------------------------------------ assertNumQueries

    @Test
    void assertNumQueriesPassesOnTheRightCountAndReturnsTheResult() {
        Category lamps = Category.objects.create("name", "Lamps");
        Product.objects.create("name", "Desk lamp", "price", 10, "category", lamps);
        Product.objects.create("name", "Floor lamp", "price", 20, "category", lamps);

        List<Product> products = assertNumQueries(1, () -> Product.objects.selectRelated("category").orderBy("name").fetch());
        assertNumQueries(0, () -> products.forEach(p -> assertThat(p.category.get().name).isEqualTo("Lamps")));
        assertNumQueries(2, () -> Category.objects.prefetchRelated("products").fetch());
        assertNumQueries(0, () -> Category.objects.filter("name", "Lamps")); // lazy: nothing runs
    }

    @Test
    void assertNumQueriesFailsWithEveryStatementItSaw() {
        Category lamps = Category.objects.create("name", "Lamps");
        Product.objects.create("name", "Desk lamp", "price", 10, "category", lamps);
        Product.objects.create("name", "Floor lamp", "price", 20, "category", lamps);

        assertThatThrownBy(() -> assertNumQueries(1, () -> Product.objects.all().fetch()
                .forEach(p -> p.category.get().name.length())))   // N+1: one SELECT per product
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("1 query expected, 3 executed:")
                .hasMessageContaining("1. select")
                .hasMessageContaining("3. select")
                .hasMessageContaining(db == TestDatabase.H2 ? "CATEGORIES" : "categories");
        assertThatThrownBy(() -> assertNumQueries(1, () -> { }))
                .isInstanceOf(AssertionError.class).hasMessage("1 query expected, 0 executed: (none)");
        assertThatThrownBy(() -> assertNumQueries(-1, () -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------ the examples

    /** Run only through {@link #runExample}: a nested class is not picked up by Surefire. */
    @AksaraTest
    static class RolledBackExamples {
        static volatile boolean sawOwnWrites;

        @Test
        void writes() {
            Category.objects.create("name", "Written by a test");
            sawOwnWrites = Category.objects.filter("name", "Written by a test").exists();
            assertThat(Transaction.isActive()).isTrue();
        }

        @Test
        void writesAgainWithTheSameUniqueName() {
            Category.objects.create("name", "Written by a test"); // no clash: the other test's row is gone
        }

        @Test
        void seesNoRowOfAnotherTest() {
            assertThat(Category.objects.filter("name", "Written by a test").exists()).isFalse();
        }

        @Test
        void failsAfterWriting() {
            Category.objects.create("name", "Written before a failure");
            throw new AssertionError("the test failed after writing");
        }
    }

    /** Django's setUp: what {@code @BeforeEach} writes is inside the test's block and rolled back with it. */
    @AksaraTest
    static class SetUpExample {
        static final List<Boolean> setUpInsideTheBlock = new CopyOnWriteArrayList<>();
        Category shelf;

        @BeforeEach
        void setUp() {
            shelf = Category.objects.create("name", "Made in setUp"); // unique: a second run clashes unless the first was undone
            setUpInsideTheBlock.add(Transaction.isActive());
        }

        @Test
        void seesTheRowItsSetUpMade() {
            assertThat(Category.objects.get("name", "Made in setUp").id).isEqualTo(shelf.id);
        }

        @Test
        void seesOnlyItsOwnSetUpsRow() {
            assertThat(Category.objects.filter("name", "Made in setUp").count()).isEqualTo(1);
        }
    }

    @AksaraTest
    static class CaughtErrorExample {
        @Test
        void expectsAUniqueViolation() {
            Category.objects.create("name", "Twice");
            assertThatThrownBy(() -> Category.objects.create("name", "Twice")).isInstanceOf(UniqueViolation.class);
        }
    }

    @AksaraTest(freshDatabase = true, models = {Category.class, Product.class})
    static class FreshDatabaseExample {
        static final AtomicReference<String> url = new AtomicReference<>();

        @Test
        void startsEmpty() {
            url.set(Aksara.config(Aksara.DEFAULT).url());
            assertThat(Category.objects.count()).isZero();
            Product.objects.create("name", "Lamp", "price", 1, "category", Category.objects.create("name", "Lamps"));
            assertThat(Product.objects.count()).isEqualTo(1);
        }
    }

    private static TestExecutionSummary runExample(Class<?> example) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(example)).build(),
                listener);
        return listener.getSummary();
    }

    private static String failures(TestExecutionSummary summary) {
        return summary.getFailures().stream().map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException())
                .toList().toString();
    }

    private boolean databaseExists(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            return Files.exists(Path.of(url.substring("jdbc:sqlite:".length()).split("\\?")[0])); // a connection would make the file
        }
        String probe = url.startsWith("jdbc:h2:") ? url + ";IFEXISTS=TRUE" : url;
        try (var c = DriverManager.getConnection(probe, config.user(), config.password())) {
            return c.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }
}
