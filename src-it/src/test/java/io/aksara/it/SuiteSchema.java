package io.aksara.it;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Model;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The table lifecycle most {@link OnEveryDatabase} suites share: once per database Aksara is
 * configured for it and the suite's models get their tables from a migration
 * ({@link MigratedSchema}); every test starts with them empty (before the suite's own
 * {@code @BeforeEach}, which may seed rows); after the database's run the tables are migrated away
 * and Aksara is closed.
 *
 * <pre>{@code
 * @OnEveryDatabase
 * class CompositeKeySuite extends SuiteSchema {
 *     CompositeKeySuite() { super(Outlet.class, Stocking.class); }
 *
 *     @Test void ...() { Outlet.objects.create(...); ... config.url() ... }
 * }
 * }</pre>
 *
 * <p>The suites are {@code PER_CLASS}: one instance may serve one database after another, so each
 * run starts by forgetting the last one's schema (a database skipped before its tables exist must
 * not drop another's).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SuiteSchema {
    /** The database of the current run. */
    @Parameter
    protected TestDatabase db;

    /** The current database's configuration, as Aksara was configured with it. */
    protected DatabaseConfig config;

    /** The current database's tables. */
    protected MigratedSchema schema;

    private final List<Class<? extends Model>> models;

    @SafeVarargs
    protected SuiteSchema(Class<? extends Model>... models) {
        this.models = List.of(models);
    }

    /** The models whose tables {@link #db} gets; those given to the constructor unless a suite depends on the database. */
    protected List<Class<? extends Model>> models() {
        return models;
    }

    @BeforeParameterizedClassInvocation
    @SuppressWarnings("unchecked")
    final void createTables() {
        schema = null;
        config = db.config(); // once: each call may name a new database (H2 in memory)
        Aksara.configure(config);
        schema = MigratedSchema.create(config, models().toArray(Class[]::new));
    }

    @AfterParameterizedClassInvocation
    final void dropTables() {
        if (schema == null) {
            return;
        }
        schema.drop();
        schema = null;
        Aksara.close();
    }

    @BeforeEach
    final void emptyTables() {
        schema.deleteAllRows();
    }
}
