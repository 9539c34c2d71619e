package io.aksara.spring.boot;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.schema.migrate.MigrateResult;
import io.aksara.schema.migrations.Migrations;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Aksara's default database on the application's DataSource, for as long as the application
 * context lives. Creating it configures Aksara (and, when enabled, migrates the database first);
 * closing the context closes Aksara's side only: the DataSource stays the application's.
 *
 * <pre>
 * &#64;Autowired AksaraDatabase aksara;
 * aksara.migrations().showmigrations();
 * </pre>
 */
public class AksaraDatabase implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(AksaraDatabase.class);

    private final DatabaseConfig config;
    private final AksaraProperties properties;
    private final MigrateResult migrated;

    public AksaraDatabase(DataSource dataSource, AksaraProperties properties) {
        this.properties = properties;
        this.config = DatabaseConfig.builder().dataSource(dataSource).statementTimeout(properties.getStatementTimeout()).build();
        Aksara.configure(config);
        this.migrated = properties.getMigrations().isEnabled() ? migrate() : null;
    }

    /** What Aksara runs on. */
    public DatabaseConfig config() {
        return config;
    }

    /** The migrations in {@code aksara.migrations.dir}, against this database. */
    public Migrations migrations() {
        return Migrations.at(properties.getMigrations().getDir()).database(config);
    }

    /** What the startup migration did, or null when {@code aksara.migrations.enabled} is false. */
    public MigrateResult migrated() {
        return migrated;
    }

    private MigrateResult migrate() {
        String target = properties.getMigrations().getTarget();
        MigrateResult result = target == null || target.isBlank() ? migrations().migrate() : migrations().migrate(target);
        LOG.info("Aksara migrations in {}: applied {}, rolled back {}", properties.getMigrations().getDir(),
                result.applied(), result.rolledBack());
        return result;
    }

    @Override
    public void destroy() {
        Aksara.close(); // Aksara's side only: the application closes its DataSource itself
    }
}
