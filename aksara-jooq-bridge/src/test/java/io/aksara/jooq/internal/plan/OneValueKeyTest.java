package io.aksara.jooq.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.QuerySet;
import io.aksara.jooq.models.Item;
import io.aksara.query.SelectQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one-value shape key compares what the normalised query copy compared: equal for queries
 * that differ only in their value, different when anything else differs.
 */
class OneValueKeyTest {
    private static Object key(QuerySet<Item> qs) {
        return QueryShape.of(qs.query(), false, 1000).key();
    }

    @Test
    void knowsEveryComponentOfSelectQuery() {
        // a new SelectQuery component must be compared by OneValueKey.equals too
        // (the rarely-changed ones are compared together, as SelectQuery.Rest)
        assertThat(SelectQuery.class.getRecordComponents().length - 1 + SelectQuery.Rest.class.getRecordComponents().length)
                .isEqualTo(OneValueKey.COMPONENTS);
    }

    @Test
    void queriesThatDifferOnlyInTheirValueShareAKey() {
        Object a = key(Item.objects.filter("name", "a"));
        Object b = key(Item.objects.filter("name", "b"));
        assertThat(a).isInstanceOf(OneValueKey.class).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(key(Item.objects.filter("name", "a").limit(5)))
                .isEqualTo(key(Item.objects.filter("name", "b").limit(9)));
    }

    @Test
    void anyOtherDifferenceMakesAnotherKey() {
        Object plain = key(Item.objects.filter("name", "a"));
        List<Object> others = List.of(
                key(Item.objects.filter("name__startswith", "a")),
                key(Item.objects.filter("name", "a").limit(5)),
                key(Item.objects.filter("name", "a").orderBy("name")),
                key(Item.objects.filter("name", "a").distinct()),
                key(Item.objects.filter("name", "a").only("name")));
        for (Object other : others) {
            assertThat(other).isNotEqualTo(plain);
        }
    }

    @Test
    void aLoneInListBoundAsOneArrayIsKeyedByItsElementClassWithoutACopy() {
        // prefetchRelated's second query: any length, any list class, one key; the list is the one slot
        List<String> three = new java.util.ArrayList<>(List.of("a", "b", "c"));
        QueryShape two = QueryShape.of(Item.objects.filter("name__in", List.of("a", "b")).query(), true, 1000);
        QueryShape threeShape = QueryShape.of(Item.objects.filter("name__in", three).query(), true, 1000);
        assertThat(two.key()).isInstanceOf(OneValueKey.class).isEqualTo(threeShape.key()).hasSameHashCodeAs(threeShape.key());
        assertThat(threeShape.slots()).containsExactly(three);
        List<Object> others = List.of(
                QueryShape.of(Item.objects.filter("name", "a").query(), true, 1000).key(),
                QueryShape.of(Item.objects.filter("id__in", List.of(1L, 2L)).query(), true, 1000).key(),
                QueryShape.of(Item.objects.filter("name__in", List.of("a", "b")).orderBy("name").query(), true, 1000).key());
        for (Object other : others) {
            assertThat(other).isNotEqualTo(two.key());
        }
        // where an in list is one bind per value, or longer than one array takes, its length stays in the shape
        assertThat(QueryShape.of(Item.objects.filter("name__in", List.of("a", "b")).query(), false, 1000).key())
                .isNotInstanceOf(OneValueKey.class);
        assertThat(QueryShape.of(Item.objects.filter("name__in", three).query(), true, 2)).isNull();
    }
}
