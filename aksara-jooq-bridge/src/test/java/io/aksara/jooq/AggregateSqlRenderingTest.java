package io.aksara.jooq;

import io.aksara.jooq.vendor.Vendors;
import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.aggregates.Avg;
import io.aksara.aggregates.Count;
import io.aksara.aggregates.Sum;
import io.aksara.jooq.internal.AggregateLowering;
import io.aksara.jooq.internal.QueryLowering;
import io.aksara.jooq.models.Item;
import io.aksara.jooq.models.Shelf;
import io.aksara.query.Expr;
import io.aksara.query.SelectQuery;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** The SQL of annotate and aggregate, per dialect, without a database. */
class AggregateSqlRenderingTest {
    private static String rows(SQLDialect dialect, SelectQuery<?> q) {
        DSLContext dsl = DSL.using(dialect, JooqBackend.settings());
        return dsl.render(QueryLowering.rows(Vendors.of(dsl.dialect()), q));
    }

    private static String values(SQLDialect dialect, io.aksara.Rows<?> rows) {
        DSLContext dsl = DSL.using(dialect, JooqBackend.settings());
        return dsl.render(QueryLowering.values(Vendors.of(dsl.dialect()), rows.query(), rows.columns()));
    }

    @Test
    void annotateJoinsGroupsAndHaving() {
        SelectQuery<Shelf> q = Shelf.objects.annotate(Count.of("item").as("n"), Avg.of("item__order").as("o"))
                .filter("n__gt", 1).orderBy("-n").query();
        String sql = rows(SQLDialect.POSTGRES, q);
        assertThat(sql).contains("left outer join items as j1 on j1.shelf_id = shelves.id")
                .contains("count(j1.id)").contains("avg(cast(j1.\"order\" as double precision))")
                .contains("group by shelves.id, shelves.label").contains("having count(j1.id) > ?")
                .contains("order by count(j1.id) desc");
        String mysql = rows(SQLDialect.MYSQL, q);
        assertThat(mysql).contains("avg((j1.`order` + 0e0))");
    }

    @Test
    void filterBeforeAnnotateRestrictsTheJoinedRows() {
        String before = rows(SQLDialect.POSTGRES, Shelf.objects.filter("item__price__gt", 10).annotate(Count.of("item")).query());
        String after = rows(SQLDialect.POSTGRES, Shelf.objects.annotate(Count.of("item")).filter("item__price__gt", 10).query());
        assertThat(before).contains("where j1.price > ?").doesNotContain("exists");
        assertThat(after).contains("where exists (select 1 as one from items as r2 where (r2.shelf_id = shelves.id and r2.price > ?))");
    }

    @Test
    void valuesAnnotateAndAggregateFilter() {
        String sql = values(SQLDialect.H2, Item.objects.values("shelf__label").annotate(Sum.of("price").filter("order__gt", 0).as("s")));
        assertThat(sql).contains("group by j1.label").contains("filter (where items.\"order\" > ");
        String mysql = values(SQLDialect.MYSQL, Item.objects.values("shelf__label").annotate(Sum.of("price").filter("order__gt", 0).as("s")));
        assertThat(mysql).contains("sum(case when items.`order` > ");
    }

    @Test
    void aggregateOverAnnotatedRowsIsASubquery() {
        SelectQuery<Shelf> q = Shelf.objects.annotate(Count.of("item").as("n")).query();
        DSLContext dsl = DSL.using(SQLDialect.POSTGRES, JooqBackend.settings());
        List<Expr> aggs = io.aksara.internal.Annotate.aggregates(q, new java.util.LinkedHashMap<>(java.util.Map.of("a", Avg.of("n"))));
        String sql = dsl.render(AggregateLowering.statement(Vendors.of(SQLDialect.POSTGRES), q, aggs));
        assertThat(sql).startsWith("select avg(cast(aggregated.a0 as double precision)) from (select shelves.id as k, count(j1.id) as a0");
    }
}
