package io.aksara.it.conformance.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Model;
import io.aksara.errors.FieldError;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/queries/tests.py {@code EmptyQuerySetTests} and {@code ValuesQuerysetTests}
 * (the tests without {@code extra()}): {@code values()} on an empty QuerySet, as a subquery, and
 * {@code values_list} flat, with a field twice and named (a record here).
 */
@OnEveryDatabase
class QueriesValuesSuite extends DjangoTestCase {
    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(NamedCategory.class, Tag.class, Note.class, ExtraInfo.class, Author.class, Number.class);
    }

    /** ValuesQuerysetTests.setUpTestData. */
    @Override
    protected void setUpTestData() {
        Number.objects.create("num", 72);
    }

    // Django 6.0 tests/queries/tests.py EmptyQuerySetTests.test_emptyqueryset_values
    @Test
    void emptyqueryset_test_emptyqueryset_values() {
        assertThat(Number.objects.none().values("num").orderBy("num").fetch()).isEmpty();
    }

    // Django 6.0 tests/queries/tests.py EmptyQuerySetTests.test_values_subquery
    @Test
    void emptyqueryset_test_values_subquery() {
        assertThat(Number.objects.filter("pk__in", Number.objects.none().values("pk")).fetch()).isEmpty();
        assertThat(Number.objects.filter("pk__in", Number.objects.none().valuesList("pk")).fetch()).isEmpty();
    }

    // Django 6.0 tests/queries/tests.py EmptyQuerySetTests.test_ticket_19151
    @Test
    void emptyqueryset_test_ticket_19151() {
        assertThat(Author.objects.none().values().fetch()).isEmpty();
        assertThat(Author.objects.none().valuesList().fetch()).isEmpty();
    }

    // Django 6.0 tests/queries/tests.py ValuesQuerysetTests.test_flat_values_list
    @Test
    void values_test_flat_values_list() {
        assertThat(Number.objects.valuesList("num", Integer.class).fetch()).containsExactly(72);
    }

    // Django 6.0 tests/queries/tests.py ValuesQuerysetTests.test_duplicate_values_list (the field names; F() in
    // values_list is not expressible)
    @Test
    void values_test_duplicate_values_list() {
        assertThat(Number.objects.valuesList("num", "num").first().orElseThrow()).isEqualTo(List.of(72, 72));
    }

    // Django 6.0 tests/queries/tests.py ValuesQuerysetTests.test_field_error_values_list
    @Test
    void values_test_field_error_values_list() {
        // Django: "Cannot resolve keyword 'foo' into field. Join on 'name' not permitted."
        assertThatThrownBy(() -> Tag.objects.valuesList("name__foo")).isInstanceOf(FieldError.class).hasMessageContaining("foo");
    }

    record NumRow(Integer num, Integer otherNum) {}

    // Django 6.0 tests/queries/tests.py ValuesQuerysetTests.test_named_values_pickle (named=True is a record;
    // the pickling is not expressible)
    @Test
    void values_test_named_values_pickle() {
        assertThat(Number.objects.valuesList(NumRow.class, "num", "otherNum").first().orElseThrow())
                .isEqualTo(new NumRow(72, null));
        assertThat(Arrays.asList(72, null)).isEqualTo(Number.objects.valuesList("num", "otherNum").first().orElseThrow());
    }
}
