package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Q;
import io.aksara.errors.DatabaseError;
import io.aksara.it.models.Token;
import io.aksara.jooq.Jooq;
import io.aksara.jooq.JooqBackend;
import io.aksara.jooq.internal.InListSql;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * {@code in} with lists of tens of thousands of values: 100,000 ids and 70,000 names in filter,
 * exclude, Q combinations, update and delete give the right rows, on every database. Each step
 * prints its time; the bound asserted (15 s) is generous on purpose, only to prove "seconds, not
 * tens of seconds": before this suite, 70,000 names took 30 s on MariaDB and 100,000 ids failed
 * on PostgreSQL.
 */
@OnEveryDatabase
class LargeInSuite {
    /** Rows in the table; every even one is matched by id, every odd one by name. */
    private static final int ROWS = 2_000;
    private static final int IDS = 100_000;
    private static final int NAMES = 70_000;
    /** Generous: the point is that a large list does not take tens of seconds (it takes well under one). */
    private static final long BOUND_MS = 15_000;

    @Parameter
    TestDatabase db;

    private MigratedSchema schema;
    private final List<Long> evenIds = new ArrayList<>();
    private final List<String> oddNames = new ArrayList<>();
    private final List<Long> manyIds = new ArrayList<>();
    private final List<String> manyNames = new ArrayList<>();

    @BeforeParameterizedClassInvocation
    void createTables() {
        DatabaseConfig tablesOn = db.config(); // once: each call may name a new database (H2 in memory)
        for (List<?> state : List.of(evenIds, oddNames, manyIds, manyNames)) {
            state.clear(); // the fields hold one database's state at a time
        }
        Aksara.configure(tablesOn);
        schema = MigratedSchema.create(tablesOn, Token.class);
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            Token t = new Token();
            t.name = "token-" + i;
            t.memo = "memo-" + i;
            t.rank = i % 10 == 0 ? null : i % 7;
            tokens.add(t);
        }
        Token.objects.bulkCreate(tokens);
        List<Token> all = Token.objects.all().orderBy("id").fetch();
        for (int i = 0; i < all.size(); i++) {
            if (i % 2 == 0) {
                evenIds.add(all.get(i).id);
            } else {
                oddNames.add(all.get(i).name);
            }
        }
        manyIds.addAll(evenIds);
        for (long id = 10_000_000L; manyIds.size() < IDS; id++) {
            manyIds.add(id); // ids no row has
        }
        manyNames.addAll(oddNames);
        for (int i = 0; manyNames.size() < NAMES; i++) {
            manyNames.add("missing-" + i);
        }
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema != null) {
            schema.drop();
        }
        Aksara.close();
    }

    private <R> R timed(String what, Supplier<R> step) {
        long start = System.nanoTime();
        R result = step.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("large in list on " + db + ": " + what + " " + ms + " ms");
        assertThat(ms).as(what + " took " + ms + " ms; a large list must take seconds, not tens of seconds").isLessThan(BOUND_MS);
        return result;
    }

    @Test
    void filterAndExcludeWithOneHundredThousandIds() {
        List<Long> found = timed("filter 100k ids", () -> Token.objects.filter("id__in", manyIds).orderBy("id")
                .valuesList("id", Long.class).fetch());
        assertThat(found).containsExactlyElementsOf(evenIds);
        long kept = timed("exclude 100k ids", () -> Token.objects.exclude("id__in", manyIds).count());
        assertThat(kept).isEqualTo(ROWS - evenIds.size());
    }

    @Test
    void filterAndExcludeWithSeventyThousandNames() {
        List<String> found = timed("filter 70k names", () -> Token.objects.filter("name__in", manyNames)
                .valuesList("name", String.class).fetch());
        assertThat(found).containsExactlyInAnyOrderElementsOf(oddNames);
        long kept = timed("exclude 70k names", () -> Token.objects.exclude("name__in", manyNames).count());
        assertThat(kept).isEqualTo(ROWS - oddNames.size());
    }

    @Test
    void aTextColumnTakesSeventyThousandValues() {
        List<String> memos = new ArrayList<>(manyNames.size());
        manyNames.forEach(n -> memos.add(n.replace("token-", "memo-")));
        long found = timed("filter 70k texts", () -> Token.objects.filter("memo__in", memos).count());
        assertThat(found).isEqualTo(oddNames.size());
    }

    @Test
    void largeListsCombineInQ() {
        long either = timed("Q or 100k ids | 70k names", () -> Token.objects
                .filter(Q.of("id__in", manyIds).or(Q.of("name__in", manyNames))).count());
        assertThat(either).isEqualTo(ROWS);
        long neither = Token.objects.filter(Q.of("id__in", manyIds).not().and(Q.of("name__in", manyNames).not())).count();
        assertThat(neither).isZero();
    }

    @Test
    void updateAndDeleteThroughLargeLists() {
        long updated = timed("update 100k ids", () -> Token.objects.filter("id__in", manyIds).update("flag", true));
        assertThat(updated).isEqualTo(evenIds.size());
        assertThat(Token.objects.filter("flag", true).count()).isEqualTo(evenIds.size());
        Token.objects.filter("flag", true).update("flag", false);

        List<Token> doomed = new ArrayList<>();
        List<String> doomedNames = new ArrayList<>(manyNames.subList(oddNames.size(), manyNames.size()));
        for (int i = 0; i < 1_000; i++) {
            Token t = new Token();
            t.name = doomedNames.get(i); // "missing-i": in the list, unlike every other row but the odd ones
            t.flag = true;
            doomed.add(t);
        }
        Token.objects.bulkCreate(doomed);
        long deleted = timed("delete 70k names", () -> Token.objects.filter("flag", true).filter("name__in", manyNames).delete());
        assertThat(deleted).isEqualTo(1_000);
        assertThat(Token.objects.count()).isEqualTo(ROWS);
    }

    @Test
    void excludeKeepsNullsWithSmallAndLargeLists() {
        // as Django: exclude(rank__in=[...]) keeps the rows whose rank is NULL
        List<Integer> small = List.of(1, 2);
        List<Integer> large = new ArrayList<>(small);
        for (int i = 100; large.size() < 20_000; i++) {
            large.add(i);
        }
        long nulls = Token.objects.filter("rank__isnull", true).count();
        long inSmall = Token.objects.filter("rank__in", small).count();
        assertThat(nulls).isEqualTo(ROWS / 10);
        assertThat(Token.objects.exclude("rank__in", small).count()).isEqualTo(ROWS - inSmall);
        assertThat(Token.objects.exclude("rank__in", large).count()).isEqualTo(ROWS - inSmall);
        assertThat(Token.objects.filter("rank__in", large).count()).isEqualTo(inSmall);
    }

    @Test
    void anEmptyListMatchesNothingWithoutSql() {
        assertThat(Token.objects.filter("id__in", List.of()).count()).isZero();
        assertThat(Token.objects.exclude("id__in", List.of()).count()).isEqualTo(ROWS);
        assertThat(Token.objects.filter(Q.of("id__in", List.of()).or(Q.of("name", "token-1"))).count()).isEqualTo(1);
    }

    @Test
    void theCachedPlanGivesEachListItsOwnRows() {
        JooqBackend backend = (JooqBackend) Aksara.backend();
        for (int size : new int[] {1, 2, 3, 50, 2, 1_000, 3}) {
            List<Long> ids = evenIds.subList(0, size);
            assertThat(Token.objects.filter("id__in", ids).orderBy("id").valuesList("id", Long.class).fetch())
                    .as("%d ids", size).containsExactlyElementsOf(ids);
            List<String> names = oddNames.subList(oddNames.size() - size, oddNames.size());
            assertThat(Token.objects.filter("name__in", names).valuesList("name", String.class).fetch())
                    .as("%d names", size).containsExactlyInAnyOrderElementsOf(names);
        }
        Token.objects.filter("id__in", evenIds.subList(0, 2)).orderBy("id").fetch();
        assertThat(backend.hasCachedPlan(Token.objects.filter("id__in", evenIds.subList(5, 7)).orderBy("id").query())).isTrue();
        // one statement for any size where the list is one array parameter; elsewhere one per size
        assertThat(backend.hasCachedPlan(Token.objects.filter("id__in", evenIds.subList(0, 40)).orderBy("id").query()))
                .isEqualTo(InListSql.bindsOneArray(backend.databaseVendor()));
        List<Long> forty = evenIds.subList(10, 50);
        assertThat(Token.objects.filter("id__in", forty).orderBy("id").fetch()).extracting(t -> t.id).containsExactlyElementsOf(forty);
    }

    @Test
    void aFailingStatementQuotesAtMostTheStartOfItsSql() {
        // a statement with 70,000 values that fails (a column that is not there) must not put its
        // whole SQL into the exception message
        assertThatThrownBy(() -> Token.objects.filter("name__in", manyNames)
                .filter(Jooq.condition(DSL.field(DSL.name("no_such_column")).eq(1))).count())
                .isInstanceOf(DatabaseError.class)
                .satisfies(e -> assertThat(e.getMessage().length()).as(e.getMessage()).isLessThan(3_000));
    }
}
