/**
 * Spring Boot auto-configuration for Aksara: the application's DataSource as Aksara's default
 * database, {@code aksara.*} properties, migrations at startup, a health indicator and metrics.
 *
 * <pre>{@code
 * module shop {
 *     requires io.aksara.spring.boot;
 * }
 * }</pre>
 */
module io.aksara.spring.boot {
    requires transitive io.aksara.spring;
    requires transitive io.aksara.schema;
    requires spring.beans;
    requires spring.boot;
    requires spring.boot.autoconfigure;
    requires spring.boot.jdbc;
    requires spring.context;
    requires spring.core;
    requires org.slf4j;
    requires static spring.boot.health;
    requires static io.aksara.micrometer;
    requires static micrometer.core;

    exports io.aksara.spring.boot;
    // Spring makes the configuration classes and binds AksaraProperties by reflection
    opens io.aksara.spring.boot to spring.core, spring.beans, spring.context;
}
