package io.aksara.it.conformance.support;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Model;
import io.aksara.it.MigratedSchema;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The base of a suite transcribed from one of Django's test modules: the app's models get their
 * tables from a migration once per class, and before every test the tables are emptied and the
 * data of Django's {@code setUpTestData}/{@code setUp} is made again ({@link #setUpTestData()}),
 * so each test starts from the state Django's does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DjangoTestCase {
    private MigratedSchema schema;

    /** The database of the current run: a module suite runs once per database ({@link OnEveryDatabase}). */
    @Parameter
    protected TestDatabase db;

    /** The models of the Django test app (tests/APP/models.py). */
    protected abstract List<Class<? extends Model>> models();

    /** Django's {@code setUpTestData} and {@code setUp}: the rows every test starts with. */
    protected void setUpTestData() {}

    @BeforeParameterizedClassInvocation
    @SuppressWarnings("unchecked")
    final void createTables() {
        DatabaseConfig config = db.config(); // once: each call may name a new database (H2 in memory)
        Aksara.configure(config);
        schema = MigratedSchema.create(config, models().toArray(Class[]::new));
    }

    @BeforeEach
    final void freshRows() {
        schema.deleteAllRows();
        setUpTestData();
    }

    @AfterParameterizedClassInvocation
    final void dropTables() {
        if (schema != null) {
            schema.drop();
        }
        Aksara.close();
    }
}
