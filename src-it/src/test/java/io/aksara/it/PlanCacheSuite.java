package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.QuerySet;
import io.aksara.it.models.Member;
import io.aksara.jooq.JooqBackend;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The plan cache (issue 7): queries that differ only in their values reuse one rendered statement,
 * and still return the rows of their own values, whatever the lookup does with the value (LIKE
 * patterns, IN lists, slices whose offset and limit are equal once and differ the next time).
 */
@OnEveryDatabase
class PlanCacheSuite {
    @Parameter
    TestDatabase db;

    private MigratedSchema schema;

    @BeforeParameterizedClassInvocation
    void createTables() {
        DatabaseConfig tablesOn = db.config(); // once: each call may name a new database (H2 in memory)
        Aksara.configure(tablesOn);
        // the tables come from a migration, as an application's would
        schema = MigratedSchema.create(tablesOn, Member.class);
        for (int i = 1; i <= 30; i++) {
            Member.objects.create("email", "m" + i + "@example.com", "name", (i % 2 == 0 ? "even_" : "odd%") + i,
                    "age", i, "isActive", i % 3 != 0);
        }
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema != null) {
            schema.drop();
        }
        Aksara.close();
    }

    private static JooqBackend backend() {
        return (JooqBackend) Aksara.backend();
    }

    private static List<Integer> ages(QuerySet<Member> qs) {
        return qs.fetch().stream().map(m -> m.age).toList();
    }

    @Test
    void sameShapeOtherValuesHitsTheCacheAndReturnsItsOwnRows() {
        assertThat(ages(Member.objects.filter("age", 7))).containsExactly(7);
        assertThat(backend().hasCachedPlan(Member.objects.filter("age", 8).query())).isTrue();
        assertThat(ages(Member.objects.filter("age", 8))).containsExactly(8);
        assertThat(ages(Member.objects.filter("age__gte", 28).filter("isActive", true).orderBy("age"))).containsExactly(28, 29);
        assertThat(ages(Member.objects.filter("age__gte", 25).filter("isActive", true).orderBy("age"))).containsExactly(25, 26, 28, 29);
        // the boolean is part of the shape: false is its own statement, not a reused one
        assertThat(ages(Member.objects.filter("age__gte", 25).filter("isActive", false).orderBy("age"))).containsExactly(27, 30);
    }

    @Test
    void likePatternsAreRebuiltFromEachValue() {
        assertThat(Member.objects.filter("name__startswith", "odd%").count()).isEqualTo(15);
        assertThat(backend().hasCachedPlan(Member.objects.filter("name__contains", "x").orderBy("age").query())).isFalse();
        assertThat(ages(Member.objects.filter("name__contains", "_2").orderBy("age"))).containsExactly(2, 20, 22, 24, 26, 28);
        assertThat(backend().hasCachedPlan(Member.objects.filter("name__contains", "x").orderBy("age").query())).isTrue();
        // % and _ in the new value still match only themselves
        assertThat(ages(Member.objects.filter("name__contains", "d%1").orderBy("age"))).containsExactly(1, 11, 13, 15, 17, 19);
        assertThat(ages(Member.objects.filter("name__endswith", "_30"))).containsExactly(30);
        assertThat(ages(Member.objects.filter("name__icontains", "EVEN_1").orderBy("age"))).containsExactly(10, 12, 14, 16, 18);
    }

    @Test
    void inListsAndRangesOfTheSameSizeShareAStatement() {
        assertThat(ages(Member.objects.filter("age__in", List.of(1, 2, 3)).orderBy("age"))).containsExactly(1, 2, 3);
        assertThat(ages(Member.objects.filter("age__in", List.of(9, 4, 30)).orderBy("age"))).containsExactly(4, 9, 30);
        assertThat(ages(Member.objects.filter("age__in", List.of(5, 6)).orderBy("age"))).containsExactly(5, 6);
        assertThat(ages(Member.objects.filter("age__range", List.of(3, 5)).orderBy("age"))).containsExactly(3, 4, 5);
        assertThat(ages(Member.objects.filter("age__range", List.of(10, 11)).orderBy("age"))).containsExactly(10, 11);
    }

    @Test
    void inListsOfEveryLengthShareOneStatementWhereTheListIsOneArray() {
        assertThat(ages(Member.objects.filter("age__in", List.of(1, 2, 3)).orderBy("age"))).containsExactly(1, 2, 3);
        // PostgreSQL and H2 bind the list as one array: one statement per column, whatever the length;
        // MySQL, MariaDB and SQLite write a parameter per value, so a new length is a new statement
        boolean oneArray = db.isPostgres() || db == TestDatabase.H2;
        assertThat(backend().hasCachedPlan(Member.objects.filter("age__in", List.of(4, 5, 6, 7, 8)).orderBy("age").query()))
                .isEqualTo(oneArray);
        assertThat(ages(Member.objects.filter("age__in", List.of(8, 4, 6, 5, 7)).orderBy("age"))).containsExactly(4, 5, 6, 7, 8);
        // a list changed after filter() does not change the query: it keeps the values it was given
        List<Integer> mutable = new ArrayList<>(List.of(10, 11));
        QuerySet<Member> given = Member.objects.filter("age__in", mutable).orderBy("age");
        mutable.add(12);
        mutable.set(0, 20);
        assertThat(ages(given)).containsExactly(10, 11);
        // nulls are dropped, duplicates match once, as in Django
        assertThat(ages(Member.objects.filter("age__in", Arrays.asList(13, null, 13, 14)).orderBy("age"))).containsExactly(13, 14);
    }

    @Test
    void slicesWithEqualThenDifferentBoundsStayCorrect() {
        QuerySet<Member> ordered = Member.objects.orderBy("age");
        assertThat(ages(ordered.slice(5, 10))).containsExactly(6, 7, 8, 9, 10); // offset 5, limit 5: equal
        assertThat(ages(ordered.slice(20, 23))).containsExactly(21, 22, 23);    // offset 20, limit 3
        assertThat(ages(ordered.slice(2, 10))).containsExactly(3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(ages(ordered.filter("age__gt", 3).limit(3))).containsExactly(4, 5, 6); // 3 twice
        assertThat(ages(ordered.filter("age__gt", 10).limit(2))).containsExactly(11, 12);
        assertThat(ordered.filter("age__gt", 10).slice(1, 3).count()).isEqualTo(2);
        assertThat(ordered.filter("age__gt", 29).exists()).isTrue();
        assertThat(ordered.filter("age__gt", 30).exists()).isFalse();
    }

    @Test
    void bulkCreateOfTheSameSizeReusesItsInsertWithTheNewValues() {
        for (int round = 0; round < 3; round++) {
            List<Member> batch = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Member m = new Member();
                m.email = "bulk" + round + "_" + i + "@example.com";
                m.name = "bulk" + round + "_" + i;
                m.age = 100 + round * 10 + i;
                batch.add(m);
            }
            List<Member> created = Member.objects.bulkCreate(batch);
            assertThat(created).allSatisfy(m -> assertThat(m.id).isNotNull());
            assertThat(ages(Member.objects.filter("name__startswith", "bulk" + round + "_").orderBy("age")))
                    .containsExactly(100 + round * 10, 101 + round * 10, 102 + round * 10, 103 + round * 10);
            assertThat(Member.objects.get("id", created.get(2).id).name).isEqualTo("bulk" + round + "_2");
        }
        Member.objects.filter("name__startswith", "bulk").delete();
    }
}
