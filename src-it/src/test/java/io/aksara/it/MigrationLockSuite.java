package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.schema.MigrationError;
import io.aksara.schema.migrate.LockPolicy;
import io.aksara.schema.migrate.MigrateResult;
import io.aksara.schema.migrate.MigrationLock;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.Migrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * A migrate killed while it held Liquibase's lock, simulated by writing the lock row the way
 * Liquibase does (LOCKED, LOCKGRANTED, LOCKEDBY): the next migrate names the holder and the time
 * at once, a stale lock fails at once, and {@code releaseLock} frees it (a fresh one only when forced).
 * On every database (@OnEveryDatabase). The time bounds below are generous and only say "it does
 * not wait minutes".
 */
@OnEveryDatabase
class MigrationLockSuite {
    @Parameter
    TestDatabase db;

    private static final String HOLDER = "deploy-7.example (10.0.0.7)";
    private static final List<String> TABLES = List.of("mig_items", "mig_notes", "mig_shelves",
            "DATABASECHANGELOG", "DATABASECHANGELOGLOCK");
    private static final List<ModelMeta<?>> MODELS = List.of(ModelRegistry.metaOf(io.aksara.it.models.migrations.v1.Shelf.class),
            ModelRegistry.metaOf(io.aksara.it.models.migrations.v1.Item.class),
            ModelRegistry.metaOf(io.aksara.it.models.migrations.v1.Note.class));

    private DatabaseConfig config;

    @TempDir
    Path dir;

    @BeforeParameterizedClassInvocation
    void configure() {
        config = db.config();
        Aksara.configure(config);
    }

    /** 0001 written and run once (which creates Liquibase's tables), then rolled back: pending again. */
    @BeforeEach
    void oneMigrationPendingOnADatabaseLiquibaseKnows() throws SQLException {
        dropEverything();
        migrations().makemigrations(MakeMigrationsOptions.defaults());
        migrations().migrate();
        migrations().migrate("zero");
    }

    @AfterParameterizedClassInvocation
    void close() throws SQLException {
        if (config != null) {
            dropEverything();
            Aksara.close();
        }
    }

    @Test
    void aStaleLockFailsAtOnceNamingHolderAndTime() throws Exception {
        Instant granted = hold(Duration.ofHours(2));
        long start = System.nanoTime();
        assertThatThrownBy(() -> migrations().migrate()).isInstanceOf(MigrationError.class)
                .hasMessageContaining("held by " + HOLDER + " since " + granted + " (2 h ago)")
                .hasMessageContaining("longer than the stale-lock threshold of 10 min")
                .hasMessageContaining("./aksara migrate --release-lock").hasMessageContaining("Nothing was run");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(status()).containsExactly("[ ] 0001_initial");

        MigrationLock released = migrations().releaseLock(false);
        assertThat(released.locked()).isTrue();
        assertThat(released.lockedBy()).isEqualTo(HOLDER);
        assertThat(released.grantedAt()).isEqualTo(granted);
        assertThat(migrations().migrationLock().locked()).isFalse();
        assertThat(migrations().migrate().applied()).containsExactly("0001_initial");
        assertThat(migrations().releaseLock(false).locked()).as("nothing left to release").isFalse();
    }

    @Test
    void aFreshLockIsWaitedForThenReportedAndReleasedOnlyWhenForced() throws Exception {
        Instant granted = hold(Duration.ofSeconds(5));
        Migrations impatient = migrations().lockPolicy(LockPolicy.DEFAULT.withWaitFor(Duration.ofSeconds(1)));
        long start = System.nanoTime();
        assertThatThrownBy(impatient::migrate).isInstanceOf(MigrationError.class)
                .hasMessageContaining("held by " + HOLDER + " since " + granted)
                .hasMessageContaining("waited 1 s").hasMessageContaining("--release-lock --force");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));

        assertThatThrownBy(() -> migrations().releaseLock(false)).isInstanceOf(MigrationError.class)
                .hasMessageContaining("a migrate may still be running. Nothing was released");
        assertThat(migrations().migrationLock().locked()).isTrue();
        assertThat(migrations().releaseLock(true).lockedBy()).isEqualTo(HOLDER);
        assertThat(migrations().migrate().applied()).containsExactly("0001_initial");
    }

    @Test
    void aWaitingMigrateSaysAtOnceWhoHoldsTheLockAndGoesOnWhenItIsReleased() throws Exception {
        hold(Duration.ofSeconds(1));
        List<String> warnings = new CopyOnWriteArrayList<>();
        Logger log = Logger.getLogger("io.aksara.migrate");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                warnings.add(r.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        log.addHandler(capture);
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            Future<MigrateResult> waiting = pool.submit(() -> migrations().migrate());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (warnings.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(warnings).singleElement().asString().contains("held by " + HOLDER, "waiting up to 30 s", "--release-lock");
            assertThat(waiting).isNotDone();
            migrations().releaseLock(true); // the holder finishes
            assertThat(waiting.get(20, TimeUnit.SECONDS).applied()).containsExactly("0001_initial");
        } finally {
            log.removeHandler(capture);
        }
    }

    /** Writes the lock row as Liquibase does when it takes the lock; the granted time is whole seconds (DATETIME). */
    private Instant hold(Duration age) throws SQLException {
        Instant granted = Instant.now().minus(age).truncatedTo(ChronoUnit.SECONDS);
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "update DATABASECHANGELOGLOCK set LOCKED = ?, LOCKGRANTED = ?, LOCKEDBY = ? where ID = 1")) {
            s.setBoolean(1, true);
            s.setTimestamp(2, Timestamp.from(granted));
            s.setString(3, HOLDER);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        return granted;
    }

    private Migrations migrations() {
        return Migrations.at(dir).models(MODELS).database(config);
    }

    private List<String> status() {
        return migrations().showmigrations().stream().map(s -> s.line()).toList();
    }

    private void dropEverything() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String t : TABLES) {
                s.execute("drop table if exists " + t + (db.isPostgres() ? " cascade" : ""));
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(config.url(), config.user(), config.password());
    }
}
