package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Ref;
import io.aksara.it.models.adoption.Rate;
import io.aksara.it.models.migrations.v1.Item;
import io.aksara.it.models.migrations.v1.Note;
import io.aksara.it.models.migrations.v1.Shelf;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.schema.MigrationError;
import io.aksara.schema.migrate.FakeMode;
import io.aksara.schema.migrate.MigrateResult;
import io.aksara.schema.migrate.MigrationStatus;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.Migrations;
import io.aksara.schemafirst.InspectDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Adopting a database whose tables were made before its migrations, once per database:
 * {@code migrate --fake-initial} records the initial migration without running it and keeps the
 * rows, later migrations then run normally; {@code --fake} rewrites only the history; tables that
 * exist only in part are refused before anything is recorded.
 */
@OnEveryDatabase
class AdoptionSuite {
    @Parameter
    TestDatabase db;

    private static final List<String> TABLES = List.of("mig_labels", "mig_tags", "mig_items", "mig_notes", "mig_shelves",
            "adopt_rates", "DATABASECHANGELOG", "DATABASECHANGELOGLOCK");
    private static final List<ModelMeta<?>> V1 = List.of(ModelRegistry.metaOf(Shelf.class), ModelRegistry.metaOf(Item.class),
            ModelRegistry.metaOf(Note.class));
    private static final List<ModelMeta<?>> V2 = List.of(ModelRegistry.metaOf(io.aksara.it.models.migrations.v2.Shelf.class),
            ModelRegistry.metaOf(io.aksara.it.models.migrations.v2.Item.class),
            ModelRegistry.metaOf(io.aksara.it.models.migrations.v2.Tag.class));

    private DatabaseConfig config;

    @TempDir
    Path dir;

    @TempDir
    Path legacyDir;

    @BeforeParameterizedClassInvocation
    void configure() {
        config = db.config();
        Aksara.configure(config);
    }

    @BeforeEach
    void dropEverything() throws SQLException {
        execute(TABLES.stream().map(t -> "drop table if exists " + t + (db.isPostgres() ? " cascade" : "")).toArray(String[]::new));
    }

    @AfterParameterizedClassInvocation
    void close() throws SQLException {
        if (config != null) {
            dropEverything();
            Aksara.close();
        }
    }

    /** The v1 tables with a row in them, made by an older tool: no migration history at all. */
    private void legacyDatabase() throws SQLException {
        Migrations.at(legacyDir).models(V1).database(config).makemigrations(MakeMigrationsOptions.defaults());
        Migrations.at(legacyDir).models(V1).database(config).migrate();
        execute("drop table DATABASECHANGELOG", "drop table DATABASECHANGELOGLOCK");
        Shelf shelf = Shelf.objects.create("name", "legacy");
        Item.objects.create("title", "kept", "count", 3, "shelf", Ref.to(shelf));
    }

    @Test
    void fakeInitialRecordsTheBaselineAndKeepsTheRows() throws Exception {
        legacyDatabase();
        migrations(V1).makemigrations(MakeMigrationsOptions.defaults());
        assertThatThrownBy(() -> migrations(V1).migrate()).isInstanceOf(MigrationError.class);   // the tables exist

        MigrateResult adopted = migrations(V1).migrate(null, FakeMode.FAKE_INITIAL);
        assertThat(adopted.faked()).containsExactly("0001_initial");
        assertThat(adopted.applied()).isEmpty();
        assertThat(status()).containsExactly("[X] 0001_initial");
        assertThat(Item.objects.filter("shelf__name", "legacy").valuesList("title", String.class).fetch()).containsExactly("kept");
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password())) {
            // re-inspecting the adopted database gives models for its tables, not for Liquibase's history
            assertThat(InspectDb.of(c).inspect().sources().keySet()).contains("MigItem.java", "MigNote.java")
                    .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).startsWith("databasechangelog"));
        }

        // the next migration runs for real, even with --fake-initial
        migrations(V2).makemigrations(MakeMigrationsOptions.defaults().withRenames());
        MigrateResult next = migrations(V2).migrate(null, FakeMode.FAKE_INITIAL);
        assertThat(next.faked()).isEmpty();
        assertThat(next.applied()).hasSize(1);
        assertThat(io.aksara.it.models.migrations.v2.Tag.objects.count()).isZero();   // its new table exists
        assertThat(migrations(V2).makemigrations(MakeMigrationsOptions.defaults().asCheck()).changesDetected()).isFalse();
    }

    @Test
    void fakeInitialRunsAnInitialMigrationWhoseTablesDoNotExist() {
        migrations(V1).makemigrations(MakeMigrationsOptions.defaults());
        MigrateResult result = migrations(V1).migrate(null, FakeMode.FAKE_INITIAL);
        assertThat(result.applied()).containsExactly("0001_initial");
        assertThat(result.faked()).isEmpty();
        assertThat(Shelf.objects.count()).isZero();
    }

    @Test
    void tablesThatExistOnlyInPartAreRefusedAndNothingIsRecorded() throws Exception {
        legacyDatabase();
        execute("drop table mig_notes");
        migrations(V1).makemigrations(MakeMigrationsOptions.defaults());
        assertThatThrownBy(() -> migrations(V1).migrate(null, FakeMode.FAKE_INITIAL))
                .isInstanceOf(MigrationError.class)
                .hasMessageContaining("0001_initial")
                .hasMessageContaining("mig_notes")
                .hasMessageContaining("nothing was recorded");
        assertThat(status()).containsExactly("[ ] 0001_initial");
        assertThat(Item.objects.count()).isEqualTo(1);
    }

    @Test
    void fakeMarksAndUnmarksWithoutTouchingTheTables() throws Exception {
        legacyDatabase();
        migrations(V1).makemigrations(MakeMigrationsOptions.defaults());
        assertThat(migrations(V1).migrate(null, FakeMode.FAKE).faked()).containsExactly("0001_initial");
        assertThat(status()).containsExactly("[X] 0001_initial");
        MigrateResult back = migrations(V1).migrate("zero", FakeMode.FAKE);
        assertThat(back.unfaked()).containsExactly("0001_initial");
        assertThat(back.rolledBack()).isEmpty();
        assertThat(status()).containsExactly("[ ] 0001_initial");
        assertThat(Item.objects.count()).isEqualTo(1);   // nothing was rolled back
    }

    @Test
    void anUnmanagedModelGetsNoMigrationButIsQueriedAsAnyOther() throws Exception {
        execute("create table adopt_rates (id bigint primary key, currency varchar(3) not null, rate decimal(10, 4) not null)",
                "insert into adopt_rates (id, currency, rate) values (1, 'EUR', 1.0850)");
        List<ModelMeta<?>> withRates = new java.util.ArrayList<>(V1);
        withRates.add(ModelRegistry.metaOf(Rate.class));
        var made = migrations(withRates).makemigrations(MakeMigrationsOptions.defaults());
        assertThat(made.yaml()).contains("mig_shelves").doesNotContain("adopt_rates");
        migrations(withRates).migrate();
        assertThat(migrations(withRates).makemigrations(MakeMigrationsOptions.defaults().asCheck()).changesDetected()).isFalse();
        assertThat(Rate.objects.get("currency", "EUR").rate).isEqualByComparingTo("1.085");
        migrations(withRates).migrate("zero");
        assertThat(Rate.objects.count()).isEqualTo(1);   // rolling back every migration left it alone
    }

    private Migrations migrations(List<ModelMeta<?>> models) {
        return Migrations.at(dir).models(models).database(config);
    }

    private List<String> status() {
        return migrations(V1).showmigrations().stream().map(MigrationStatus::line).toList();
    }

    private void execute(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
