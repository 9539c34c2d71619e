package io.aksara.it.conformance.queries;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.F;
import io.aksara.Model;
import io.aksara.Q;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/queries/tests.py {@code ExcludeTest17600} (orders whose items have a status),
 * {@code NullInExcludeTest}, {@code EmptyStringsAsNullTest} (without the inherited
 * {@code DumbCategory}), {@code ExcludeTests}' tests on models Aksara has and
 * {@code ConditionalTests.test_in_list_limit}. The orders and items
 * of {@code ExcludeTest17600.setUpTestData} are made before every test.
 */
@OnEveryDatabase
class ExcludeSuite extends DjangoTestCase {
    private Order o1;
    private Order o2;
    private Order o3;

    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(NamedCategory.class, Tag.class, Note.class, Annotation.class, Annotation_notes.class, Number.class,
                Order.class, OrderItem.class, NullableName.class);
    }

    @Override
    protected void setUpTestData() {
        o1 = Order.objects.create("orderId", 1);
        o2 = Order.objects.create("orderId", 2);
        o3 = Order.objects.create("orderId", 3);
        // the first order's items have one status, the second's and the third's several
        for (Object[] item : new Object[][] {{o1, 1}, {o1, 1}, {o1, 1}, {o2, 1}, {o2, 2}, {o2, 3}, {o3, 2}, {o3, 3}, {o3, 4}}) {
            OrderItem.objects.create("order", item[0], "status", item[1]);
        }
    }

    // Django 6.0 tests/queries/tests.py ExcludeTest17600.test_exclude_plain
    @Test
    void exclude17600_test_exclude_plain() {
        assertThat(Order.objects.exclude("items__status", 1).fetch()).containsExactly(o3);
    }

    // Django 6.0 tests/queries/tests.py ExcludeTest17600.test_exclude_plain_distinct
    @Test
    void exclude17600_test_exclude_plain_distinct() {
        assertThat(Order.objects.exclude("items__status", 1).distinct().fetch()).containsExactly(o3);
    }

    // Django 6.0 tests/queries/tests.py ExcludeTest17600.test_exclude_with_q_object_distinct
    @Test
    void exclude17600_test_exclude_with_q_object_distinct() {
        assertThat(Order.objects.exclude(Q.of("items__status", 1)).distinct().fetch()).containsExactly(o3);
    }

    // Django 6.0 tests/queries/tests.py ExcludeTest17600.test_exclude_with_q_object_no_distinct
    @Test
    void exclude17600_test_exclude_with_q_object_no_distinct() {
        assertThat(Order.objects.exclude(Q.of("items__status", 1)).fetch()).containsExactly(o3);
    }

    // Django 6.0 tests/queries/tests.py ExcludeTest17600.test_exclude_with_q_is_equal_to_plain_exclude
    @Test
    void exclude17600_test_exclude_with_q_is_equal_to_plain_exclude() {
        assertThat(Order.objects.exclude("items__status", 1).distinct().fetch())
                .isEqualTo(Order.objects.exclude(Q.of("items__status", 1)).distinct().fetch());
    }

    // Django 6.0 tests/queries/tests.py ExcludeTest17600.test_exclude_with_q_is_equal_to_plain_exclude_variation
    @Test
    void exclude17600_test_exclude_with_q_is_equal_to_plain_exclude_variation() {
        assertThat(Order.objects.exclude("items__status", 1).fetch())
                .isEqualTo(Order.objects.exclude(Q.of("items__status", 1)).distinct().fetch());
    }

    private static List<String> names(List<NullableName> rows) {
        return rows.stream().map(n -> n.name).toList();
    }

    // Django 6.0 tests/queries/tests.py NullInExcludeTest.test_null_in_exclude_qs
    @Test
    void nullinexclude_test_null_in_exclude_qs() {
        NullableName.objects.create("name", "i1");
        new NullableName().save();
        assertThat(names(NullableName.objects.exclude("name__in", List.of()).fetch())).isEqualTo(Arrays.asList("i1", null));
        assertThat(names(NullableName.objects.exclude("name__in", List.of("i1")).fetch())).isEqualTo(Arrays.asList((String) null));
        assertThat(names(NullableName.objects.exclude("name__in", List.of("i3")).fetch())).isEqualTo(Arrays.asList("i1", null));
        var inner = NullableName.objects.filter("name", "i1").valuesList("name");
        assertThat(names(NullableName.objects.exclude("name__in", inner).fetch())).isEqualTo(Arrays.asList((String) null));
    }

    // Django 6.0 tests/queries/tests.py NullInExcludeTest.test_double_exclude (the rows; not the SQL text)
    @Test
    void nullinexclude_test_double_exclude() {
        NullableName.objects.create("name", "i1");
        new NullableName().save();
        assertThat(NullableName.objects.filter(Q.of("name", "i1").not().not()).fetch())
                .isEqualTo(NullableName.objects.filter(Q.of("name", "i1")).fetch());
    }

    // Django 6.0 tests/queries/tests.py EmptyStringsAsNullTest.test_direct_exclude
    @Test
    void emptystrings_test_direct_exclude() {
        NamedCategory nc = NamedCategory.objects.create("name", "");
        assertThat(NamedCategory.objects.exclude("name__in", List.of("nonexistent")).fetch()).containsExactly(nc);
    }

    // Django 6.0 tests/queries/tests.py EmptyStringsAsNullTest.test_21001
    @Test
    void emptystrings_test_21001() {
        NamedCategory.objects.create("name", "");
        NamedCategory foo = NamedCategory.objects.create("name", "foo");
        assertThat(NamedCategory.objects.exclude("name", "").fetch()).containsExactly(foo);
    }

    // Django 6.0 tests/queries/tests.py ExcludeTests.test_exclude_nullable_fields
    @Test
    void exclude_test_exclude_nullable_fields() {
        Number number = Number.objects.create("num", 1, "otherNum", 1);
        Number.objects.create("num", 2, "otherNum", 2, "anotherNum", 2);
        assertThat(Number.objects.exclude("otherNum", F.of("anotherNum")).fetch()).containsExactly(number);
        assertThat(Number.objects.exclude("num", F.of("anotherNum")).fetch()).containsExactly(number);
    }

    // Django 6.0 tests/queries/tests.py ExcludeTests.test_exclude_reverse_fk_field_ref
    @Test
    void exclude_test_exclude_reverse_fk_field_ref() {
        Tag tag = Tag.objects.create("name", "t");
        Note.objects.create("tag", tag, "note", "note", "misc", "");
        Annotation annotation = Annotation.objects.create("name", "annotation", "tag", tag);
        assertThat(Annotation.objects.exclude("tag__note__note", F.of("name")).get()).isEqualTo(annotation);
    }

    // Django 6.0 tests/queries/tests.py ConditionalTests.test_in_list_limit
    @Test
    void conditional_test_in_list_limit() {
        // The "in" lookup works with lists of 1000 items or more.
        List<Integer> numbers = java.util.stream.IntStream.range(0, 2050).boxed().toList();
        Number.objects.bulkCreate(numbers.stream().map(n -> {
            Number row = new Number();
            row.num = n;
            return row;
        }).toList());
        for (int number : List.of(1000, 1001, 2000, numbers.size())) {
            assertThat(Number.objects.filter("num__in", numbers.subList(0, number)).count()).as("%d", number).isEqualTo(number);
        }
    }
}
