package io.aksara.it.conformance.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Model;
import io.aksara.Q;
import io.aksara.QuerySet;
import io.aksara.errors.AksaraException;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/queries/tests.py, Queries2Tests (numbers compared with Q combinations and with
 * fractional values) and Queries3Tests (a wrong field for {@code datetimes()}).
 */
@OnEveryDatabase
class Queries2Suite extends DjangoTestCase {
    Number num4;
    Number num8;
    Number num12;

    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Number.class, NamedCategory.class, Tag.class, Note.class, ExtraInfo.class, Author.class, Item.class,
                Item_tags.class);
    }

    @Override
    protected void setUpTestData() {
        num4 = Number.objects.create("num", 4);
        num8 = Number.objects.create("num", 8);
        num12 = Number.objects.create("num", 12);
    }

    static Q q(String lookup, Object value, Object... more) {
        return Q.of(lookup, value, more);
    }

    static List<Number> rows(QuerySet<Number> qs) {
        return qs.orderBy("num").fetch();
    }

    // Django 6.0 tests/queries/tests.py Queries2Tests.test_ticket4289
    @Test
    void test_ticket4289() {
        assertThat(rows(Number.objects.filter("num__lt", 4))).isEmpty();
        assertThat(rows(Number.objects.filter("num__gt", 8, "num__lt", 12))).isEmpty();
        assertThat(rows(Number.objects.filter("num__gt", 8, "num__lt", 13))).containsExactly(num12);
        assertThat(rows(Number.objects.filter(q("num__lt", 4).or(q("num__gt", 8, "num__lt", 12))))).isEmpty();
        assertThat(rows(Number.objects.filter(q("num__gt", 8, "num__lt", 12).or(q("num__lt", 4))))).isEmpty();
        assertThat(rows(Number.objects.filter(q("num__gt", 8).and(q("num__lt", 12)).or(q("num__lt", 4))))).isEmpty();
        assertThat(rows(Number.objects.filter(q("num__gt", 7).and(q("num__lt", 12)).or(q("num__lt", 4)))))
                .containsExactly(num8);
    }

    // Django 6.0 tests/queries/tests.py Queries2Tests.test_ticket12239
    @Test
    void test_ticket12239() {
        assertThat(rows(Number.objects.filter("num__gt", 11.9))).containsExactly(num12);
        assertThat(rows(Number.objects.filter("num__gt", 12))).isEmpty();
        assertThat(rows(Number.objects.filter("num__gt", 12.0))).isEmpty();
        assertThat(rows(Number.objects.filter("num__gt", 12.1))).isEmpty();
        assertThat(rows(Number.objects.filter("num__lt", 12))).containsExactly(num4, num8);
        assertThat(rows(Number.objects.filter("num__lt", 12.0))).containsExactly(num4, num8);
        assertThat(rows(Number.objects.filter("num__lt", 12.1))).containsExactly(num4, num8, num12);
        assertThat(rows(Number.objects.filter("num__gte", 11.9))).containsExactly(num12);
        assertThat(rows(Number.objects.filter("num__gte", 12))).containsExactly(num12);
        assertThat(rows(Number.objects.filter("num__gte", 12.0))).containsExactly(num12);
        assertThat(rows(Number.objects.filter("num__gte", 12.1))).isEmpty();
        assertThat(rows(Number.objects.filter("num__gte", 12.9))).isEmpty();
        assertThat(rows(Number.objects.filter("num__lte", 11.9))).containsExactly(num4, num8);
        assertThat(rows(Number.objects.filter("num__lte", 12))).containsExactly(num4, num8, num12);
        assertThat(rows(Number.objects.filter("num__lte", 12.0))).containsExactly(num4, num8, num12);
        assertThat(rows(Number.objects.filter("num__lte", 12.1))).containsExactly(num4, num8, num12);
        assertThat(rows(Number.objects.filter("num__lte", 12.9))).containsExactly(num4, num8, num12);
    }

    // Django 6.0 tests/queries/tests.py Queries2Tests.test_ticket7759
    @Test
    void test_ticket7759() {
        long count = Number.objects.count();
        QuerySet<Number> qs = Number.objects.all();
        try (var rows = qs.iterate(1)) {
            assertThat(rows.findFirst()).isPresent();
            assertThat(qs.count()).isEqualTo(count);
        }
    }

    // Django 6.0 tests/queries/tests.py Queries3Tests.test_datetimes_invalid_field
    @Test
    void test_datetimes_invalid_field() {
        assertThatThrownBy(() -> Item.objects.all().datetimes("name", "month"))
                .isInstanceOf(AksaraException.class)
                .hasMessageContaining("name");
    }
}
