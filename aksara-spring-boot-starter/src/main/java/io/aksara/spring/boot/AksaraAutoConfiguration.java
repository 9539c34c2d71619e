package io.aksara.spring.boot;

import io.aksara.Aksara;
import javax.sql.DataSource;
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
 * migrations run on startup when {@code aksara.migrations.enabled=true}, and with Spring Boot's
 * health support there is an {@code aksara} health indicator.
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
}
