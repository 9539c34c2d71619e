package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.Transaction;
import io.aksara.errors.RelationNotAllowed;
import io.aksara.it.models.Artist;
import io.aksara.it.models.Label;
import io.aksara.jooq.JooqBackend;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.routing.PrimaryReplicaRouter;
import io.aksara.routing.WriteScope;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.Migrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link PrimaryReplicaRouter} on a real PostgreSQL primary and its streaming replica
 * ({@link ReplicaPair}, started and stopped here). It runs on the servers only, not once per
 * {@code TestDatabase}: H2, the embedded PostgreSQL and MariaDB have no replica here. A read is
 * proved to reach the replica by a row the replica does not have yet (its replay is paused) or by
 * {@code pg_is_in_recovery()}, which is true on the replica only. Sleeps wait for the
 * read-your-writes window or the lag threshold to pass; nothing asserts how fast anything is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicaRoutingSuite {
    private static final String REPLICA = "replica";

    private ReplicaPair servers;
    private MigratedSchema schema;

    @BeforeAll
    void startPrimaryAndReplica() {
        servers = ReplicaPair.start();
        Aksara.routers();
        Aksara.configure(servers.primary());
        Aksara.configure(REPLICA, servers.replica());
        Aksara.configure("elsewhere", servers.primary()); // the same server under another alias: another database to the router
        schema = MigratedSchema.create(servers.primary(), Label.class, Artist.class);
    }

    @BeforeEach
    void emptyAndCaughtUp() {
        Aksara.routers();
        servers.resumeReplay();
        schema.deleteAllRows();
        awaitReplicaCaughtUp();
    }

    @AfterEach
    void routersOff() {
        Aksara.routers();
        servers.resumeReplay();
    }

    @AfterAll
    void stopServers() {
        Aksara.routers();
        try {
            if (schema != null) {
                schema.drop();
            }
        } finally {
            Aksara.close();
            if (servers != null) {
                servers.discard();
            }
        }
    }

    private static PrimaryReplicaRouter router() {
        return PrimaryReplicaRouter.of(Aksara.DEFAULT, REPLICA).lagCheckEvery(Duration.ZERO).maxLag(Duration.ofMinutes(10));
    }

    @Test
    void readsGoToTheReplicaAndUsingStillChoosesTheDatabase() {
        Aksara.routers(router().readYourWrites(Duration.ZERO));
        Label.objects.create("name", "shared");
        awaitReplicaCaughtUp();
        // true on the replica only: the row comes back because the read ran there
        assertThat(Label.objects.raw("SELECT * FROM labels WHERE pg_is_in_recovery()").fetch()).extracting(l -> l.name)
                .containsExactly("shared");
        assertThat(Label.objects.raw("SELECT * FROM labels WHERE pg_is_in_recovery()").using(Aksara.DEFAULT).fetch()).isEmpty();

        servers.pauseReplay();
        Label.objects.using(Aksara.DEFAULT).create("name", "only on the primary");
        assertThat(Label.objects.filter("name", "only on the primary").exists()).isFalse();
        assertThat(Label.objects.count()).isEqualTo(1);
        assertThat(Label.objects.using(Aksara.DEFAULT).filter("name", "only on the primary").exists()).isTrue();
        assertThat(Label.objects.using(REPLICA).count()).isEqualTo(1);
    }

    @Test
    void writesAndSelectForUpdateGoToThePrimaryAndAnInstanceReadFromTheReplicaSavesThere() {
        Aksara.routers(router().readYourWrites(Duration.ZERO));
        Label written = Label.objects.create("name", "v1"); // a read-only replica would refuse the INSERT
        awaitReplicaCaughtUp();
        Label read = Label.objects.get("pk", written.id);    // from the replica
        read.name = "v2";
        read.save();                                         // the router's write choice, not where it was read
        assertThat(Label.objects.using(Aksara.DEFAULT).get("pk", written.id).name).isEqualTo("v2");

        awaitReplicaCaughtUp();
        servers.pauseReplay();
        Label.objects.filter("pk", written.id).update("name", "v3");
        String locked = Transaction.atomic(() -> Label.objects.selectForUpdate().get("pk", written.id).name);
        assertThat(locked).isEqualTo("v3"); // the replica still has v2, and refuses FOR UPDATE anyway
        assertThat(Label.objects.using(REPLICA).get("pk", written.id).name).isEqualTo("v2");
    }

    @Test
    void insideAnAtomicBlockReadsSeeTheBlocksOwnWrites() {
        Aksara.routers(router().readYourWrites(Duration.ZERO));
        servers.pauseReplay();
        List<String> seen = Transaction.atomic(() -> {
            Label.objects.create("name", "in the block");
            return Label.objects.valuesList("name", String.class).fetch();
        });
        assertThat(seen).containsExactly("in the block");
        assertThat(Label.objects.count()).isZero(); // outside the block: the paused replica
    }

    @Test
    void afterAWriteTheSameScopeReadsThePrimaryForTheWindowOnly() throws Exception {
        Aksara.routers(router().readYourWrites(Duration.ofMillis(800)));
        servers.pauseReplay();
        WriteScope.run(() -> {
            Label.objects.create("name", "mine");
            assertThat(Label.objects.filter("name", "mine").exists()).isTrue(); // the primary
            WriteScope.run(() -> assertThat(Label.objects.filter("name", "mine").exists())
                    .as("another scope has not written: it reads the replica").isFalse());
            sleep(Duration.ofMillis(1_200));
            assertThat(Label.objects.filter("name", "mine").exists()).as("the window has passed").isFalse();
        });
    }

    @Test
    void withoutAScopeAWriteSendsEveryReadToThePrimaryForTheWindow() throws Exception {
        Aksara.routers(router().readYourWrites(Duration.ofMinutes(1)));
        servers.pauseReplay();
        Label.objects.create("name", "anyone sees it");
        try (ExecutorService others = Executors.newVirtualThreadPerTaskExecutor()) {
            assertThat(others.submit(() -> Label.objects.filter("name", "anyone sees it").exists()).get())
                    .as("another thread, no scope bound: the process-wide scope wrote a moment ago").isTrue();
        }
    }

    @Test
    void aReplicaBehindTheThresholdGetsNoReadsUntilItCatchesUp() {
        Aksara.routers(PrimaryReplicaRouter.of(Aksara.DEFAULT, REPLICA).readYourWrites(Duration.ZERO)
                .lagCheckEvery(Duration.ZERO).maxLag(Duration.ofSeconds(2)));
        PrimaryReplicaRouter router = (PrimaryReplicaRouter) Aksara.configuredRouters().getFirst();
        Label.objects.using(Aksara.DEFAULT).create("name", "replayed");
        awaitReplicaCaughtUp(); // the last replayed transaction is recent: the lag starts near zero
        servers.pauseReplay();
        Label.objects.using(Aksara.DEFAULT).create("name", "late");
        assertThat(Label.objects.filter("name", "late").exists()).as("a lag under 2 s: still the replica").isFalse();
        sleep(Duration.ofMillis(2_500));
        assertThat(router.lag(REPLICA)).isGreaterThan(Duration.ofSeconds(2));
        assertThat(Label.objects.filter("name", "late").exists()).as("past the threshold: the primary").isTrue();
        servers.resumeReplay();
        awaitReplicaCaughtUp();
        assertThat(router.lag(REPLICA)).isEqualTo(Duration.ZERO);
        assertThat(Label.objects.raw("SELECT * FROM labels WHERE pg_is_in_recovery()").fetch()).hasSize(2);
    }

    @Test
    void relationsAcrossThePrimaryAndItsReplicaAreAllowedOthersAreRefusedBeforeAnySql() {
        Aksara.routers(router().readYourWrites(Duration.ZERO));
        Label.objects.create("name", "Blue Note");
        awaitReplicaCaughtUp();
        Label fromReplica = Label.objects.get("name", "Blue Note");
        Artist monk = Artist.objects.create("name", "Monk", "label", fromReplica);
        assertThat(Artist.objects.using(Aksara.DEFAULT).get("pk", monk.id).label.id()).isEqualTo(fromReplica.id);

        Label elsewhere = Label.objects.using("elsewhere").get("name", "Blue Note");
        assertThatThrownBy(() -> Artist.objects.create("name", "Mingus", "label", elsewhere))
                .isInstanceOf(RelationNotAllowed.class)
                .hasMessageContaining("Artist.label").hasMessageContaining("'default'").hasMessageContaining("'elsewhere'");
        assertThat(Artist.objects.using(Aksara.DEFAULT).count()).isEqualTo(1);
    }

    @Test
    void migrationsAreAllowedOnThePrimaryOnly() throws Exception {
        PrimaryReplicaRouter router = router();
        Aksara.routers(router);
        assertThat(router.allowMigrate(Aksara.DEFAULT, Label.class)).isTrue();
        assertThat(router.allowMigrate(REPLICA, Label.class)).isFalse();
        assertThat(router.allowMigrate("elsewhere", Label.class)).isNull();

        List<ModelMeta<?>> models = List.of(ModelRegistry.metaOf(Label.class), ModelRegistry.metaOf(Artist.class));
        Path directory = Files.createTempDirectory("aksara-routed-migrations");
        assertThat(Migrations.at(directory).models(models).forDatabase(REPLICA).makemigrations(MakeMigrationsOptions.defaults())
                .changesDetected()).as("nothing belongs on the replica").isFalse();
        assertThat(Migrations.at(directory).models(models).forDatabase(Aksara.DEFAULT).modelState())
                .isEqualTo(Migrations.at(directory).models(models).modelState());
    }

    /**
     * Waits until the replica has replayed everything the primary has written so far: its insert
     * position, since the test server commits without waiting for the WAL flush (synchronous_commit=off).
     */
    private void awaitReplicaCaughtUp() {
        String written = (String) dsl(Aksara.DEFAULT).fetchValue("select pg_current_wal_insert_lsn()::text");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Boolean.TRUE.equals(dsl(REPLICA).fetchValue("select pg_last_wal_replay_lsn() >= '" + written + "'::pg_lsn"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the replica did not replay up to " + written + " within 30 s");
            }
            sleep(Duration.ofMillis(20));
        }
    }

    private static DSLContext dsl(String alias) {
        return JooqBackend.of(Aksara.backend(alias)).dsl();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
