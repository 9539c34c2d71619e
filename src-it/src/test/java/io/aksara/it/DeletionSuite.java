package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Model;
import io.aksara.Transaction;
import io.aksara.errors.DeletionBlock;
import io.aksara.errors.ForeignKeyViolation;
import io.aksara.errors.IntegrityError;
import io.aksara.errors.ProtectedError;
import io.aksara.errors.RestrictedError;
import io.aksara.it.models.Disc;
import io.aksara.it.models.Singer;
import io.aksara.it.models.Clerk;
import io.aksara.it.models.Desk;
import io.aksara.it.models.Ledger;
import io.aksara.it.models.LedgerEntry;
import io.aksara.it.models.LedgerNote;
import io.aksara.it.models.Parcel;
import io.aksara.it.models.Player;
import io.aksara.it.models.Region;
import io.aksara.it.models.Song;
import io.aksara.it.models.StorageBin;
import io.aksara.it.models.Supplier;
import io.aksara.it.models.SupplyContract;
import io.aksara.it.models.Team;
import io.aksara.it.models.TreeNode;
import io.aksara.it.models.Warehouse;
import io.aksara.jooq.vendor.Feature;
import io.aksara.schema.SchemaEditor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * {@code Model.delete()} and {@code QuerySet.delete()} carry out every on_delete rule on a real
 * database: once per database (@OnEveryDatabase). The alias {@code counted} reaches the same database
 * through {@link StatementCounter}, for the tests that check how many statements a delete takes.
 */
@OnEveryDatabase
class DeletionSuite {
    @Parameter
    TestDatabase db;

    private static final List<Class<? extends Model>> MODELS = List.of(
        Region.class, Warehouse.class, StorageBin.class, Parcel.class, Supplier.class, SupplyContract.class,
        Singer.class, Disc.class, Song.class, Desk.class, Clerk.class, Ledger.class, LedgerNote.class,
        LedgerEntry.class, TreeNode.class, Team.class, Player.class);

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<? extends Model>[] models() {
        return MODELS.toArray(new Class[0]);
    }

    private SchemaEditor schema;

    @BeforeParameterizedClassInvocation
    void createTables() {
        DatabaseConfig config = db.config();
        Aksara.configure(config);
        Aksara.configure("counted", DatabaseConfig.builder().url(StatementCounter.url(config.url()))
                .user(config.user()).password(config.password()).poolSize(2).build());
        schema = SchemaEditor.forDatabase(Aksara.DEFAULT);
        dropAll();
        schema.createTables(models());
    }

    /**
     * Drops the tables. Team and Player point to each other, and InnoDB refuses to drop a table
     * another one still references, so on MySQL and MariaDB the checks are off for the drop (one
     * connection: the atomic block's).
     */
    private void dropAll() {
        String vendor = Aksara.backend().vendor();
        if (!vendor.equals("mysql") && !vendor.equals("mariadb")) {
            schema.dropTables(models());
            return;
        }
        org.jooq.DSLContext dsl = io.aksara.jooq.JooqBackend.of(Aksara.backend()).dsl();
        Transaction.atomic(() -> {
            dsl.execute("SET FOREIGN_KEY_CHECKS = 0");
            try {
                schema.dropTables(models());
            } finally {
                dsl.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        });
    }

    @BeforeEach
    void emptyTables() {
        // Team and Player point to each other: unhook both sides so the rows can go in any order
        Team.objects.all().update("captain", null);
        Player.objects.all().update("team", null);
        schema.deleteAllRows(models());
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema == null) {
            return; // the database was not available: the suite was skipped or failed in setup
        }
        dropAll();
        schema = null; // the next database starts without this one's tables
        Aksara.close();
    }

    // ------------------------------------------------------------------ CASCADE

    /** north: 2 warehouses × 2 bins × 2 parcels (15 rows); south: one of each (4 rows). */
    private Region seedRegions() {
        Region north = Region.objects.create("name", "north");
        for (int w = 0; w < 2; w++) {
            Warehouse warehouse = Warehouse.objects.create("name", "n" + w, "region", north);
            for (int b = 0; b < 2; b++) {
                StorageBin bin = StorageBin.objects.create("label", "n" + w + b, "warehouse", warehouse);
                for (int p = 0; p < 2; p++) {
                    Parcel.objects.create("label", "n" + w + b + p, "bin", bin);
                }
            }
        }
        Region south = Region.objects.create("name", "south");
        Warehouse w = Warehouse.objects.create("name", "s", "region", south);
        StorageBin bin = StorageBin.objects.create("label", "s", "warehouse", w);
        Parcel.objects.create("label", "s", "bin", bin);
        return north;
    }

    private void assertRegionsLeft(long regions, long warehouses, long bins, long parcels) {
        assertThat(List.of(Region.objects.count(), Warehouse.objects.count(), StorageBin.objects.count(),
                Parcel.objects.count())).containsExactly(regions, warehouses, bins, parcels);
    }

    @Test
    void modelDeleteCascadesThroughThreeLevelsAndCountsEveryRow() {
        Region north = seedRegions();

        assertThat(north.delete()).isEqualTo(1 + 2 + 4 + 8);

        assertRegionsLeft(1, 1, 1, 1);
        assertThat(Parcel.objects.get("label", "s").label).isEqualTo("s");
        assertThat(north.isPersisted()).isFalse();
        assertThat(north.pk()).isNull();
    }

    @Test
    void querySetDeleteAppliesTheSameRules() throws Exception {
        seedRegions();

        assertThat(Region.objects.filter("name", "north").delete()).isEqualTo(15);
        assertRegionsLeft(1, 1, 1, 1);

        assertThat(Warehouse.objects.all().deleteAsync().get()).isEqualTo(3); // warehouse, bin, parcel
        assertRegionsLeft(1, 0, 0, 0);

        Supplier acme = Supplier.objects.create("name", "acme");
        SupplyContract.objects.create("title", "c", "supplier", acme);
        assertThatThrownBy(() -> Supplier.objects.filter("name", "acme").delete()).isInstanceOf(ProtectedError.class);
        assertThat(Supplier.objects.count()).isEqualTo(1);
    }

    @Test
    void moreRowsThanOneBatchAreDeletedInChunks() {
        Region big = Region.objects.create("name", "big");
        List<Warehouse> many = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            Warehouse w = new Warehouse();
            w.name = "w" + i;
            w.region = io.aksara.Ref.to(big);
            many.add(w);
        }
        Warehouse.objects.bulkCreate(many);
        Region counted = Region.objects.using("counted").get("name", "big");
        StatementCounter.reset();

        assertThat(counted.delete()).isEqualTo(1201);

        assertRegionsLeft(0, 0, 0, 0);
        // keys of the region's suppliers and warehouses (2 SELECTs), the warehouses' bins (3 SELECTs
        // of 500, 500 and 200 keys), then 3 DELETEs of warehouses and 1 of the region
        assertThat(StatementCounter.count()).isEqualTo(9);
    }

    // ------------------------------------------------------------------ statements

    @Test
    void aModelNothingActsOnDeletesInOneStatement() {
        seedRegions();
        Parcel parcel = Parcel.objects.using("counted").get("label", "n000");
        StatementCounter.reset();
        assertThat(parcel.delete()).isEqualTo(1);
        assertThat(StatementCounter.count()).isEqualTo(1);

        StatementCounter.reset();
        assertThat(Parcel.objects.using("counted").filter("label__startswith", "n1").delete()).isEqualTo(4);
        assertThat(StatementCounter.count()).isEqualTo(1);
        assertThat(Parcel.objects.count()).isEqualTo(9 - 1 - 4);
    }

    @Test
    void leafChildrenAreDeletedByTheirForeignKeyWithoutReadingTheirKeys() {
        seedRegions();
        StorageBin bin = StorageBin.objects.using("counted").get("label", "n00");
        StatementCounter.reset();

        assertThat(bin.delete()).isEqualTo(3); // the bin and its two parcels

        assertThat(StatementCounter.count()).as("DELETE parcels WHERE bin IN (...), DELETE the bin").isEqualTo(2);
        StatementCounter.reset();
        assertThat(StorageBin.objects.using("counted").filter("label", "n01").delete()).isEqualTo(3);
        assertThat(StatementCounter.count()).as("the bins' keys, then the same two DELETEs").isEqualTo(3);
        assertRegionsLeft(2, 3, 3, 5);
    }

    @Test
    void noneDeletesNothingWithoutSql() {
        seedRegions();
        StatementCounter.reset();
        assertThat(Region.objects.using("counted").none().delete()).isZero();
        assertThat(StatementCounter.count()).isZero();
        assertRegionsLeft(2, 3, 5, 9);
    }

    // ------------------------------------------------------------------ PROTECT and RESTRICT

    @Test
    void protectRefusesBeforeAnythingIsDeletedAndNamesTheBlockingRows() {
        Supplier acme = Supplier.objects.create("name", "acme");
        Supplier.objects.create("name", "idle");
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            keys.add(SupplyContract.objects.create("title", "c" + i, "supplier", acme).pk());
        }

        ProtectedError e = org.junit.jupiter.api.Assertions.assertThrows(ProtectedError.class,
                () -> Supplier.objects.all().delete());

        assertThat(e).isInstanceOf(IntegrityError.class);
        assertThat(e.getMessage()).contains("Cannot delete Supplier", "SupplyContract.supplier", "7 SupplyContract rows",
                "pk " + keys.get(0) + ", " + keys.get(1), "and 2 more");
        DeletionBlock block = e.blocks().getFirst();
        assertThat(block.deletedModel()).isEqualTo("Supplier");
        assertThat(block.blockingModel()).isEqualTo("SupplyContract");
        assertThat(block.blockingField()).isEqualTo("supplier");
        assertThat(block.keys()).containsExactlyElementsOf(keys);
        assertThat(e.protectedObjects()).extracting(m -> ((SupplyContract) m).title)
                .containsExactly("c0", "c1", "c2", "c3", "c4", "c5", "c6");
        assertThat(Supplier.objects.count()).isEqualTo(2);
        assertThat(SupplyContract.objects.count()).isEqualTo(7);

        assertThatThrownBy(acme::delete).isInstanceOf(ProtectedError.class);
        assertThat(acme.isPersisted()).isTrue();
        assertThat(Supplier.objects.get("name", "idle").delete()).isEqualTo(1);
    }

    @Test
    void protectDeepInACascadeStopsTheWholeDelete() {
        Region north = seedRegions();
        Supplier acme = Supplier.objects.create("name", "acme", "region", north);
        Supplier.objects.create("name", "idle", "region", north);
        SupplyContract contract = SupplyContract.objects.create("title", "c", "supplier", acme);

        ProtectedError e = org.junit.jupiter.api.Assertions.assertThrows(ProtectedError.class,
                () -> Region.objects.filter("name", "north").delete());

        assertThat(e.getMessage()).contains("Cannot delete Supplier rows", "SupplyContract.supplier",
                "1 SupplyContract row (pk " + contract.pk() + ")");
        assertRegionsLeft(2, 3, 5, 9);
        assertThat(Supplier.objects.count()).isEqualTo(2);

        contract.delete();
        assertThat(north.delete()).isEqualTo(15 + 2);
        assertThat(Supplier.objects.count()).isZero();
    }

    @Test
    void restrictAllowsRowsThatACascadeDeletesInTheSameOperation() {
        Singer artist = Singer.objects.create("name", "Nina");
        Disc album = Disc.objects.create("title", "Blue", "artist", artist);
        Song.objects.create("title", "One", "artist", artist, "album", album);
        Song.objects.create("title", "Two", "artist", artist, "album", album);

        assertThat(artist.delete()).isEqualTo(4); // the artist, the album and its two songs

        assertThat(List.of(Singer.objects.count(), Disc.objects.count(), Song.objects.count())).containsOnly(0L);
    }

    @Test
    void restrictRefusesRowsThatWouldStay() {
        Singer nina = Singer.objects.create("name", "Nina");
        Singer otis = Singer.objects.create("name", "Otis");
        Disc duets = Disc.objects.create("title", "Duets", "artist", otis);
        Song guest = Song.objects.create("title", "Guest", "artist", nina, "album", duets);

        RestrictedError e = org.junit.jupiter.api.Assertions.assertThrows(RestrictedError.class, nina::delete);

        assertThat(e).isInstanceOf(IntegrityError.class);
        assertThat(e.getMessage()).contains("Singer", "Song.artist", "1 Song row", "pk " + guest.pk());
        assertThat(e.restrictedObjects()).extracting(m -> ((Song) m).title).containsExactly("Guest");
        assertThat(List.of(Singer.objects.count(), Disc.objects.count(), Song.objects.count()))
                .containsExactly(2L, 1L, 1L);

        // deleting both artists at once: the song goes with Otis's album, so Nina's restriction is met
        assertThat(Singer.objects.all().delete()).isEqualTo(4);
        assertThat(List.of(Singer.objects.count(), Disc.objects.count(), Song.objects.count())).containsOnly(0L);
    }

    // ------------------------------------------------------------------ SET_NULL, SET_DEFAULT, SET

    @Test
    void setNullSetDefaultAndSetRewriteTheReferences() {
        Desk.objects.create("code", "lobby", "room", "hall");
        Desk spare = Desk.objects.create("code", "spare", "room", "store");
        Desk d1 = Desk.objects.create("code", "d1", "room", "101");
        Clerk ann = Clerk.objects.create("name", "Ann", "desk", d1, "homeDesk", d1, "backupDesk", d1, "lastDesk", d1);
        Clerk bob = Clerk.objects.create("name", "Bob", "desk", spare, "homeDesk", d1, "backupDesk", spare,
                "lastDesk", spare);

        assertThat(d1.delete()).isEqualTo(1);

        ann.refreshFromDb();
        bob.refreshFromDb();
        assertThat(ann.desk).isNull();
        assertThat(ann.homeDesk.id()).isEqualTo("lobby");
        assertThat(ann.backupDesk.id()).isEqualTo("spare");
        assertThat(bob.desk.id()).isEqualTo("spare");
        assertThat(bob.homeDesk.id()).isEqualTo("lobby");
        assertThat(bob.backupDesk.id()).isEqualTo("spare");
        assertThat(ann.lastDesk).as("SET_DEFAULT without @Default on a nullable key: NULL").isNull();
        assertThat(bob.lastDesk.id()).isEqualTo("spare");
        assertThat(Clerk.objects.count()).isEqualTo(2);
        assertThat(Desk.objects.count()).isEqualTo(2);
    }

    // ------------------------------------------------------------------ DO_NOTHING and rollback

    @Test
    void doNothingLeavesItToTheDatabaseAndTheWholeDeleteRollsBack() {
        Ledger ledger = Ledger.objects.create("name", "2026");
        for (int i = 0; i < 3; i++) {
            LedgerNote.objects.create("text", "note" + i, "ledger", ledger);
        }
        LedgerEntry.objects.create("text", "entry", "ledger", ledger);

        assertThatThrownBy(ledger::delete).isInstanceOf(ForeignKeyViolation.class);

        assertThat(Ledger.objects.count()).isEqualTo(1);
        assertThat(LedgerNote.objects.count()).as("the notes deleted first are back").isEqualTo(3);
        assertThat(ledger.isPersisted()).isTrue();

        LedgerEntry.objects.all().delete();
        assertThat(ledger.delete()).isEqualTo(4);
    }

    @Test
    void aFailureInALaterBatchLeavesNothingDeleted() {
        List<Ledger> ledgers = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            Ledger l = new Ledger();
            l.name = "l" + i;
            ledgers.add(l);
        }
        Ledger.objects.bulkCreate(ledgers);
        List<LedgerNote> notes = new ArrayList<>();
        for (Ledger l : Ledger.objects.all().fetch()) {
            LedgerNote n = new LedgerNote();
            n.text = "note of " + l.name;
            n.ledger = io.aksara.Ref.to(l);
            notes.add(n);
        }
        LedgerNote.objects.bulkCreate(notes);
        LedgerEntry.objects.create("text", "keeps the last ledger", "ledger", Ledger.objects.get("name", "l1199"));

        assertThatThrownBy(() -> Ledger.objects.all().delete()).isInstanceOf(ForeignKeyViolation.class);

        assertThat(Ledger.objects.count()).isEqualTo(1200);
        assertThat(LedgerNote.objects.count()).isEqualTo(1200);
    }

    @Test
    void insideAnAtomicBlockTheDeleteJoinsIt() {
        Region north = seedRegions();
        Supplier acme = Supplier.objects.create("name", "acme");
        SupplyContract.objects.create("title", "c", "supplier", acme);

        assertThatThrownBy(() -> Transaction.atomic(() -> {
            assertThat(north.delete()).isEqualTo(15);
            assertThatThrownBy(acme::delete).isInstanceOf(ProtectedError.class); // refused without SQL failing
            Region.objects.create("name", "west");
            throw new IllegalStateException("undo");
        })).hasMessage("undo");

        assertRegionsLeft(2, 3, 5, 9);
        assertThat(Supplier.objects.count()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ the database's constraints

    @Test
    void theDatabaseConstraintsAgreeWithTheRulesForPlainSqlDeletes() {
        seedRegions();
        org.jooq.DSLContext dsl = io.aksara.jooq.JooqBackend.of(Aksara.backend()).dsl();

        dsl.execute("delete from it_regions where name = ?", "north"); // ON DELETE CASCADE
        assertRegionsLeft(1, 1, 1, 1);

        Supplier acme = Supplier.objects.create("name", "acme");
        SupplyContract.objects.create("title", "c", "supplier", acme);
        assertThatThrownBy(() -> dsl.execute("delete from it_suppliers where name = ?", "acme")) // ON DELETE RESTRICT
                .isInstanceOf(org.jooq.exception.DataAccessException.class);
        assertThat(Supplier.objects.count()).isEqualTo(1);

        Desk.objects.create("code", "lobby", "room", "hall");
        Desk d1 = Desk.objects.create("code", "d1", "room", "101");
        Clerk ann = Clerk.objects.create("name", "Ann", "desk", d1, "homeDesk", d1, "backupDesk", "lobby");
        if (!db.has(Feature.ON_DELETE_SET_DEFAULT)) { // InnoDB has no SET DEFAULT: the key is NO ACTION
            assertThatThrownBy(() -> dsl.execute("delete from it_desks where code = ?", "d1"))
                    .isInstanceOf(org.jooq.exception.DataAccessException.class);
            assertThat(Desk.objects.count()).isEqualTo(2);
        } else {
            dsl.execute("delete from it_desks where code = ?", "d1"); // ON DELETE SET NULL, ON DELETE SET DEFAULT
            ann.refreshFromDb();
            assertThat(ann.desk).isNull();
            assertThat(ann.homeDesk.id()).isEqualTo("lobby");
        }
    }

    // ------------------------------------------------------------------ self-reference and cycles

    @Test
    void aSelfReferenceDeletesTheWholeSubtree() {
        TreeNode root = TreeNode.objects.create("name", "root");
        TreeNode a = TreeNode.objects.create("name", "a", "parent", root);
        TreeNode.objects.create("name", "b", "parent", root);
        TreeNode a1 = TreeNode.objects.create("name", "a1", "parent", a);
        TreeNode.objects.create("name", "a2", "parent", a);
        TreeNode.objects.create("name", "a1x", "parent", a1);
        TreeNode.objects.create("name", "other");

        assertThat(a.delete()).isEqualTo(4);
        assertThat(TreeNode.objects.orderBy("name").fetch()).extracting(n -> n.name).containsExactly("b", "other", "root");

        assertThat(root.delete()).isEqualTo(2);
        assertThat(TreeNode.objects.orderBy("name").fetch()).extracting(n -> n.name).containsExactly("other");
    }

    @Test
    void aCycleThroughNullableKeysEnds() {
        Team red = Team.objects.create("name", "red");
        Team blue = Team.objects.create("name", "blue");
        Player p1 = Player.objects.create("name", "p1", "team", red);
        Player.objects.create("name", "p2", "team", red);
        Player p3 = Player.objects.create("name", "p3", "team", blue);
        red.captain = io.aksara.Ref.to(p1);
        red.save();
        blue.captain = io.aksara.Ref.to(p1); // a red player captains blue too
        blue.save();

        assertThat(red.delete()).isEqualTo(3); // red and its two players

        blue.refreshFromDb();
        assertThat(blue.captain).as("SET_NULL from the cascaded captain").isNull();
        assertThat(Player.objects.fetch()).extracting(p -> p.name).containsExactly("p3");

        blue.captain = io.aksara.Ref.to(p3);
        blue.save();
        assertThat(Team.objects.all().delete()).isEqualTo(2); // blue, and p3 through the cycle
        assertThat(Player.objects.count()).isZero();
    }
}
