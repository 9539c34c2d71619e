package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.Transaction;
import io.aksara.errors.UniqueViolation;
import io.aksara.it.models.Category;
import io.aksara.it.models.Product;
import io.aksara.jooq.observe.SlowQueryLog;
import io.aksara.jooq.observe.StatementObservers;
import io.aksara.micrometer.AksaraMetrics;
import io.aksara.micrometer.AksaraObservations;
import io.aksara.micrometer.StatementFailure;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Metrics, traces and the slow-query log on every database: a Micrometer timer per statement
 * tagged by database, model and operation (never by value), the pool's HikariCP metrics,
 * Observation API spans nested under the caller's, and slow statements logged without their
 * values unless asked.
 */
@OnEveryDatabase
class ObservabilitySuite {
    private static final String SECRET = "Lamp-7f3a-private";

    @Parameter
    TestDatabase db;

    private MigratedSchema schema;
    private StatementObservers.Registration registration;

    @BeforeParameterizedClassInvocation
    void createTables() {
        Aksara.configure(db.config());
        schema = MigratedSchema.create(Aksara.config(Aksara.DEFAULT), Category.class, Product.class);
    }

    @BeforeEach
    void emptyTables() {
        schema.deleteAllRows();
    }

    @AfterEach
    void unbind() {
        if (registration != null) {
            registration.close();
            registration = null;
        }
        SlowQueryLog.disable();
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema != null) {
            schema.drop();
        }
        Aksara.close();
    }

    // ------------------------------------------------------------------ Micrometer timers

    @Test
    void everyStatementIsTimedByDatabaseModelAndOperation() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registration = AksaraMetrics.bind(registry);
        Category lamps = Category.objects.create("name", SECRET);
        Product.objects.create("name", SECRET, "price", 10, "category", lamps);
        Product.objects.filter("name", SECRET).fetch();
        Product.objects.filter("price__lt", 100).count();
        Product.objects.filter("category", lamps).update("price", 12);
        Product.objects.filter("name", SECRET).delete();

        assertThat(timer(registry, "Category", "insert").count()).isEqualTo(1);
        assertThat(timer(registry, "Product", "insert").count()).isEqualTo(1);
        assertThat(timer(registry, "Product", "select").count()).isEqualTo(2);
        assertThat(timer(registry, "Product", "update").count()).isEqualTo(1);
        assertThat(timer(registry, "Product", "delete").count()).isGreaterThanOrEqualTo(1);
        assertThat(timer(registry, "Product", "select").totalTime(TimeUnit.NANOSECONDS)).isPositive();

        Set<String> tagValues = registry.find(AksaraMetrics.TIMER).meters().stream()
                .flatMap(m -> m.getId().getTags().stream()).map(Tag::getValue).collect(Collectors.toSet());
        assertThat(tagValues).as("tags hold names, never values").noneMatch(v -> v.contains(SECRET) || v.contains("12"))
                .contains("default", "Category", "Product", "success");
        assertThat(registry.find(AksaraMetrics.TIMER).meters()).extracting(m -> m.getId().getTag("database"))
                .containsOnly("default");
    }

    @Test
    void aFailedStatementIsTimedWithItsErrorAsOutcome() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registration = AksaraMetrics.bind(registry);
        Category.objects.create("name", "Twice");
        assertThatThrownBy(() -> Category.objects.create("name", "Twice")).isInstanceOf(UniqueViolation.class);
        Timer failed = registry.get(AksaraMetrics.TIMER).tag("model", "Category").tag("operation", "insert")
                .tag("outcome", "UniqueViolation").timer();
        assertThat(failed.count()).isEqualTo(1);
    }

    @Test
    void statementsInsideAtomicAreTimedAndTransactionControlIsNot() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registration = AksaraMetrics.bind(registry);
        Transaction.atomic(() -> {
            Category.objects.create("name", "In a block");
            Transaction.atomic(() -> Category.objects.create("name", "In a savepoint"));
        });
        assertThat(timer(registry, "Category", "insert").count()).isEqualTo(2);
        assertThat(registry.find(AksaraMetrics.TIMER).meters()).extracting(m -> m.getId().getTag("operation"))
                .containsOnly("insert");
    }

    @Test
    void thePoolReportsHikariMetrics() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Aksara.configure("metered", Aksara.config(Aksara.DEFAULT));
        try {
            registration = AksaraMetrics.bind(registry);
            assertThat(Category.objects.using("metered").count()).isZero(); // the first statement binds the pool
            Meter active = registry.find("hikaricp.connections.active").tag("pool", "aksara-metered").meter();
            assertThat(active).isNotNull();
            assertThat(registry.get("hikaricp.connections.max").tag("pool", "aksara-metered").gauge().value())
                    .isEqualTo(Aksara.config("metered").poolSize());
            assertThat(registry.find("hikaricp.connections.usage").tag("pool", "aksara-metered").timer().count())
                    .isGreaterThanOrEqualTo(1);
            assertThat(AksaraMetrics.bindPool(registry, "metered")).as("a pool is bound once").isFalse();
        } finally {
            Aksara.configure("metered", Aksara.config(Aksara.DEFAULT)); // closes the metered pool
        }
    }

    // ------------------------------------------------------------------ Observation API

    @Test
    void eachStatementIsAnObservationUnderTheCallersObservation() {
        ObservationRegistry observations = ObservationRegistry.create();
        List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
        observations.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStop(Observation.Context context) {
                stopped.add(context);
            }
        });
        registration = AksaraObservations.bind(observations);

        Observation request = Observation.createNotStarted("checkout", observations);
        request.observe(() -> {
            Category lamps = Category.objects.create("name", SECRET);
            Product.objects.filter("category", lamps).fetch();
        });

        List<Observation.Context> statements = stopped.stream().filter(c -> c.getName().equals(AksaraObservations.NAME)).toList();
        assertThat(statements).extracting(Observation.Context::getContextualName)
                .containsExactly("insert Category", "select Product");
        Observation.Context select = statements.get(1);
        assertThat(select.getParentObservation()).as("the span's parent is the caller's").isSameAs(request);
        assertThat(select.getLowCardinalityKeyValue("aksara.model").getValue()).isEqualTo("Product");
        assertThat(select.getLowCardinalityKeyValue("aksara.database").getValue()).isEqualTo("default");
        assertThat(select.getHighCardinalityKeyValue("db.statement").getValue()).contains("?").doesNotContain(SECRET);
        assertThat(statements.getFirst().getHighCardinalityKeyValue("db.statement").getValue()).doesNotContain(SECRET);
        assertThat(select.getError()).isNull();

        assertThatThrownBy(() -> Category.objects.create("name", SECRET)).isInstanceOf(UniqueViolation.class);
        Observation.Context failed = stopped.getLast();
        assertThat(failed.getContextualName()).isEqualTo("insert Category");
        assertThat(failed.getError()).as("a stand-in without the driver's message, which quotes the value")
                .isInstanceOf(StatementFailure.class).hasMessageContaining("UniqueViolation in insert on Category")
                .hasMessageNotContaining(SECRET);
        assertThat(((StatementFailure) failed.getError()).errorClass()).isEqualTo(UniqueViolation.class.getName());
    }

    // ------------------------------------------------------------------ slow query log

    @Test
    void aSlowStatementIsLoggedWithItsSqlAndParameterCountButNotItsValues() {
        Category lamps = Category.objects.create("name", "Lamps");
        String logged;
        try (LogCapture log = LogCapture.debug("io.aksara.sql.slow")) {
            SlowQueryLog.enable(Duration.ZERO); // every statement is "slow"
            Product.objects.filter("name", SECRET, "category", lamps).fetch();
            logged = log.text();
        }
        assertThat(logged).contains("[default] slow select on Product:", "(threshold 0 ms), 2 parameters, 0 rows", "?")
                .doesNotContain(SECRET);
    }

    @Test
    void theValuesAreLoggedOnlyWhenAskedFor() {
        String logged;
        try (LogCapture log = LogCapture.debug("io.aksara.sql.slow")) {
            SlowQueryLog.enable(Duration.ZERO, true);
            Category.objects.filter("name", SECRET).exists();
            logged = log.text();
        }
        assertThat(logged).contains("slow select on Category", "1 parameter,", "values [" + SECRET + "]");
    }

    @Test
    void fastStatementsAreNotLoggedAndFailedOnesSayHowTheyFailed() {
        String logged;
        try (LogCapture log = LogCapture.debug("io.aksara.sql.slow")) {
            SlowQueryLog.enable(Duration.ofHours(1));
            Category.objects.create("name", "Quick");
            Category.objects.count();
            assertThat(log.text()).doesNotContain("slow");
            SlowQueryLog.enable(Duration.ZERO);
            assertThatThrownBy(() -> Category.objects.create("name", "Quick")).isInstanceOf(UniqueViolation.class);
            logged = log.text();
        }
        assertThat(logged).contains("slow insert on Category", "failed: UniqueViolation");
        assertThatThrownBy(() -> SlowQueryLog.enable(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    private static Timer timer(SimpleMeterRegistry registry, String model, String operation) {
        return registry.get(AksaraMetrics.TIMER).tag("database", "default").tag("model", model)
                .tag("operation", operation).tag("outcome", "success").timer();
    }
}
