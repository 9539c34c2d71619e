package io.aksara.spring.boot;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Aksara's own settings, under {@code aksara.*}. Where the database is comes from
 * {@code spring.datasource.*}: Aksara runs on the application's DataSource.
 *
 * <pre>
 * aksara.statement-timeout=5s
 * aksara.migrations.enabled=true
 * aksara.migrations.dir=migrations
 * </pre>
 */
@ConfigurationProperties(prefix = "aksara")
public class AksaraProperties {
    /** Whether to configure Aksara on the application's DataSource. */
    private boolean enabled = true;

    /** The longest any Aksara statement may run before it is cancelled on the server; unset for no limit. */
    private Duration statementTimeout;

    private final Migrations migrations = new Migrations();

    private final Metrics metrics = new Metrics();

    public boolean isEnabled() { return enabled; }

    public void setEnabled(boolean enabled) { this.enabled = enabled; }

    public Duration getStatementTimeout() { return statementTimeout; }

    public void setStatementTimeout(Duration statementTimeout) { this.statementTimeout = statementTimeout; }

    public Migrations getMigrations() { return migrations; }

    public Metrics getMetrics() { return metrics; }

    /** Statement timers and pool metrics, when {@code aksara-micrometer} and a {@code MeterRegistry} are there. */
    public static class Metrics {
        /** Whether to time every statement ({@code aksara.statements}) and report the pool's metrics. */
        private boolean enabled = true;

        public boolean isEnabled() { return enabled; }

        public void setEnabled(boolean enabled) { this.enabled = enabled; }
    }

    /** Running the migrations written by {@code ./aksara makemigrations} when the application starts. */
    public static class Migrations {
        /** Whether to migrate the database to the latest migration on startup. */
        private boolean enabled = false;

        /** The directory of the numbered Liquibase changelogs. */
        private Path dir = Path.of(io.aksara.schema.migrations.Migrations.DEFAULT_DIRECTORY);

        /** The migration to migrate to (as {@code ./aksara migrate NAME}); unset for the latest. */
        private String target;

        public boolean isEnabled() { return enabled; }

        public void setEnabled(boolean enabled) { this.enabled = enabled; }

        public Path getDir() { return dir; }

        public void setDir(Path dir) { this.dir = dir; }

        public String getTarget() { return target; }

        public void setTarget(String target) { this.target = target; }
    }
}
