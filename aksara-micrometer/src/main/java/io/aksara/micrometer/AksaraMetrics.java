package io.aksara.micrometer;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.aksara.Aksara;
import io.aksara.jooq.JooqBackend;
import io.aksara.jooq.observe.StatementObservers;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Micrometer metrics for Aksara: a timer per statement and the connection pools' own metrics.
 *
 * <pre>{@code
 * MeterRegistry registry = ...;                        // Prometheus, OTLP, Spring Boot's
 * AksaraMetrics.bind(registry);
 * Product.objects.filter("price__lt", 100).fetch();
 * registry.get("aksara.statements").tag("model", "Product").tag("operation", "select").timer().count();   // 1
 * registry.get("hikaricp.connections.active").tag("pool", "aksara-default").gauge();
 * }</pre>
 *
 * <p>The timer {@value #TIMER} has the tags {@code database} (the alias), {@code model} (the
 * model whose table the statement is about), {@code operation} ({@code select}, {@code insert},
 * {@code update}, {@code delete}, {@code explain}) and {@code outcome} ({@code success} or the
 * error's class, such as {@code UniqueViolation}). No tag ever holds a value or the SQL text, so
 * the number of series stays bounded by the models.
 *
 * <p>Each database's HikariCP pool reports its metrics ({@code hikaricp.connections.*}, tagged
 * {@code pool=aksara-<alias>}) through HikariCP's own Micrometer support, from the first statement
 * on that database after {@code bind}. Micrometer is optional: without this module nothing changes.
 */
public final class AksaraMetrics {
    /** The name of the per-statement timer. */
    public static final String TIMER = "aksara.statements";

    private AksaraMetrics() {}

    /** Records every statement in the registry and binds each database's pool at its first statement. */
    public static StatementObservers.Registration bind(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        return StatementObservers.register(statement -> {
            bindPool(registry, statement.database());
            long start = System.nanoTime();
            return (rows, error) -> Timer.builder(TIMER)
                    .description("Statements Aksara ran, by model and operation")
                    .tag("database", statement.database())
                    .tag("model", statement.model())
                    .tag("operation", statement.operation())
                    .tag("outcome", error == null ? "success" : error.getClass().getSimpleName())
                    .register(registry)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        });
    }

    /**
     * Reports the pool of a configured database to the registry through HikariCP's Micrometer
     * support (opening the pool if it is not open yet). A pool reports to one registry; a pool
     * already reporting is left as it is. Returns whether this call bound it.
     */
    public static boolean bindPool(MeterRegistry registry, String alias) {
        DataSource ds = JooqBackend.of(Aksara.backend(alias)).dataSource();
        if (!(ds instanceof HikariDataSource pool) || pool.getMetricsTrackerFactory() != null) {
            return false;
        }
        synchronized (pool) {
            if (pool.getMetricsTrackerFactory() != null) {
                return false;
            }
            pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
            return true;
        }
    }
}
