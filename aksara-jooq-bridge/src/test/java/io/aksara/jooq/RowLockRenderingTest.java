package io.aksara.jooq;

import io.aksara.jooq.vendor.Vendors;
import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.ForUpdate;
import io.aksara.jooq.internal.QueryLowering;
import io.aksara.jooq.models.Item;
import io.aksara.query.SelectQuery;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** The FOR UPDATE clause each dialect gets from {@code selectForUpdate}, rendered without a database. */
class RowLockRenderingTest {
    private static String render(SQLDialect dialect, SelectQuery<?> q) {
        DSLContext dsl = DSL.using(dialect, JooqBackend.settings());
        return dsl.render(QueryLowering.rows(Vendors.of(dsl.dialect()), q));
    }

    private static String sqlOfCount(SQLDialect dialect, SelectQuery<?> q) {
        DSLContext dsl = DSL.using(dialect, JooqBackend.settings());
        return dsl.render(QueryLowering.count(Vendors.of(dsl.dialect()), q));
    }

    @Test
    void eachModeAddsItsClauseAfterTheSlice() {
        SelectQuery<Item> q = Item.objects.filter("price__lt", 100).orderBy("name").limit(10).query();

        assertThat(render(SQLDialect.POSTGRES, q.withLock(Item.objects.selectForUpdate().query().lock())))
                .endsWith("fetch next ? rows only for update");
        assertThat(render(SQLDialect.POSTGRES, q.withLock(Item.objects.selectForUpdate(ForUpdate.NOWAIT).query().lock())))
                .endsWith("for update nowait");
        assertThat(render(SQLDialect.MYSQL, q.withLock(Item.objects.selectForUpdate(ForUpdate.SKIP_LOCKED).query().lock())))
                .endsWith("limit ? for update skip locked");
        assertThat(render(SQLDialect.H2, q.withLock(Item.objects.selectForUpdate(ForUpdate.SKIP_LOCKED).query().lock())))
                .endsWith("for update skip locked");
    }

    /**
     * The job-queue query: one plain SELECT with the lock after the LIMIT on every dialect, no
     * derived table (a lock on a derived table's rows would lock nothing, or everything it read).
     */
    @Test
    void theJobQueueQueryIsOneSelectWithTheLockAfterTheLimit() {
        SelectQuery<Item> q = Item.objects.selectForUpdate(ForUpdate.SKIP_LOCKED).filter("price__lt", 100)
                .orderBy("id").limit(1).query();

        assertThat(render(SQLDialect.MARIADB, q)).startsWith("select ").doesNotContain("(select")
                .endsWith("where items.price < ? order by items.id asc fetch next ? rows only for update skip locked");
        assertThat(render(SQLDialect.MYSQL, q)).startsWith("select ").doesNotContain("(select")
                .endsWith("where items.price < ? order by items.id asc limit ? for update skip locked");
        assertThat(render(SQLDialect.POSTGRES, q)).doesNotContain("(select").endsWith("for update skip locked");
        assertThat(render(SQLDialect.H2, q)).doesNotContain("(select").endsWith("for update skip locked");
    }

    @Test
    void ofSelfNamesTheTableOnPostgresOnly() {
        SelectQuery<Item> q = Item.objects.all().selectForUpdate(ForUpdate.NOWAIT, "self").query();

        assertThat(render(SQLDialect.POSTGRES, q)).endsWith("for update of items nowait");
        assertThat(render(SQLDialect.MARIADB, q)).endsWith("for update nowait");
        assertThat(render(SQLDialect.H2, q)).endsWith("for update nowait");
    }

    @Test
    void countAndUnlockedQueriesHaveNoLock() {
        SelectQuery<Item> locked = Item.objects.selectForUpdate().query();

        assertThat(sqlOfCount(SQLDialect.POSTGRES, locked)).doesNotContainIgnoringCase("for update");
        assertThat(sqlOfCount(SQLDialect.POSTGRES, locked.withSlice(0, 5L))).doesNotContainIgnoringCase("for update");
        assertThat(render(SQLDialect.POSTGRES, Item.objects.all().query())).doesNotContainIgnoringCase("for update");
    }
}
