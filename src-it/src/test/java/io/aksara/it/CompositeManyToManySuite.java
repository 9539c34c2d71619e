package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.CompositeKey;
import io.aksara.QueryLog;
import io.aksara.errors.AksaraException;
import io.aksara.errors.CompositeKeyError;
import io.aksara.it.models.compositem2m.Crate;
import io.aksara.it.models.compositem2m.Crate_shelves;
import io.aksara.it.models.compositem2m.Item;
import io.aksara.it.models.compositem2m.Label;
import io.aksara.it.models.compositem2m.Shelf;
import io.aksara.it.models.compositem2m.Shelf_labels;
import io.aksara.it.models.compositem2m.Stocking;
import io.aksara.meta.ModelRegistry;
import io.aksara.schemafirst.InspectDb;
import io.aksara.schemafirst.Inspection;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.Migrations;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many-to-many relations whose own model or target has a composite primary key ({@code Shelf}:
 * aisle and tier) on every database: generated join models with one column per key field and
 * a FOREIGN KEY over them, an explicit through model with a composite foreign key, the relation
 * managers, lookups both ways, prefetching, cascades and migrations.
 */
@OnEveryDatabase
class CompositeManyToManySuite extends SuiteSchema {
    private static final List<Class<? extends io.aksara.Model>> MODELS = List.of(Label.class, Shelf.class, Crate.class,
            Item.class, Stocking.class, Shelf_labels.class, Crate_shelves.class);

    private Shelf a1;
    private Shelf a2;
    private Shelf b1;
    private Label cold;
    private Label heavy;

    @Override
    protected List<Class<? extends io.aksara.Model>> models() {
        return MODELS;
    }

    @BeforeEach
    void shelves() {
        a1 = Shelf.objects.create("aisle", "A", "tier", 1);
        a2 = Shelf.objects.create("aisle", "A", "tier", 2);
        b1 = Shelf.objects.create("aisle", "B", "tier", 1);
        cold = Label.objects.create("name", "cold");
        heavy = Label.objects.create("name", "heavy");
    }

    @Test
    void theJoinTablesHaveOneColumnPerKeyFieldAndAForeignKeyOverThem() throws Exception {
        Map<String, String> labelLinks = new TreeMap<>();
        Map<String, String> crateLinks = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password())) {
            DatabaseMetaData md = c.getMetaData();
            String labels = ModelRegistry.metaOf(Shelf_labels.class).table();
            String crates = ModelRegistry.metaOf(Crate_shelves.class).table();
            for (String table : List.of(labels, labels.toUpperCase())) {
                readForeignKeys(md, c.getCatalog(), table, labelLinks);
            }
            for (String table : List.of(crates, crates.toUpperCase())) {
                readForeignKeys(md, c.getCatalog(), table, crateLinks);
            }
        }
        assertThat(labelLinks).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "shelf_aisle", "cm2m_shelves.aisle", "shelf_tier", "cm2m_shelves.tier", "label_id", "cm2m_labels.id")));
        assertThat(crateLinks).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "crate_id", "cm2m_crates.id", "shelf_aisle", "cm2m_shelves.aisle", "shelf_tier", "cm2m_shelves.tier")));
        var check = Migrations.at(schema.directory()).models(MODELS.stream().<io.aksara.meta.ModelMeta<?>>map(
                ModelRegistry::metaOf).toList()).database(config).makemigrations(MakeMigrationsOptions.defaults().asCheck());
        assertThat(check.changesDetected()).as(check.yaml()).isFalse();
    }

    @Test
    void inspectdbReadsAGeneratedJoinTableBackWithItsCompositeForeignKeyAndUniqueConstraint() throws Exception {
        Inspection found;
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password())) {
            found = InspectDb.of(c).packageName("io.aksara.it.inspectedcm2m").tables("cm2m_shelves", "cm2m_labels",
                    ModelRegistry.metaOf(Shelf_labels.class).table()).inspect();
        }
        assertThat(found.sources().values()).anySatisfy(source -> assertThat(source)
                .contains("uniqueTogether = @Meta.Unique({\"shelf\", \"label\"})")
                .contains("@ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"cm2mShelvesLabels\") public Ref<Cm2mShelf> shelf;")
                .doesNotContain("shelfAisle").doesNotContain("shelfTier"));
        assertThat(found.warnings()).noneMatch(w -> w.contains("cm2m_shelves_labels"));
    }

    @Test
    void aCompositeOwnerAddsRemovesSetsAndClearsItsLinks() {
        a1.labels.add(cold, heavy);
        a1.labels.add(cold); // already linked: no second row
        b1.labels.add(heavy);
        assertThat(names(a1.labels.fetch())).containsExactly("cold", "heavy");
        assertThat(Shelf_labels.objects.count()).isEqualTo(3);
        a1.labels.remove(cold);
        assertThat(names(a1.labels.fetch())).containsExactly("heavy");
        a1.labels.set(List.of(cold));
        assertThat(names(a1.labels.fetch())).containsExactly("cold");
        assertThat(a1.labels.count()).isEqualTo(1);
        a1.labels.clear();
        assertThat(a1.labels.fetch()).isEmpty();
        assertThat(names(b1.labels.fetch())).as("another shelf keeps its links").containsExactly("heavy");
        assertThat(keys(heavy.shelves().fetch())).containsExactly(CompositeKey.of("B", 1));
    }

    @Test
    void aRelationToACompositeKeyWorksFromBothSides() {
        Crate apples = Crate.objects.create("name", "apples");
        Crate pears = Crate.objects.create("name", "pears");
        apples.shelves.add(a1, b1);
        pears.shelves.add(a2);
        assertThat(keys(apples.shelves.fetch())).containsExactly(CompositeKey.of("A", 1), CompositeKey.of("B", 1));
        assertThat(names(a1.crates().fetch())).containsExactly("apples");
        a2.crates().add(apples); // from the target side
        assertThat(keys(apples.shelves.fetch())).hasSize(3);
        apples.shelves.remove(a1);
        assertThat(keys(apples.shelves.fetch())).containsExactly(CompositeKey.of("A", 2), CompositeKey.of("B", 1));
        apples.shelves.removeIds(CompositeKey.of("B", 1));
        assertThat(keys(apples.shelves.fetch())).containsExactly(CompositeKey.of("A", 2));
        apples.shelves.addIds(CompositeKey.of("B", 1));
        assertThat(keys(apples.shelves.fetch())).containsExactly(CompositeKey.of("A", 2), CompositeKey.of("B", 1));
        assertThatThrownBy(() -> apples.shelves.addIds("A")).isInstanceOf(AksaraException.class)
                .hasMessageContaining("Crate.shelves").hasMessageContaining("CompositeKey");
    }

    @Test
    void lookupsCrossTheJoinOnEveryColumnPair() {
        a1.labels.add(cold);
        a2.labels.add(cold, heavy);
        Crate apples = Crate.objects.create("name", "apples");
        Crate.objects.create("name", "pears");
        apples.shelves.add(a2, b1);
        assertThat(keys(Shelf.objects.filter("labels__name", "heavy").fetch())).containsExactly(CompositeKey.of("A", 2));
        assertThat(names(Label.objects.filter("shelves__tier", 2).distinct().fetch())).containsExactly("cold", "heavy");
        assertThat(names(Label.objects.filter("shelves", a1).fetch())).containsExactly("cold");
        assertThat(names(Crate.objects.filter("shelves__aisle", "B").fetch())).containsExactly("apples");
        assertThat(names(Crate.objects.filter("shelves", a2).fetch())).containsExactly("apples");
        assertThat(Crate.objects.filter("shelves", a1).fetch()).as("aisle A of one shelf, tier 1 of another: no match")
                .isEmpty();
        assertThat(names(Crate.objects.filter("shelves__in", List.of(a1, CompositeKey.of("B", 1))).fetch()))
                .containsExactly("apples");
        assertThat(names(Crate.objects.filter("shelves__isnull", true).fetch())).containsExactly("pears");
        assertThatThrownBy(() -> Crate.objects.filter("shelves", "A").fetch()).isInstanceOf(CompositeKeyError.class)
                .hasMessageContaining("Shelf").hasMessageContaining("aisle, tier");
        assertThat(keys(Shelf.objects.filter("crates__name", "apples").fetch()))
                .containsExactly(CompositeKey.of("A", 2), CompositeKey.of("B", 1));
        assertThat(keys(Shelf.objects.filter("labels__isnull", true).fetch())).containsExactly(CompositeKey.of("B", 1));
    }

    @Test
    void prefetchReadsEachSideInOneQuery() {
        a1.labels.add(cold, heavy);
        b1.labels.add(heavy);
        Crate apples = Crate.objects.create("name", "apples");
        apples.shelves.add(a1, b1);
        List<String> sql = QueryLog.capture(() -> {
            List<Shelf> shelves = Shelf.objects.prefetchRelated("labels").fetch();
            assertThat(shelves).hasSize(3);
            assertThat(names(shelves.get(0).labels.fetch())).containsExactly("cold", "heavy");
            assertThat(shelves.get(1).labels.fetch()).isEmpty();
            assertThat(names(shelves.get(2).labels.fetch())).containsExactly("heavy");
        });
        assertThat(sql).as("the shelves, their links, the labels").hasSize(3);
        sql = QueryLog.capture(() -> {
            List<Crate> crates = Crate.objects.prefetchRelated("shelves").fetch();
            assertThat(keys(crates.getFirst().shelves.fetch())).containsExactly(CompositeKey.of("A", 1), CompositeKey.of("B", 1));
        });
        assertThat(sql).as("the shelves, their links, the labels").hasSize(3);
    }

    @Test
    void deletingEitherSideDeletesItsLinks() {
        a1.labels.add(cold, heavy);
        a2.labels.add(cold);
        Crate apples = Crate.objects.create("name", "apples");
        apples.shelves.add(a1, a2);
        a1.delete();
        assertThat(Shelf_labels.objects.count()).isEqualTo(1);
        assertThat(keys(apples.shelves.fetch())).containsExactly(CompositeKey.of("A", 2));
        cold.delete();
        assertThat(Shelf_labels.objects.count()).isZero();
        apples.delete();
        assertThat(Crate_shelves.objects.count()).isZero();
        assertThat(Shelf.objects.count()).isEqualTo(2);
    }

    @Test
    void anExplicitThroughModelWithACompositeForeignKey() {
        Item bolts = Item.objects.create("name", "bolts");
        Item nuts = Item.objects.create("name", "nuts");
        bolts.shelves.add(List.of(a1, b1), Map.of("quantity", 5));
        nuts.shelves.add(List.of(a1), Map.of("quantity", 9));
        assertThat(Stocking.objects.filter("shelf", a1).count()).isEqualTo(2);
        assertThat(Stocking.objects.get("item", nuts).quantity).isEqualTo(9);
        assertThat(keys(bolts.shelves.fetch())).containsExactly(CompositeKey.of("A", 1), CompositeKey.of("B", 1));
        assertThat(names(a1.items().fetch())).containsExactly("bolts", "nuts");
        assertThat(names(Item.objects.filter("shelves__aisle", "B").fetch())).containsExactly("bolts");
        assertThat(names(Item.objects.filter("stockings__quantity__gt", 6).fetch())).containsExactly("nuts");
        List<Item> items = Item.objects.prefetchRelated("shelves").fetch();
        assertThat(keys(items.get(1).shelves.fetch())).containsExactly(CompositeKey.of("A", 1));
        bolts.shelves.remove(b1);
        assertThat(Stocking.objects.count()).isEqualTo(2);
        a1.delete();
        assertThat(Stocking.objects.count()).isZero();
    }

    private static List<String> names(List<?> rows) {
        List<String> out = new ArrayList<>();
        for (Object r : rows) {
            out.add(r instanceof Label l ? l.name : r instanceof Crate c ? c.name : ((Item) r).name);
        }
        return out;
    }

    private static List<Object> keys(List<Shelf> shelves) {
        return shelves.stream().map(s -> (Object) CompositeKey.of(s.aisle, s.tier)).toList();
    }

    private static void readForeignKeys(DatabaseMetaData md, String catalog, String table, Map<String, String> out)
            throws Exception {
        try (ResultSet rs = md.getImportedKeys(catalog, null, table)) {
            while (rs.next()) {
                out.put(rs.getString("FKCOLUMN_NAME").toLowerCase(),
                        rs.getString("PKTABLE_NAME").toLowerCase() + "." + rs.getString("PKCOLUMN_NAME").toLowerCase());
            }
        }
    }
}
