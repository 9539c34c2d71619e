package io.aksara.micrometer;

import io.aksara.jooq.observe.StatementObservers;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * Every statement as a Micrometer {@link Observation}, so a tracing bridge (Micrometer Tracing
 * with OpenTelemetry or Brave) gives each statement a span under the caller's current span, and
 * an observation handler for meters times them.
 *
 * <pre>{@code
 * ObservationRegistry observations = ...;              // Spring Boot's, or one with a tracing handler
 * AksaraObservations.bind(observations);
 * Observation.createNotStarted("checkout", observations).observe(() -> Product.objects.get("pk", 7));
 * // span "checkout" with a child span "select Product"
 * }</pre>
 *
 * <p>The observation is named {@value #NAME}; its contextual name (the span name) is
 * {@code "<operation> <model>"}. Low-cardinality keys: {@code aksara.database}, {@code aksara.model},
 * {@code aksara.operation}; high-cardinality: {@code db.statement}, the SQL with {@code ?} for
 * every value. Values are never recorded. A failed statement's observation carries a
 * {@link StatementFailure} naming its error's class, not the error's message, which may quote values.
 */
public final class AksaraObservations {
    /** The name of the statement observation. */
    public static final String NAME = "aksara.statement";

    private AksaraObservations() {}

    /** Reports every statement to the registry as an observation. */
    public static StatementObservers.Registration bind(ObservationRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        return StatementObservers.register(statement -> {
            Observation observation = Observation.createNotStarted(NAME, registry)
                    .contextualName(statement.operation() + " " + statement.model())
                    .lowCardinalityKeyValues(KeyValues.of(
                            "aksara.database", statement.database(),
                            "aksara.model", statement.model(),
                            "aksara.operation", statement.operation()))
                    .highCardinalityKeyValue("db.statement", statement.sql())
                    .start();
            return (rows, error) -> {
                if (error != null) {
                    observation.error(new StatementFailure(error, statement.operation(), statement.model()));
                }
                observation.stop();
            };
        });
    }
}
