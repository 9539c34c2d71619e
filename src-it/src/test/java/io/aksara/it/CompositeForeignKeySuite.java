package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.CompositeKey;
import io.aksara.QueryLog;
import io.aksara.Ref;
import io.aksara.errors.CompositeKeyError;
import io.aksara.errors.DoesNotExist;
import io.aksara.errors.ProtectedError;
import io.aksara.errors.UniqueViolation;
import io.aksara.it.models.compositefk.Audit;
import io.aksara.it.models.compositefk.Bay;
import io.aksara.it.models.compositefk.BayLabel;
import io.aksara.it.models.compositefk.Depot;
import io.aksara.it.models.compositefk.Hold;
import io.aksara.it.models.compositefk.PickLine;
import io.aksara.meta.ModelRegistry;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.Migrations;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Foreign keys to a model with a composite primary key ({@code Bay}: depot and code) on every
 * database: one column per key field and one FOREIGN KEY over them, writes, filters and joins on
 * every column pair, the reverse side, and the on_delete rules.
 */
@OnEveryDatabase
class CompositeForeignKeySuite extends SuiteSchema {
    private Depot north;
    private Depot south;
    private Bay northA;
    private Bay northB;
    private Bay southA;

    CompositeForeignKeySuite() {
        super(Depot.class, Bay.class, PickLine.class, Hold.class, Audit.class, BayLabel.class);
    }

    @BeforeEach
    void bays() {
        north = Depot.objects.create("name", "North");
        south = Depot.objects.create("name", "South");
        northA = Bay.objects.create("depot", north, "code", "A", "capacity", 10);
        northB = Bay.objects.create("depot", north, "code", "B", "capacity", 20);
        southA = Bay.objects.create("depot", south, "code", "A", "capacity", 30);
    }

    @Test
    void theMigrationWritesOneColumnPerKeyFieldAndOneForeignKeyOverThem() throws Exception {
        Map<String, String> lineKey = new TreeMap<>();
        Map<String, String> holdKey = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password())) {
            DatabaseMetaData md = c.getMetaData();
            for (String table : List.of("cfk_pick_lines", "CFK_PICK_LINES")) {
                readForeignKeys(md, c.getCatalog(), table, "cfk_bays", lineKey);
            }
            for (String table : List.of("cfk_holds", "CFK_HOLDS")) {
                readForeignKeys(md, c.getCatalog(), table, "cfk_bays", holdKey);
            }
        }
        assertThat(lineKey).containsExactlyEntriesOf(new TreeMap<>(Map.of("bay_depot_id", "depot_id", "bay_code", "code")));
        assertThat(holdKey).containsExactlyEntriesOf(new TreeMap<>(Map.of("held_depot", "depot_id", "held_bay", "code")));
        var check = Migrations.at(schema.directory()).models(List.of(ModelRegistry.metaOf(Depot.class),
                ModelRegistry.metaOf(Bay.class), ModelRegistry.metaOf(PickLine.class), ModelRegistry.metaOf(Hold.class),
                ModelRegistry.metaOf(Audit.class), ModelRegistry.metaOf(BayLabel.class))).database(config)
                .makemigrations(MakeMigrationsOptions.defaults().asCheck());
        assertThat(check.changesDetected()).as(check.yaml()).isFalse();
    }

    private static void readForeignKeys(DatabaseMetaData md, String catalog, String table, String target,
            Map<String, String> out) throws Exception {
        try (ResultSet rs = md.getImportedKeys(catalog, null, table)) {
            while (rs.next()) {
                if (rs.getString("PKTABLE_NAME").equalsIgnoreCase(target)) {
                    out.put(rs.getString("FKCOLUMN_NAME").toLowerCase(), rs.getString("PKCOLUMN_NAME").toLowerCase());
                }
            }
        }
    }

    @Test
    void createSaveAndReadBackTheKeyAsACompositeKey() {
        PickLine line = PickLine.objects.create("bay", northB, "qty", 3);
        PickLine byKey = new PickLine();
        byKey.bay = Ref.toId(Bay.class, CompositeKey.of(south.id, "A"));
        byKey.qty = 4;
        byKey.save();

        PickLine read = PickLine.objects.get("pk", line.id);
        assertThat(read.bay.id()).isEqualTo(CompositeKey.of(north.id, "B"));
        assertThat(read.bay.get().capacity).isEqualTo(20);
        assertThat(PickLine.objects.get("pk", byKey.id).bay.get().capacity).isEqualTo(30);

        read.bay = Ref.to(northA);
        read.save();
        assertThat(PickLine.objects.get("pk", line.id).bay.id()).isEqualTo(CompositeKey.of(north.id, "A"));

        assertThat(PickLine.objects.filter("pk", line.id).update("bay", southA)).isEqualTo(1);
        assertThat(PickLine.objects.get("pk", line.id).bay.id()).isEqualTo(CompositeKey.of(south.id, "A"));
        assertThat(PickLine.objects.values("bay_depot_id", "bay_code").filter("pk", line.id).fetch())
                .containsExactly(Map.of("bay_depot_id", south.id, "bay_code", "A"));
    }

    @Test
    void bulkCreateBulkUpdateOnlyAndDeferTakeTheRelationAsItsColumns() {
        PickLine one = new PickLine();
        one.bay = Ref.to(northA);
        one.qty = 1;
        PickLine two = new PickLine();
        two.bay = Ref.to(southA);
        two.qty = 2;
        PickLine.objects.bulkCreate(List.of(one, two));
        assertThat(PickLine.objects.fetch().stream().map(l -> l.bay.id()))
                .containsExactly(CompositeKey.of(north.id, "A"), CompositeKey.of(south.id, "A"));

        one.bay = Ref.to(northB);
        two.qty = 20;
        assertThat(PickLine.objects.bulkUpdate(List.of(one, two), "bay", "qty")).isEqualTo(2);
        assertThat(PickLine.objects.fetch().stream().map(l -> l.bay.id() + "=" + l.qty))
                .containsExactly(CompositeKey.of(north.id, "B") + "=1", CompositeKey.of(south.id, "A") + "=20");
        assertThat(PickLine.objects.only("bay").orderBy("id").fetch().stream().map(l -> l.bay.id() + "=" + l.qty))
                .containsExactly(CompositeKey.of(north.id, "B") + "=0", CompositeKey.of(south.id, "A") + "=0");
        assertThat(PickLine.objects.defer("bay").orderBy("id").fetch().stream().map(l -> l.bay == null ? "-" : "loaded")).containsExactly("-", "-");
    }

    @Test
    void filterByInstanceKeyListAndNull() {
        PickLine.objects.create("bay", northA, "qty", 1);
        PickLine.objects.create("bay", northB, "qty", 2);
        PickLine.objects.create("bay", southA, "qty", 3);
        Hold.objects.create("bay", northA, "reason", "count");
        Hold.objects.create("reason", "none");

        assertThat(qtys(PickLine.objects.filter("bay", northA).fetch())).containsExactly(1);
        assertThat(qtys(PickLine.objects.filter("bay", CompositeKey.of(south.id, "A")).fetch())).containsExactly(3);
        assertThat(qtys(PickLine.objects.filter("bay", Ref.to(northB)).fetch())).containsExactly(2);
        assertThat(qtys(PickLine.objects.filter("bay__in", List.of(northA, CompositeKey.of(south.id, "A"))).fetch()))
                .containsExactly(1, 3);
        assertThat(qtys(PickLine.objects.exclude("bay", northA).fetch())).containsExactly(2, 3);
        assertThat(PickLine.objects.filter("bay__in", List.of()).count()).isZero();
        assertThat(Hold.objects.filter("bay__isnull", true).fetch().stream().map(h -> h.reason)).containsExactly("none");
        assertThat(Hold.objects.filter("bay__isnull", false).fetch().stream().map(h -> h.reason)).containsExactly("count");
        assertThat(Hold.objects.filter("bay", null).count()).isEqualTo(1);
        assertThat(Hold.objects.get("reason", "none").bay).isNull();
    }

    @Test
    void pathsAcrossTheRelationJoinOnEveryColumnPair() {
        PickLine.objects.create("bay", northA, "qty", 1);
        PickLine.objects.create("bay", northB, "qty", 2);
        PickLine.objects.create("bay", southA, "qty", 3);

        assertThat(qtys(PickLine.objects.filter("bay__depot__name", "North").fetch())).containsExactly(1, 2);
        assertThat(qtys(PickLine.objects.filter("bay__capacity__gte", 20).fetch())).containsExactly(2, 3);
        assertThat(qtys(PickLine.objects.orderBy("-bay__capacity").fetch())).containsExactly(3, 2, 1);
        assertThat(PickLine.objects.values("qty", "bay__capacity").orderBy("qty").fetch().stream()
                .map(r -> r.get("bay__capacity"))).containsExactly(10, 20, 30);
    }

    @Test
    void theReverseSideFindsTheRowsPointingToAKey() {
        PickLine.objects.create("bay", northA, "qty", 1);
        PickLine.objects.create("bay", northA, "qty", 5);
        PickLine.objects.create("bay", southA, "qty", 3);

        assertThat(Bay.objects.filter("lines__qty__gt", 4).fetch().stream().map(Bay::pk))
                .containsExactly(CompositeKey.of(north.id, "A"));
        assertThat(Bay.objects.filter("lines__isnull", true).fetch().stream().map(Bay::pk))
                .containsExactly(CompositeKey.of(north.id, "B"));
        assertThat(Depot.objects.filter("bay__lines__qty", 3).fetch().stream().map(d -> d.name)).containsExactly("South");
    }

    @Test
    void selectRelatedAndPrefetchRelatedLoadTheTargetsByTheirWholeKey() {
        PickLine.objects.create("bay", northA, "qty", 1);
        PickLine.objects.create("bay", northB, "qty", 2);
        PickLine.objects.create("bay", southA, "qty", 3);
        Hold.objects.create("reason", "none");
        Hold.objects.create("bay", northB, "reason", "count");

        List<String> sql = QueryLog.capture(() -> {
            List<PickLine> lines = PickLine.objects.selectRelated("bay__depot").fetch();
            assertThat(lines.stream().map(l -> l.bay.get().depot.get().name + "/" + l.bay.get().code + "=" + l.bay.get().capacity))
                    .containsExactly("North/A=10", "North/B=20", "South/A=30");
        });
        assertThat(sql).hasSize(1);

        sql = QueryLog.capture(() -> {
            List<Hold> holds = Hold.objects.selectRelated("bay").orderBy("reason").fetch();
            assertThat(holds.get(0).bay.get().capacity).isEqualTo(20);
            assertThat(holds.get(1).bay).isNull();
        });
        assertThat(sql).hasSize(1);

        sql = QueryLog.capture(() -> {
            List<PickLine> lines = PickLine.objects.prefetchRelated("bay").fetch();
            assertThat(lines.stream().map(l -> l.bay.get().capacity)).containsExactly(10, 20, 30);
        });
        assertThat(sql).hasSize(2);

        sql = QueryLog.capture(() -> {
            List<Bay> bays = Bay.objects.prefetchRelated("lines").orderBy("depot__name", "code").fetch();
            assertThat(bays.stream().map(b -> qtys(b.lines().all().fetch()))).containsExactly(List.of(1), List.of(2), List.of(3));
        });
        assertThat(sql).hasSize(2);
    }

    @Test
    void theRelatedManagerOfTheTargetReadsAndWritesItsRows() {
        PickLine.objects.create("bay", northA, "qty", 1);
        PickLine.objects.create("bay", southA, "qty", 3);

        assertThat(qtys(northA.lines().all().fetch())).containsExactly(1);
        PickLine created = northA.lines().create("qty", 7);
        assertThat(created.bay.id()).isEqualTo(CompositeKey.of(north.id, "A"));
        assertThat(northA.lines().count()).isEqualTo(2);
        assertThat(northA.lines().filter("qty__gt", 5).count()).isEqualTo(1);

        PickLine moved = PickLine.objects.get("qty", 3);
        northB.lines().add(moved);
        assertThat(PickLine.objects.get("qty", 3).bay.id()).isEqualTo(CompositeKey.of(north.id, "B"));
        assertThat(southA.lines().count()).isZero();
    }

    @Test
    void orderingByTheRelationUsesEveryColumnAndValuesNameTheColumns() {
        PickLine.objects.create("bay", southA, "qty", 3);
        PickLine.objects.create("bay", northB, "qty", 2);
        PickLine.objects.create("bay", northA, "qty", 1);

        assertThat(qtys(PickLine.objects.orderBy("bay").fetch())).containsExactly(1, 2, 3);
        assertThat(qtys(PickLine.objects.orderBy("-bay").fetch())).containsExactly(3, 2, 1);
        assertThat(PickLine.objects.filter("qty", 2).values().fetch().getFirst())
                .containsEntry("bay_depot_id", north.id).containsEntry("bay_code", "B");
        assertThatThrownBy(() -> PickLine.objects.values("bay").fetch()).isInstanceOf(CompositeKeyError.class)
                .hasMessageContaining("bay_depot_id, bay_code");
    }

    @Test
    void aOneToOneToACompositeKeyIsUniqueAndReadFromBothSides() {
        BayLabel label = BayLabel.objects.create("bay", northB, "text", "cold");
        assertThat(northB.label().text).isEqualTo("cold");
        assertThatThrownBy(() -> northA.label()).isInstanceOf(DoesNotExist.class);
        assertThatThrownBy(() -> BayLabel.objects.create("bay", northB, "text", "again")).isInstanceOf(UniqueViolation.class);
        assertThat(BayLabel.objects.get("bay", CompositeKey.of(north.id, "B")).id).isEqualTo(label.id);
        assertThat(Bay.objects.filter("label__text", "cold").fetch().stream().map(Bay::pk))
                .containsExactly(CompositeKey.of(north.id, "B"));
        assertThat(Bay.objects.filter("label__isnull", true).count()).isEqualTo(2);
        assertThat(BayLabel.objects.selectRelated("bay").get("text", "cold").bay.get().capacity).isEqualTo(20);
        northB.delete();
        assertThat(BayLabel.objects.count()).isZero();
    }

    @Test
    void deletingTheTargetCascadesSetsNullOrIsProtected() {
        PickLine.objects.create("bay", northA, "qty", 1);
        PickLine.objects.create("bay", southA, "qty", 3);
        Hold hold = Hold.objects.create("bay", northA, "reason", "count");
        Audit.objects.create("bay", southA, "note", "checked");

        northA.delete();
        assertThat(qtys(PickLine.objects.fetch())).containsExactly(3);
        hold.refreshFromDb();
        assertThat(hold.bay).isNull();

        assertThatThrownBy(() -> Audit.objects.create("bay", southA, "note", "twice")).isInstanceOf(UniqueViolation.class);
        assertThatThrownBy(() -> southA.delete()).isInstanceOf(ProtectedError.class);
        assertThat(Bay.objects.filter("pk", CompositeKey.of(south.id, "A")).exists()).isTrue();
        assertThat(PickLine.objects.count()).isEqualTo(1);

        Audit.objects.all().delete();
        south.delete();                                        // depot → bay → pick line, by cascade
        assertThat(Bay.objects.count()).isEqualTo(1);
        assertThat(PickLine.objects.count()).isZero();
    }

    @Test
    void aValueOfTheWrongShapeIsRefusedBeforeAnySql() {
        List<String> sql = QueryLog.capture(() -> {
            assertThatThrownBy(() -> PickLine.objects.filter("bay", north.id).count())
                    .isInstanceOf(CompositeKeyError.class).hasMessageContaining("needs a CompositeKey of 2 values (depot, code)");
            assertThatThrownBy(() -> PickLine.objects.filter("bay", CompositeKey.of(north.id, "A", "x")).count())
                    .isInstanceOf(CompositeKeyError.class).hasMessageContaining("PickLine.bay");
            assertThatThrownBy(() -> PickLine.objects.filter("bay__gt", northA).count())
                    .isInstanceOf(CompositeKeyError.class).hasMessageContaining("use exact, in or isnull");
            assertThatThrownBy(() -> Ref.toId(Bay.class, 1L)).isInstanceOf(CompositeKeyError.class)
                    .hasMessageContaining("Bay");
        });
        assertThat(sql).isEmpty();
    }

    private static List<Integer> qtys(List<PickLine> lines) {
        return lines.stream().map(l -> l.qty).toList();
    }
}
