package io.aksara.it.conformance.support;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Model;
import io.aksara.Transaction;
import io.aksara.it.MigratedSchema;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The base of a transcribed Django test module: the app's tables made through a migration, its
 * {@code setUpTestData} run once, and {@link #rolledBack} for the tests that write (Django runs
 * each test in a transaction it rolls back).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AggConformanceSuite {
    private MigratedSchema schema;

    /** The database of the current run: a module suite runs once per database ({@link OnEveryDatabase}). */
    @Parameter
    protected TestDatabase db;

    /** The app's models, join models included, in dependency order. */
    protected abstract List<Class<? extends Model>> models();

    /** Django's {@code setUpTestData}. */
    protected abstract void setUpTestData();

    @BeforeParameterizedClassInvocation
    @SuppressWarnings("unchecked")
    final void createAndSeed() {
        DatabaseConfig config = db.config(); // once: each call may name a new database (H2 in memory)
        Aksara.configure(config);
        schema = MigratedSchema.create(config, models().toArray(new Class[0]));
        setUpTestData();
    }

    @AfterParameterizedClassInvocation
    final void dropTables() {
        if (schema == null) {
            return; // the database was not available: the suite was skipped or failed in setup
        }
        schema.drop();
        Aksara.close();
    }

    /** Runs a test that writes inside a transaction that is rolled back, as Django's TestCase does. */
    protected static void rolledBack(Runnable test) {
        Transaction.atomic(() -> {
            test.run();
            Transaction.setRollback(true);
        });
    }
}
