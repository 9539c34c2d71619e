package io.aksara.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.DatabaseConfig;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.MakeMigrationsResult;
import io.aksara.schema.migrations.Migrations;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The examples' committed migrations agree with their models (what {@code makemigrations --check}
 * checks in a project's CI), and they run forwards and back on a fresh database.
 */
class ExampleMigrationsTest {
    /** The module's directory when Maven runs the test. */
    private static final Migrations MIGRATIONS = Migrations.at(Path.of("migrations"));

    @Test
    void modelsHaveNoChangesWithoutAMigration() {
        MakeMigrationsResult check = MIGRATIONS.makemigrations(MakeMigrationsOptions.defaults().asCheck());
        assertThat(check.changesDetected())
                .as("the example models changed without a migration: run ./aksara --dir aksara-examples/migrations "
                        + "makemigrations\n%s", check.yaml())
                .isFalse();
    }

    @Test
    void migrationsRunForwardsAndBack() {
        Migrations onFreshH2 = MIGRATIONS.database(DatabaseConfig.builder()
                .url("jdbc:h2:mem:examples-migrations;DB_CLOSE_DELAY=-1").user("sa").password("").build());
        assertThat(onFreshH2.migrate().applied()).containsExactly("0001_initial");
        assertThat(onFreshH2.migrate("zero").rolledBack()).containsExactly("0001_initial");
    }
}
