package io.aksara.it.conformance.support;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Model;
import io.aksara.it.MigratedSchema;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of a suite transcribed from one of Django's test modules: the app's models get their
 * tables from a migration once per class, and before every test the tables are emptied and the
 * data of Django's {@code setUpTestData}/{@code setUp} is made again ({@link #setUpTestData()}),
 * so each test starts from the state Django's does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DjangoTestCase {
    private MigratedSchema schema;

    /** The database of one subclass. */
    protected abstract DatabaseConfig database();

    /** The models of the Django test app (tests/APP/models.py). */
    protected abstract List<Class<? extends Model>> models();

    /** Django's {@code setUpTestData} and {@code setUp}: the rows every test starts with. */
    protected void setUpTestData() {}

    @BeforeAll
    @SuppressWarnings("unchecked")
    final void createTables() {
        DatabaseConfig config = database(); // once: each call may name a new database (H2 in memory)
        Aksara.configure(config);
        schema = MigratedSchema.create(config, models().toArray(Class[]::new));
    }

    @BeforeEach
    final void freshRows() {
        schema.deleteAllRows();
        setUpTestData();
    }

    @AfterAll
    final void dropTables() {
        if (schema != null) {
            schema.drop();
        }
        Aksara.close();
    }
}
