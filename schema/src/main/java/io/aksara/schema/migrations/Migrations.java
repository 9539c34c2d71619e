package io.aksara.schema.migrations;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.internal.Routing;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.schema.MigrationError;
import io.aksara.schema.changelog.ChangelogReader;
import io.aksara.schema.changelog.ChangelogWriter;
import io.aksara.schema.changelog.MigrationFiles;
import io.aksara.schema.changelog.MigrationNames;
import io.aksara.schema.diff.Autodetector;
import io.aksara.schema.diff.Diff;
import io.aksara.schema.diff.DiffOptions;
import io.aksara.schema.migrate.LockPolicy;
import io.aksara.schema.migrate.FakeMode;
import io.aksara.schema.migrate.MigrateResult;
import io.aksara.schema.migrate.MigrationLock;
import io.aksara.schema.migrate.MigrationStatus;
import io.aksara.schema.migrate.Migrator;
import io.aksara.schema.state.ModelState;
import io.aksara.schema.state.ModelStates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The migrations of a project: making them from the models and running them with Liquibase. The
 * {@code ./aksara} command wraps this class.
 *
 * <pre>{@code
 * Migrations migrations = Migrations.at(Path.of("migrations"));    // models from the model index,
 *                                                                  // database as Aksara.config("default")
 * migrations.makemigrations(MakeMigrationsOptions.defaults());     // writes 0001_initial.yaml
 * migrations.migrate();                                            // runs it
 * migrations.showmigrations();                                     // [[X] 0001_initial]
 * migrations.migrate("zero");                                      // rolls it back
 * }</pre>
 */
public final class Migrations {
    /** The environment variable naming the migrations directory, for the command line. */
    public static final String DIRECTORY_VARIABLE = "AKSARA_MIGRATIONS_DIR";
    /** The directory used when nothing else is configured. */
    public static final String DEFAULT_DIRECTORY = "migrations";

    private final MigrationFiles files;
    private final List<? extends ModelMeta<?>> models;
    private final DatabaseConfig database;
    private final LockPolicy lockPolicy;

    private Migrations(MigrationFiles files, List<? extends ModelMeta<?>> models, DatabaseConfig database,
                       LockPolicy lockPolicy) {
        this.files = files;
        this.models = models;
        this.database = database;
        this.lockPolicy = lockPolicy;
    }

    /** The migrations in this directory (it is created by the first makemigrations). */
    public static Migrations at(Path directory) {
        return new Migrations(new MigrationFiles(directory), null, null, LockPolicy.DEFAULT);
    }

    /** The same migrations compared against these models instead of the model index. */
    public Migrations models(List<? extends ModelMeta<?>> modelList) {
        return new Migrations(files, List.copyOf(modelList), database, lockPolicy);
    }

    /** The same migrations run on this database instead of {@code Aksara.config("default")}. */
    public Migrations database(DatabaseConfig config) {
        return new Migrations(files, models, config, lockPolicy);
    }

    /**
     * The same migrations for the configured database {@code alias}: run on its configuration,
     * over only the models the routers let live there ({@link io.aksara.routing.Router#allowMigrate}).
     * Keep one migrations directory per group of databases that hold the same tables.
     *
     * <pre>{@code
     * Aksara.routers(new AnalyticsRouter());                       // PageView on "analytics" only
     * Migrations.at(Path.of("migrations/analytics")).forDatabase("analytics").makemigrations(MakeMigrationsOptions.defaults());
     * Migrations.at(Path.of("migrations/analytics")).forDatabase("analytics").migrate();
     * }</pre>
     */
    public Migrations forDatabase(String alias) {
        List<ModelMeta<?>> allowed = new ArrayList<>();
        for (ModelMeta<?> m : models()) {
            if (Routing.allowMigrate(alias, m.type())) {
                allowed.add(m);
            }
        }
        return new Migrations(files, List.copyOf(allowed), Aksara.config(alias), lockPolicy);
    }

    /**
     * The same migrations with another way of treating a lock held by someone else (how long to
     * wait for it, when it counts as stale); {@link LockPolicy#DEFAULT} unless set.
     */
    public Migrations lockPolicy(LockPolicy policy) {
        return new Migrations(files, models, database, policy);
    }

    public Path directory() {
        return files.directory();
    }

    /** The state the existing migrations build. */
    public ModelState migrationState() {
        return ChangelogReader.replay(files);
    }

    /** The state the models describe. */
    public ModelState modelState() {
        return ModelStates.fromModels(models());
    }

    /**
     * Compares the models with the migrations and writes the next migration and the master changelog.
     *
     * @throws MigrationError for a NOT NULL column without a default for existing rows, or a bad name
     */
    public MakeMigrationsResult makemigrations(MakeMigrationsOptions options) {
        List<String> existing = files.names();
        int number = files.nextNumber();
        if (options.empty()) {
            String name = MigrationNames.of(number, List.of(), false, options.name() != null ? options.name() : "data");
            return write(existing, name, ChangelogWriter.empty(name), options, new Diff(List.of(), List.of()), true);
        }
        ModelState built = migrationState();
        Diff diff = Autodetector.diff(built, modelState(), new DiffOptions(options.acceptRenames(), options.oneOffDefaults()));
        if (diff.isEmpty()) {
            return new MakeMigrationsResult(false, null, null, null, List.of(), diff.possibleRenames());
        }
        String name = MigrationNames.of(number, diff.operations(), existing.isEmpty(), options.name());
        return write(existing, name, ChangelogWriter.migration(name, diff.operations()), options, diff, true);
    }

    private MakeMigrationsResult write(List<String> existing, String name, String yaml, MakeMigrationsOptions options,
                                       Diff diff, boolean changes) {
        if (options.check() || options.dryRun()) {
            return new MakeMigrationsResult(changes, name, null, yaml, diff.operations(), diff.possibleRenames());
        }
        List<String> all = new ArrayList<>();
        existing.forEach(n -> all.add(n + ".yaml"));
        all.add(name + ".yaml");
        Path file = files.file(name);
        try {
            Files.createDirectories(files.directory());
            Files.writeString(file, yaml);
            Files.writeString(files.master(), ChangelogWriter.master(all));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return new MakeMigrationsResult(changes, name, file, yaml, diff.operations(), diff.possibleRenames());
    }

    /** Runs every migration that has not run yet. */
    public MigrateResult migrate() {
        return migrate(null);
    }

    /**
     * Moves the database to a migration (forwards or backwards), to {@code "zero"}, or with null to
     * the newest migration.
     */
    public MigrateResult migrate(String target) {
        return migrator().migrate(target);
    }

    /**
     * Moves the database to {@code target} (null: the newest) recording migrations instead of
     * running them as {@code mode} says: {@link FakeMode#FAKE_INITIAL} adopts a database whose
     * tables exist already, {@link FakeMode#FAKE} only rewrites the history.
     */
    public MigrateResult migrate(String target, FakeMode mode) {
        return migrator().migrate(target, mode);
    }

    /** Every migration with whether it has run. */
    public List<MigrationStatus> showmigrations() {
        return migrator().status();
    }

    /** The SQL a migration runs on the configured database, without running it. */
    public String sqlmigrate(String name) {
        return migrator().sql(name);
    }

    /** Liquibase's migration lock (DATABASECHANGELOGLOCK): whether it is held, by whom, since when. */
    public MigrationLock migrationLock() {
        return migrator().lock();
    }

    /**
     * Releases the migration lock a killed migrate left behind, as {@code ./aksara migrate --release-lock}
     * does. A lock younger than the lock policy's stale threshold may belong to a running migrate
     * and is released only with {@code force}.
     *
     * <pre>{@code
     * MigrationLock released = Migrations.at(Path.of("migrations")).releaseLock(false);
     * if (released.locked()) System.out.println("released the lock " + released.describe(Instant.now()));
     * }</pre>
     *
     * @return the lock as it was: {@code locked()} is false when there was nothing to release
     * @throws MigrationError for a fresh lock without {@code force}
     */
    public MigrationLock releaseLock(boolean force) {
        return migrator().releaseLock(force);
    }

    private Migrator migrator() {
        return new Migrator(files, database != null ? database : Aksara.config(Aksara.DEFAULT), lockPolicy, Clock.systemUTC());
    }

    private List<? extends ModelMeta<?>> models() {
        if (models != null) {
            return models;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return ModelRegistry.indexed(loader != null ? loader : Migrations.class.getClassLoader());
    }
}
