package io.aksara.jooq.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.QuerySet;
import io.aksara.jooq.models.Item;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The several-values shape key (chained or AND-ed lookups on plain values) compares what the
 * normalised query copy compared, and its slots are the values in the order the copy took them.
 */
class MatchesKeyTest {
    private static QueryShape shape(QuerySet<Item> qs) {
        return QueryShape.of(qs.query(), false, 1000);
    }

    private static Object key(QuerySet<Item> qs) {
        return shape(qs).key();
    }

    @Test
    void chainedQueriesThatDifferOnlyInTheirValuesShareAKey() {
        QueryShape a = shape(Item.objects.filter("name", "a").filter("order__gte", 1).orderBy("id").limit(20));
        QueryShape b = shape(Item.objects.filter("name", "b").filter("order__gte", 7).orderBy("id").limit(10));
        assertThat(a.key()).isInstanceOf(MatchesKey.class).isEqualTo(b.key()).hasSameHashCodeAs(b.key());
        assertThat(a.slots()).containsExactly("a", 1, 20L);
        assertThat(b.slots()).containsExactly("b", 7, 10L);
        assertThat(key(Item.objects.filter("name", "a", "price__lt", new BigDecimal("2"))))
                .isInstanceOf(MatchesKey.class)
                .isEqualTo(key(Item.objects.filter("name", "c", "price__lt", new BigDecimal("9"))));
    }

    @Test
    void anyOtherDifferenceMakesAnotherKey() {
        Object plain = key(Item.objects.filter("name", "a").filter("order__gte", 1));
        List<Object> others = List.of(
                key(Item.objects.filter("name", "a", "order__gte", 1)),           // one call: AND, not a chain
                key(Item.objects.filter("order__gte", 1).filter("name", "a")),    // another order
                key(Item.objects.filter("name", "a").filter("order__gt", 1)),     // another lookup
                key(Item.objects.filter("name", "a").filter("order__gte", 1).limit(5)),
                key(Item.objects.filter("name", "a").filter("order__gte", 1).orderBy("name")),
                key(Item.objects.filter("name", "a").filter("order__gte", 1).filter("user", "u")));
        for (Object other : others) {
            assertThat(other).isNotEqualTo(plain);
        }
    }

    @Test
    void aValueThatIsNotPlainKeepsTheNormalisedCopy() {
        assertThat(key(Item.objects.filter("name", "a").filter("order__in", List.of(1, 2)))).isNotInstanceOf(MatchesKey.class);
        assertThat(key(Item.objects.filter("name", "a").exclude("order", 1))).isNotInstanceOf(MatchesKey.class);
    }
}
