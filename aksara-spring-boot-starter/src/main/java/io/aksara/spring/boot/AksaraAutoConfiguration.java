package io.aksara.spring.boot;

import io.aksara.Aksara;
import io.aksara.micrometer.AksaraMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aksara on the application's DataSource (from {@code spring.datasource.*}): statements join the
 * {@code @Transactional} methods that hold a connection of it (through {@code aksara-spring}),
 * migrations run on startup when {@code aksara.migrations.enabled=true}, with Spring Boot's
 * health support there is an {@code aksara} health indicator, and with {@code aksara-micrometer}
 * and a {@code MeterRegistry} (Spring Boot's actuator) every statement is timed
 * ({@code aksara.statements}) and the pool reports its HikariCP metrics.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Aksara.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "aksara", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(AksaraProperties.class)
public class AksaraAutoConfiguration {
    @Bean
    @ConditionalOnMissingBean
    public AksaraDatabase aksaraDatabase(DataSource dataSource, AksaraProperties properties) {
        return new AksaraDatabase(dataSource, properties);
    }

    /** Only with Spring Boot's health support on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(AbstractHealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("aksara")
    static class Health {
        @Bean
        @ConditionalOnMissingBean(name = "aksaraHealthIndicator")
        AksaraHealthIndicator aksaraHealthIndicator(AksaraDatabase database) {
            return new AksaraHealthIndicator(database);
        }
    }

    /** Only with {@code aksara-micrometer} (and so Micrometer) on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"io.aksara.micrometer.AksaraMetrics", "io.micrometer.core.instrument.MeterRegistry"})
    @ConditionalOnProperty(prefix = "aksara.metrics", name = "enabled", matchIfMissing = true)
    static class Metrics {
        /**
         * Binds the application's registry when it has one. An ObjectProvider rather than a bean
         * condition: the registry's auto-configuration may come after this one.
         */
        @Bean
        @ConditionalOnMissingBean(name = "aksaraMetrics")
        AksaraMetricsBinding aksaraMetrics(ObjectProvider<MeterRegistry> registry) {
            MeterRegistry r = registry.getIfAvailable();
            return new AksaraMetricsBinding(r == null ? null : AksaraMetrics.bind(r));
        }
    }

    /** The registration of Aksara's statement timers, closed with the application context. */
    static final class AksaraMetricsBinding implements DisposableBean {
        private final AutoCloseable registration;

        AksaraMetricsBinding(AutoCloseable registration) {
            this.registration = registration;
        }

        @Override
        public void destroy() throws Exception {
            if (registration != null) {
                registration.close();
            }
        }
    }
}
