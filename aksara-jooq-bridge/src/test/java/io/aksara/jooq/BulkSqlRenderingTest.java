package io.aksara.jooq;

import io.aksara.jooq.vendor.Vendors;
import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.jooq.internal.BulkStatements;
import io.aksara.jooq.internal.QueryLowering;
import io.aksara.jooq.models.Item;
import io.aksara.jooq.models.Item_;
import io.aksara.jooq.models.Shelf;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.query.SelectQuery;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** The SQL of bulk writes, set operations, distinct and none() per dialect, rendered without a database. */
class BulkSqlRenderingTest {
    private static DSLContext dsl(SQLDialect dialect) {
        return DSL.using(dialect, JooqBackend.settings());
    }

    private static List<Item> twoItems() {
        return List.of(Item.objects.build("id", 1, "name", "Pen", "price", 2),
                Item.objects.build("id", 2, "name", "Ink", "price", 5));
    }

    private static BulkStatements.Rendered upsert(SQLDialect dialect, List<String> update) {
        ModelMeta<Item> meta = Item_.META;
        List<FieldMeta<Item, ?>> conflict = List.of(meta.primaryKey());
        List<FieldMeta<Item, ?>> set = update.stream().<FieldMeta<Item, ?>>map(meta::field).toList();
        return BulkStatements.upsertSql(dialect, JooqBackend.settings(), meta, twoItems(), conflict, set);
    }

    private static String upsert(SQLDialect dialect) {
        return upsert(dialect, List.of("name", "price")).sql();
    }

    @Test
    void upsertOnPostgresIsInsertOnConflictDoUpdateReturningTheKeys() {
        String sql = upsert(SQLDialect.POSTGRES);
        assertThat(sql).startsWith("insert into items (id, name, \"order\", price, at, \"day\", \"time\", token, \"user\","
                + " shelf_id) values (?, ?, ?, ?, cast(? as timestamp(6) with time zone), cast(? as date),")
                .endsWith(", ?, ?) on conflict (id) do update set name = excluded.name, price = excluded.price"
                        + " returning items.id");
        assertThat(sql.split("\\), \\(")).hasSize(2); // one statement, two rows
    }

    @Test
    void upsertOnMysqlAndMariadbIsOnDuplicateKeyUpdateWithValues() {
        String expected = "insert into items (id, name, `order`, price, at, `day`, `time`, token, `user`, shelf_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on duplicate key update items.name = values(name), items.price = values(price)";
        // VALUES(c), not jOOQ MYSQL's row alias ("... as excluded"), which MariaDB rejects
        assertThat(upsert(SQLDialect.MYSQL)).isEqualTo(expected);
        assertThat(upsert(SQLDialect.MARIADB)).isEqualTo(expected);
    }

    @Test
    void upsertOnH2IsMergeUsingThatUpdatesOnlyTheUpdateFields() {
        assertThat(upsert(SQLDialect.H2)).startsWith("merge into items using (select cast(? as bigint) id,"
                        + " cast(? as varchar(60)) name, cast(? as int) \"order\",")
                .contains(" union all select cast(? as bigint), cast(? as varchar(60)),")
                .endsWith(") t on items.id = t.id when matched then update set items.name = t.name, items.price = t.price"
                        + " when not matched then insert (id, name, \"order\", price, at, \"day\", \"time\", token,"
                        + " \"user\", shelf_id) values (t.id, t.name, t.\"order\", t.price, t.at, t.\"day\", t.\"time\","
                        + " t.token, t.\"user\", t.shelf_id)");
    }

    @Test
    void upsertBindsEveryValueOfEveryRow() {
        List<Object> binds = upsert(SQLDialect.POSTGRES, List.of("name")).binds();
        assertThat(binds).hasSize(20);
        assertThat(binds.subList(0, 2)).containsExactly(1L, "Pen");
        assertThat(binds.subList(10, 12)).containsExactly(2L, "Ink");
    }

    @Test
    void bulkInsertIsOneMultiRowInsertWithoutTheGeneratedKey() {
        Shelf a = Shelf.objects.build("label", "A");
        Shelf b = Shelf.objects.build("label", "B");
        ModelMeta<Shelf> meta = ModelRegistry.meta(Shelf.class);
        for (SQLDialect d : List.of(SQLDialect.POSTGRES, SQLDialect.MYSQL, SQLDialect.MARIADB)) {
            assertThat(dsl(d).render(BulkStatements.insertStatement(d, meta, List.of(a, b))))
                    .isEqualTo("insert into shelves (label) values (?), (?)");
        }
        assertThat(dsl(SQLDialect.H2).render(BulkStatements.insertStatement(SQLDialect.H2, meta, List.of(a, b))))
                .isEqualTo("insert into shelves (label) values (?), (?)");
    }

    private static String rows(SQLDialect dialect, SelectQuery<?> q) {
        return dsl(dialect).render(QueryLowering.rows(Vendors.of(dialect), q));
    }

    @Test
    void unionIsADerivedTableOrderedAndSlicedOutside() {
        SelectQuery<Item> q = Item.objects.filter("price__lt", 3).union(Item.objects.filter("name", "Ink"))
                .orderBy("name").limit(5).query();
        String pg = rows(SQLDialect.POSTGRES, q);
        assertThat(pg).startsWith("select combined.id, combined.name, combined.\"order\", combined.price,")
                .contains(" from (select items.id, items.name,")
                .contains(" from items where items.price < ? union select items.id,")
                .endsWith(" from items where items.name = ?) as combined order by combined.name asc fetch next ? rows only");
        assertThat(pg).doesNotContain("items.\"order\" desc"); // an operand's own (Meta) ordering is dropped
        assertThat(rows(SQLDialect.MYSQL, q)).endsWith(") as combined order by combined.name asc limit ?");
    }

    @Test
    void slicedAndNestedOperandsAreWrappedAndIntersectExceptRender() {
        SelectQuery<Item> q = Item.objects.orderBy("price").limit(2)
                .intersection(Item.objects.filter("price__gt", 1))
                .difference(Item.objects.filter("name", "x")).query();
        String sql = rows(SQLDialect.MYSQL, q);
        // the sliced operand and the nested intersection are each a derived table inside the set operation
        assertThat(sql).contains("from (select * from (select combined.id,")
                .contains("from (select * from (select items.id,")
                .contains(" from items order by items.price asc limit ?) as o1 intersect select items.id,")
                .contains(" from items where items.price > ?) as combined) as o1 except select items.id,")
                .endsWith(" from items where items.name = ?) as combined");
    }

    @Test
    void distinctNoneAndCountOfDistinct() {
        assertThat(rows(SQLDialect.POSTGRES, Item.objects.distinct().query())).startsWith("select distinct items.id,");
        assertThat(rows(SQLDialect.POSTGRES, Item.objects.filter("name", "x").none().query())).contains("where false");
        assertThat(dsl(SQLDialect.POSTGRES).render(QueryLowering.count(Vendors.of(SQLDialect.POSTGRES), Item.objects.distinct().query())))
                .startsWith("select count(*) from (select distinct items.id,").endsWith(") as counted");
    }
}
