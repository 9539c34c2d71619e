package io.aksara.jooq;

import io.aksara.jooq.vendor.Vendors;
import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Q;
import io.aksara.jooq.internal.QueryLowering;
import io.aksara.jooq.models.Item;
import io.aksara.jooq.models.Item_;
import io.aksara.jooq.models.Shelf;
import io.aksara.query.SelectQuery;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * The SQL each dialect gets, rendered without a database. Values must appear only as bind
 * parameters, and reserved words used as column names must be quoted.
 */
class SqlRenderingTest {
    private static String render(SQLDialect dialect, SelectQuery<?> q) {
        DSLContext dsl = DSL.using(dialect, JooqBackend.settings());
        return dsl.render(QueryLowering.rows(Vendors.of(dsl.dialect()), q));
    }

    private static List<Object> binds(SQLDialect dialect, SelectQuery<?> q) {
        DSLContext dsl = DSL.using(dialect, JooqBackend.settings());
        return dsl.extractBindValues(QueryLowering.rows(Vendors.of(dsl.dialect()), q));
    }

    @Test
    void filterOrderAndSliceOnPostgres() {
        SelectQuery<Item> q = Item.objects.filter("price__lt", 100, "name__icontains", "50%").orderBy("-price").slice(20, 30).query();
        String sql = render(SQLDialect.POSTGRES, q);
        assertThat(sql).startsWith("select items.id, items.name, items.\"order\", items.price, items.at, items.\"day\",")
                .contains("from items where (items.price < ? and items.name ilike ? escape '!')")
                .contains("order by items.price desc")
                .contains("offset ? rows fetch next ? rows only");
        assertThat(binds(SQLDialect.POSTGRES, q)).containsExactly(new java.math.BigDecimal("100"), "%50!%%", 20L, 10L);
    }

    @Test
    void caseInsensitiveLookupsUseLowerOutsidePostgres() {
        SelectQuery<Item> q = Item.objects.filter("name__icontains", "ab").query();
        assertThat(render(SQLDialect.MYSQL, q)).contains("lower(items.name) like lower(?) escape '!'");
        assertThat(render(SQLDialect.H2, q)).contains("items.name ilike cast(? as varchar) escape '!'");
    }

    @Test
    void emptyInMatchesNothingAndNegatedNullableLookupKeepsNulls() {
        assertThat(render(SQLDialect.POSTGRES, Item.objects.filter("order__in", List.of()).query())).contains("where false");
        String sql = render(SQLDialect.POSTGRES, Item.objects.exclude("order__lt", 3).query());
        assertThat(sql).contains("where not (items.\"order\" < ? and items.\"order\" is not null)");
    }

    @Test
    void qTreesKeepTheirShape() {
        String sql = render(SQLDialect.H2, Item.objects.filter(Q.of("order", 1).or(Q.of("order", 2)).not()).query());
        assertThat(sql).contains("where not ((items.\"order\" = cast(? as int) and items.\"order\" is not null) "
                + "or (items.\"order\" = cast(? as int) and items.\"order\" is not null))");
        assertThat(render(SQLDialect.H2, Item.objects.filter(Item_.shelf.isNull(true)).query()))
                .contains("where items.shelf_id is null");
    }

    @Test
    void mysqlQuotesWithBackticksAndKeepsMicroseconds() {
        String sql = render(SQLDialect.MYSQL, Item.objects.orderBy("order").limit(5).query());
        assertThat(sql).contains("items.`order`").contains("limit ?");
    }

    @Test
    void createTableDdlPerDialect() {
        DSLContext pg = DSL.using(SQLDialect.POSTGRES, JooqBackend.settings());
        ModelTable items = ModelTable.of(Item_.META, SQLDialect.POSTGRES);
        Query ddl = pg.createTable(items.table()).columns(items.fields());
        assertThat(pg.render(ddl)).contains("at timestamp(6) with time zone").contains("\"time\" time(6)")
                .contains("token uuid").contains("\"order\" int");
        DSLContext my = DSL.using(SQLDialect.MYSQL, JooqBackend.settings());
        ModelTable myItems = ModelTable.of(Item_.META, SQLDialect.MYSQL);
        assertThat(my.render(my.createTable(myItems.table()).columns(myItems.fields())))
                .contains("at datetime(6)").contains("token char(36)").contains("`order` int")
                .contains("name varchar(60) collate utf8mb4_bin");
        assertThat(ModelTable.of(io.aksara.meta.ModelRegistry.meta(Shelf.class), SQLDialect.H2).uniqueName(
                io.aksara.meta.ModelRegistry.meta(Shelf.class).field("label"))).isEqualTo("uq_shelves_label");
    }
}
