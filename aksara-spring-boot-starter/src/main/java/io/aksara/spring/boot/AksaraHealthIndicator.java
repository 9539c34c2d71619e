package io.aksara.spring.boot;

import io.aksara.Aksara;
import io.aksara.jooq.JooqBackend;
import io.aksara.schema.migrate.MigrationStatus;
import java.util.List;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * {@code /actuator/health/aksara}: up when Aksara's default database answers a query; with the
 * database product and, when migrations run on startup, the migrations not yet applied.
 *
 * <pre>{"status":"UP","details":{"database":"postgres","pendingMigrations":[]}}</pre>
 */
public class AksaraHealthIndicator extends AbstractHealthIndicator {
    private final AksaraDatabase database;

    public AksaraHealthIndicator(AksaraDatabase database) {
        super("Aksara health check failed");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        JooqBackend backend = JooqBackend.of(Aksara.backend());
        backend.dsl().selectOne().fetch();
        builder.up().withDetail("database", backend.vendor());
        if (database.migrated() != null) {
            List<String> pending = database.migrations().showmigrations().stream()
                    .filter(m -> !m.applied()).map(MigrationStatus::name).toList();
            builder.withDetail("pendingMigrations", pending);
            if (!pending.isEmpty()) {
                builder.outOfService();
            }
        }
    }
}
