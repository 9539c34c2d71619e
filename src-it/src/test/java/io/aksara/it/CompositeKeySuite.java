package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.CompositeKey;
import io.aksara.QueryLog;
import io.aksara.Ref;
import io.aksara.errors.CompositeKeyError;
import io.aksara.errors.FieldError;
import io.aksara.errors.UniqueViolation;
import io.aksara.it.models.composite.Outlet;
import io.aksara.it.models.composite.Stocking;
import io.aksara.meta.ModelRegistry;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.Migrations;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A primary key over two fields ({@code @Meta(primaryKey = {"outlet", "sku"})}: a foreign key and
 * a text column) on every database: the migration's PRIMARY KEY, lookups by {@code pk} as a
 * {@link CompositeKey}, and save, delete and refresh keyed by both columns.
 */
@OnEveryDatabase
class CompositeKeySuite extends SuiteSchema {
    CompositeKeySuite() {
        super(Outlet.class, Stocking.class);
    }

    @Test
    void theMigrationCreatesOnePrimaryKeyOverBothColumnsAndSeesNoChangeAfterwards() throws Exception {
        TreeMap<Short, String> keyColumns = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password())) {
            DatabaseMetaData md = c.getMetaData();
            for (String table : List.of("stockings", "STOCKINGS")) {
                try (ResultSet rs = md.getPrimaryKeys(c.getCatalog(), null, table)) {
                    while (rs.next()) {
                        keyColumns.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase());
                    }
                }
            }
        }
        assertThat(keyColumns.values()).containsExactly("outlet_id", "sku");
        assertThat(Migrations.at(schema.directory()).models(List.of(ModelRegistry.metaOf(Outlet.class),
                ModelRegistry.metaOf(Stocking.class))).database(config)
                .makemigrations(MakeMigrationsOptions.defaults().asCheck()).changesDetected()).isFalse();
    }

    @Test
    void getAndFilterByTheKeyAsATuple() {
        Outlet north = Outlet.objects.create("name", "north");
        Outlet south = Outlet.objects.create("name", "south");
        stock(north, "A1", 5);
        stock(north, "B2", 7);
        stock(south, "A1", 9);

        Stocking found = Stocking.objects.get("pk", CompositeKey.of(south.id, "A1"));
        assertThat(found.quantity).isEqualTo(9);
        assertThat(found.pk()).isEqualTo(CompositeKey.of(south.id, "A1"));
        assertThat(Stocking.objects.filter("pk__in", List.of(CompositeKey.of(north.id, "B2"),
                CompositeKey.of(south.id, "A1"), CompositeKey.of(south.id, "Z9"))).fetch().stream().map(s -> s.quantity))
                .containsExactlyInAnyOrder(7, 9);
        assertThat(Stocking.objects.filter("pk__in", List.of()).count()).isZero();
        assertThat(Stocking.objects.exclude("pk", CompositeKey.of(north.id, "A1")).count()).isEqualTo(2);
        assertThat(Stocking.objects.filter("outlet__name", "north").fetch().stream().map(s -> s.sku))
                .containsExactly("A1", "B2");
    }

    @Test
    void aKeyOfTheWrongShapeIsRefusedBeforeAnySql() {
        List<String> sql = QueryLog.capture(() -> {
            assertThatThrownBy(() -> Stocking.objects.get("pk", 1L)).isInstanceOf(CompositeKeyError.class)
                    .hasMessageContaining("needs a CompositeKey of 2 values (outlet, sku)");
            assertThatThrownBy(() -> Stocking.objects.filter("pk", CompositeKey.of(1L, "A", "x")).count())
                    .isInstanceOf(CompositeKeyError.class).hasMessageContaining("Stocking");
            assertThatThrownBy(() -> Stocking.objects.filter("pk__gt", CompositeKey.of(1L, "A")).count())
                    .isInstanceOf(CompositeKeyError.class).hasMessageContaining("use pk or pk__in");
        });
        assertThat(sql).isEmpty();
    }

    @Test
    void saveUpdatesTheOneRowWithBothKeyValues() {
        Outlet north = Outlet.objects.create("name", "north");
        Outlet south = Outlet.objects.create("name", "south");
        Stocking a1 = stock(north, "A1", 5);
        stock(north, "B2", 7);
        stock(south, "A1", 9);

        a1.quantity = 50;
        a1.save();
        assertThat(Stocking.objects.count()).isEqualTo(3);
        assertThat(Stocking.objects.orderBy("outlet__name", "sku").fetch().stream().map(s -> s.quantity))
                .containsExactly(50, 7, 9);

        Stocking copy = new Stocking(); // a new instance with an existing key updates that row, as in Django
        copy.outlet = Ref.to(south);
        copy.sku = "A1";
        copy.quantity = 90;
        copy.save();
        assertThat(Stocking.objects.get("pk", CompositeKey.of(south.id, "A1")).quantity).isEqualTo(90);
        assertThat(Stocking.objects.count()).isEqualTo(3);
    }

    @Test
    void bulkCreateInsertsAndBulkUpdateWritesByBothKeyColumns() {
        Outlet north = Outlet.objects.create("name", "north");
        Outlet south = Outlet.objects.create("name", "south");
        List<Stocking> rows = List.of(stocking(north, "A1", 1), stocking(north, "B2", 2), stocking(south, "A1", 3));
        Stocking.objects.bulkCreate(rows);
        assertThat(rows.getLast().pk()).isEqualTo(CompositeKey.of(south.id, "A1"));
        assertThat(Stocking.objects.count()).isEqualTo(3);

        rows.get(0).quantity = 10;
        rows.get(2).quantity = 30;
        assertThat(Stocking.objects.bulkUpdate(List.of(rows.get(0), rows.get(2)), "quantity")).isEqualTo(2);
        assertThat(Stocking.objects.orderBy("outlet__name", "sku").fetch().stream().map(s -> s.quantity))
                .containsExactly(10, 2, 30);
        assertThatThrownBy(() -> Stocking.objects.bulkUpdate(rows, "sku")).isInstanceOf(FieldError.class)
                .hasMessageContaining("cannot change the primary key Stocking.sku");

        // a plain INSERT of a key that exists hits the composite PRIMARY KEY
        assertThatThrownBy(() -> Stocking.objects.bulkCreate(List.of(stocking(north, "A1", 6))))
                .isInstanceOf(UniqueViolation.class);
        assertThat(Stocking.objects.get("pk", CompositeKey.of(north.id, "A1")).quantity).isEqualTo(10);
    }

    @Test
    void upsertInsertsNewKeysAndUpdatesExistingOnesByBothKeyColumns() {
        Outlet north = Outlet.objects.create("name", "north");
        Outlet south = Outlet.objects.create("name", "south");
        stock(north, "A1", 5);
        stock(south, "A1", 9);

        List<Stocking> rows = List.of(stocking(north, "A1", 50), stocking(north, "B2", 7), stocking(south, "C3", 3));
        assertThat(Stocking.objects.upsert(rows, List.of("outlet", "sku"), List.of("quantity"))).isSameAs(rows);
        assertThat(Stocking.objects.orderBy("outlet__name", "sku").fetch().stream().map(s -> s.outlet.id() + "/" + s.sku + "=" + s.quantity))
                .containsExactly(north.id + "/A1=50", north.id + "/B2=7", south.id + "/A1=9", south.id + "/C3=3");
        assertThat(rows.get(1).pk()).isEqualTo(CompositeKey.of(north.id, "B2"));
        rows.get(1).quantity = 70;
        rows.get(1).save();                                   // the row upsert wrote, updated in place
        assertThat(Stocking.objects.get("pk", CompositeKey.of(north.id, "B2")).quantity).isEqualTo(70);
        assertThat(Stocking.objects.count()).isEqualTo(4);

        assertThatThrownBy(() -> Stocking.objects.upsert(rows, List.of("outlet", "sku"), List.of("sku")))
                .isInstanceOf(FieldError.class).hasMessageContaining("cannot change the primary key Stocking.sku");
        assertThatThrownBy(() -> Stocking.objects.upsert(rows, List.of("sku"), List.of("quantity")))
                .isInstanceOf(FieldError.class).hasMessageContaining("has none on (sku)").hasMessageContaining("(outlet, sku)");
    }

    @Test
    void deleteAndRefreshUseEveryKeyColumn() {
        Outlet north = Outlet.objects.create("name", "north");
        Outlet south = Outlet.objects.create("name", "south");
        Stocking a1 = stock(north, "A1", 5);
        stock(north, "B2", 7);
        Stocking southA1 = stock(south, "A1", 9);

        Stocking.objects.filter("pk", CompositeKey.of(south.id, "A1")).update("quantity", 11);
        southA1.refreshFromDb();
        assertThat(southA1.quantity).isEqualTo(11);

        assertThat(a1.delete()).isEqualTo(1);
        assertThat(Stocking.objects.fetch().stream().map(Stocking::pk))
                .containsExactlyInAnyOrder(CompositeKey.of(north.id, "B2"), CompositeKey.of(south.id, "A1"));

        assertThat(Stocking.objects.filter("pk__in", List.of(CompositeKey.of(north.id, "B2"))).delete()).isEqualTo(1);
        north.delete(); // nothing left to cascade to
        south.delete(); // cascades to its stocking through the foreign key in the key
        assertThat(Stocking.objects.count()).isZero();
    }

    @Test
    void queriesThatNeedTheKeyUseEveryKeyColumn() {
        Outlet north = Outlet.objects.create("name", "north");
        Outlet south = Outlet.objects.create("name", "south");
        stock(south, "A1", 9);
        stock(north, "B2", 7);
        stock(north, "A1", 5);

        // first()/last() without an ordering order by the key: outlet, then sku
        assertThat(Stocking.objects.all().orderBy().first().orElseThrow().pk()).isEqualTo(CompositeKey.of(north.id, "A1"));
        assertThat(Stocking.objects.all().orderBy().last().orElseThrow().pk()).isEqualTo(CompositeKey.of(south.id, "A1"));
        assertThat(Stocking.objects.inBulk()).containsOnlyKeys(CompositeKey.of(north.id, "A1"),
                CompositeKey.of(north.id, "B2"), CompositeKey.of(south.id, "A1"));
        Stocking light = Stocking.objects.only("sku").get("pk", CompositeKey.of(north.id, "B2"));
        assertThat(light.pk()).isEqualTo(CompositeKey.of(north.id, "B2"));
        assertThat(light.deferredFields()).containsExactly("quantity");
        assertThatThrownBy(() -> Stocking.objects.defer("sku")).isInstanceOf(FieldError.class)
                .hasMessageContaining("cannot be deferred");
        assertThat(Stocking.objects.all().slice(0, 2).count()).isEqualTo(2);
        assertThat(Stocking.objects.all().slice(2, 5).exists()).isTrue();
        assertThat(Outlet.objects.filter("stocking__sku", "B2").fetch().stream().map(o -> o.name)).containsExactly("north");
    }

    private static Stocking stocking(Outlet outlet, String sku, int quantity) {
        Stocking s = new Stocking();
        s.outlet = Ref.to(outlet);
        s.sku = sku;
        s.quantity = quantity;
        return s;
    }

    private static Stocking stock(Outlet outlet, String sku, int quantity) {
        return Stocking.objects.create("outlet", Ref.to(outlet), "sku", sku, "quantity", quantity);
    }
}
