package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.errors.UniqueViolation;
import io.aksara.it.models.Category;
import io.aksara.jooq.observe.StatementObservers;
import io.aksara.micrometer.AksaraObservations;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Statement observations as OpenTelemetry really receives them, on every database: an
 * {@link ObservationRegistry} with Micrometer Tracing's OTel bridge, an OTel SDK tracer provider
 * and its in-memory exporter in place of a collector. Each statement is one span, a child of the
 * caller's, tagged with model, operation and database alias, and carrying no bound value.
 */
@OnEveryDatabase
class TracingSuite {
    private static final String SECRET = "Lamp-5c1e-private";

    @Parameter
    TestDatabase db;

    private MigratedSchema schema;
    private InMemorySpanExporter exported;
    private SdkTracerProvider tracerProvider;
    private ObservationRegistry observations;
    private StatementObservers.Registration registration;

    @BeforeParameterizedClassInvocation
    void createTables() {
        Aksara.configure(db.config());
        schema = MigratedSchema.create(Aksara.config(Aksara.DEFAULT), Category.class);
    }

    @BeforeEach
    void traceStatements() {
        schema.deleteAllRows();
        exported = InMemorySpanExporter.create();
        tracerProvider = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exported)).build();
        OtelCurrentTraceContext context = new OtelCurrentTraceContext();
        OtelTracer tracer = new OtelTracer(tracerProvider.get("aksara-it"), context, event -> { },
                new OtelBaggageManager(context, List.of(), List.of()));
        observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultTracingObservationHandler(tracer));
        registration = AksaraObservations.bind(observations);
    }

    @AfterEach
    void unbind() {
        registration.close();
        tracerProvider.close();
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema != null) {
            schema.drop();
        }
        Aksara.close();
    }

    private List<SpanData> statementSpans() {
        return exported.getFinishedSpanItems().stream()
                .filter(s -> s.getAttributes().get(AttributeKey.stringKey("aksara.model")) != null).toList();
    }

    private static String attribute(SpanData span, String key) {
        return span.getAttributes().get(AttributeKey.stringKey(key));
    }

    @Test
    void eachStatementIsOneSpanUnderTheCallersSpanWithModelOperationAndAlias() {
        Observation.createNotStarted("checkout", observations).observe(() -> {
            Category.objects.create("name", SECRET);
            Category.objects.filter("name", SECRET).fetch();
            Category.objects.filter("name", SECRET).update("name", SECRET + "-renamed");
        });

        List<SpanData> statements = statementSpans();
        assertThat(statements).extracting(SpanData::getName)
                .containsExactly("insert Category", "select Category", "update Category");
        assertThat(statements).extracting(s -> attribute(s, "aksara.operation")).containsExactly("insert", "select", "update");
        assertThat(statements).allSatisfy(span -> {
            assertThat(attribute(span, "aksara.model")).isEqualTo("Category");
            assertThat(attribute(span, "aksara.database")).isEqualTo("default");
        });

        SpanData checkout = exported.getFinishedSpanItems().stream().filter(s -> s.getName().equals("checkout")).findFirst().orElseThrow();
        assertThat(statements).as("each statement's span is a child of the caller's, in its trace").allSatisfy(span -> {
            assertThat(span.getTraceId()).isEqualTo(checkout.getTraceId());
            assertThat(span.getParentSpanId()).isEqualTo(checkout.getSpanId());
        });
    }

    @Test
    void noSpanCarriesABoundValue() {
        Category.objects.create("name", SECRET);
        Category.objects.filter("name", SECRET).exists();

        List<SpanData> spans = exported.getFinishedSpanItems();
        assertThat(statementSpans()).hasSize(2).allSatisfy(span ->
                assertThat(attribute(span, "db.statement")).as("the SQL, with placeholders").contains("?").doesNotContain(SECRET));
        assertThat(spans).allSatisfy(span -> {
            assertThat(span.getAttributes().asMap().values()).noneMatch(v -> String.valueOf(v).contains(SECRET));
            assertThat(span.getEvents()).noneMatch(e -> e.getAttributes().toString().contains(SECRET));
        });
    }

    @Test
    void aFailedStatementsSpanIsMarkedAsAnError() {
        Category.objects.create("name", SECRET);
        exported.reset();

        assertThatThrownBy(() -> Category.objects.create("name", SECRET)).isInstanceOf(UniqueViolation.class);

        SpanData failed = statementSpans().getLast();
        assertThat(failed.getName()).isEqualTo("insert Category");
        assertThat(failed.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(failed.getEvents()).as("the recorded exception").isNotEmpty()
                .allMatch(e -> e.getAttributes().toString().contains("UniqueViolation in insert on Category"))
                .noneMatch(e -> e.getAttributes().toString().contains(SECRET));
    }
}
