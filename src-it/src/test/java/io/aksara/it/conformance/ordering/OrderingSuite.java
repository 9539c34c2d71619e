package io.aksara.it.conformance.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.F;
import io.aksara.Model;
import io.aksara.QuerySet;
import io.aksara.aggregates.Max;
import io.aksara.errors.FieldError;
import io.aksara.expr.OuterRef;
import io.aksara.expr.Subquery;
import io.aksara.functions.Upper;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.AggConformanceSuite;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Django 6.0 tests/ordering/tests.py {@code OrderingTests}. */
@OnEveryDatabase
public class OrderingSuite extends AggConformanceSuite {
    Article a1;
    Article a2;
    Article a3;
    Article a4;
    Author author1;
    Author author2;

    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Author.class, Article.class);
    }

    @Override
    protected void setUpTestData() {
        a1 = article("Article 1", 26);
        a2 = article("Article 2", 27);
        a3 = article("Article 3", 27);
        a4 = article("Article 4", 28);
        author1 = Author.objects.create("name", "Name 1");
        author2 = Author.objects.create("name", "Name 2");
        Author.objects.create("name", null);
        Author.objects.create("name", null);
    }

    private static Article article(String headline, int day) {
        return Article.objects.create("headline", headline, "pubDate", OffsetDateTime.of(2005, 7, day, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    private static List<String> headlines(QuerySet<Article> qs) {
        return qs.fetch().stream().map(a -> a.headline).toList();
    }

    /** Django's assertQuerySetEqualReversible: the order, and the reverse order after reverse(). */
    private static void assertReversible(QuerySet<Article> qs, Article... expected) {
        List<Object> keys = java.util.Arrays.stream(expected).map(Model::pk).toList();
        assertThat(qs.fetch()).extracting(Model::pk).containsExactlyElementsOf(keys);
        assertThat(qs.reverse().fetch()).extracting(Model::pk).containsExactlyElementsOf(keys.reversed());
    }

    private void authorsOf3And4() {
        Article.objects.filter("headline", "Article 3").update("author", author1);
        Article.objects.filter("headline", "Article 4").update("author", author2);
    }

    // Django 6.0 tests/ordering/tests.py OrderingTests.test_default_ordering
    @Test
    void test_default_ordering() {
        assertThat(headlines(Article.objects.all())).containsExactly("Article 4", "Article 2", "Article 3", "Article 1");
        assertThat(Article.objects.all().slice(0, 1).fetch().getFirst().pk()).isEqualTo(a4.pk());
    }

    // Django 6.0 tests/ordering/tests.py OrderingTests.test_default_ordering_override
    @Test
    void test_default_ordering_override() {
        assertThat(headlines(Article.objects.orderBy("headline"))).containsExactly("Article 1", "Article 2", "Article 3", "Article 4");
        assertThat(headlines(Article.objects.orderBy("pubDate", "-headline")))
                .containsExactly("Article 1", "Article 3", "Article 2", "Article 4");
    }

    // Django 6.0 tests/ordering/tests.py OrderingTests.test_default_ordering_override_unknown_field
    @Test
    void test_default_ordering_override_unknown_field() {
        assertThatThrownBy(() -> Article.objects.orderBy("author__unknown_field").fetch()).isInstanceOf(FieldError.class)
                .hasMessageContaining("unknown_field");
    }

    // Django 6.0 tests/ordering/tests.py OrderingTests.test_order_by_override
    @Test
    void test_order_by_override() {
        assertThat(headlines(Article.objects.orderBy("id"))).containsExactly("Article 1", "Article 2", "Article 3", "Article 4");
        assertThat(headlines(Article.objects.orderBy("id").orderBy("-headline")))
                .containsExactly("Article 4", "Article 3", "Article 2", "Article 1");
    }

    // Django 6.0 tests/ordering/tests.py OrderingTests.test_order_by_nulls_last
    @Test
    void test_order_by_nulls_last() {
        rolledBack(() -> {
            authorsOf3And4();
            assertReversible(Article.objects.all().orderBy(F.of("author").desc().nullsLast(), "headline"), a4, a3, a1, a2);
            assertReversible(Article.objects.all().orderBy(F.of("author").asc().nullsLast(), "headline"), a3, a4, a1, a2);
            assertReversible(Article.objects.all().orderBy(Upper.of("author__name").desc().nullsLast(), "headline"), a4, a3, a1, a2);
            assertReversible(Article.objects.all().orderBy(Upper.of("author__name").asc().nullsLast(), "headline"), a3, a4, a1, a2);
            assertReversible(Article.objects.annotate(Upper.of("author__name").as("upper_name"))
                    .orderBy(F.of("upper_name").asc().nullsLast(), "headline"), a3, a4, a1, a2);
        });
    }

    // Django 6.0 tests/ordering/tests.py OrderingTests.test_order_by_nulls_first
    @Test
    void test_order_by_nulls_first() {
        rolledBack(() -> {
            authorsOf3And4();
            assertReversible(Article.objects.all().orderBy(F.of("author").asc().nullsFirst(), "headline"), a1, a2, a3, a4);
            assertReversible(Article.objects.all().orderBy(F.of("author").desc().nullsFirst(), "headline"), a1, a2, a4, a3);
            assertReversible(Article.objects.all().orderBy(Upper.of("author__name").asc().nullsFirst(), "headline"), a1, a2, a3, a4);
            assertReversible(Article.objects.all().orderBy(Upper.of("author__name").desc().nullsFirst(), "headline"), a1, a2, a4, a3);
            assertReversible(Article.objects.annotate(Upper.of("author__name").as("upper_name"))
                    .orderBy(F.of("upper_name").desc().nullsFirst(), "headline"), a1, a2, a4, a3);
        });
    }

    // Django 6.0 tests/ordering/tests.py OrderingTests.test_orders_nulls_first_on_filtered_subquery
    @Test
    void test_orders_nulls_first_on_filtered_subquery() {
        rolledBack(() -> {
            Article.objects.filter("headline", "Article 1").update("author", author1);
            Article.objects.filter("headline", "Article 2").update("author", author1);
            Article.objects.filter("headline", "Article 4").update("author", author2);
            Author.objects.filter("name__isnull", true).delete();
            Author author3 = Author.objects.create("name", "Name 3");
            var lastDate = Article.objects.filter("author", OuterRef.of("pk"), "headline__icontains", "Article").orderBy()
                    .values("author").annotate(Max.of("pubDate").as("last_date"));
            var qs = Author.objects.annotate(Subquery.of(lastDate, "last_date").as("last_date"))
                    .orderBy(F.of("last_date").asc().nullsFirst()).distinct();
            List<Object> expected = List.of(author3.pk(), author1.pk(), author2.pk());
            assertThat(qs.fetch()).extracting(Model::pk).containsExactlyElementsOf(expected);
            assertThat(qs.reverse().fetch()).extracting(Model::pk).containsExactlyElementsOf(expected.reversed());
        });
    }

    // Django 6.0 tests/ordering/tests.py OrderingTests.test_stop_slicing
    @Test
    void test_stop_slicing() {
        assertThat(headlines(Article.objects.orderBy("headline").limit(2))).containsExactly("Article 1", "Article 2");
    }

    // Django 6.0 tests/ordering/tests.py OrderingTests.test_stop_start_slicing
    @Test
    void test_stop_start_slicing() {
        assertThat(headlines(Article.objects.orderBy("headline").slice(1, 3))).containsExactly("Article 2", "Article 3");
    }

    // Django 6.0 tests/ordering/tests.py OrderingTests.test_reversed_ordering
    @Test
    void test_reversed_ordering() {
        assertThat(headlines(Article.objects.all().reverse().slice(0, 2))).containsExactly("Article 1", "Article 3");
    }

    // Django 6.0 tests/ordering/tests.py OrderingTests.test_reverse_ordering_pure
    @Test
    void test_reverse_ordering_pure() {
        var qs1 = Article.objects.all().orderBy(F.of("headline").asc());
        var qs2 = qs1.reverse();
        assertThat(headlines(qs2)).containsExactly("Article 4", "Article 3", "Article 2", "Article 1");
        assertThat(headlines(qs1)).containsExactly("Article 1", "Article 2", "Article 3", "Article 4");
    }

    // Django 6.0 tests/ordering/tests.py OrderingTests.test_order_by_pk
    @Test
    void test_order_by_pk() {
        assertThat(Author.objects.all().fetch()).extracting(Model::pk)
                .containsExactlyElementsOf(Author.objects.orderBy("-pk").fetch().stream().map(Model::pk).toList());
    }
}
