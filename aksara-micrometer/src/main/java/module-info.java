/**
 * Micrometer metrics ({@code AksaraMetrics}: statement timers, HikariCP pool metrics) and
 * observations ({@code AksaraObservations}) for Aksara's statements.
 *
 * <pre>{@code
 * module shop {
 *     requires io.aksara.micrometer;
 * }
 * }</pre>
 */
module io.aksara.micrometer {
    requires transitive io.aksara.jooq;
    // AksaraMetrics takes a MeterRegistry, AksaraObservations an ObservationRegistry
    requires transitive micrometer.core;
    requires transitive micrometer.observation;
    requires micrometer.commons;
    requires com.zaxxer.hikari;
    // jOOQ's Settings carry JAXB annotations; javac warns when it cannot see their types
    requires static jakarta.xml.bind;

    exports io.aksara.micrometer;
}
