package io.aksara.it.conformance.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.aksara.F;
import io.aksara.Model;
import io.aksara.QueryLog;
import io.aksara.aggregates.Avg;
import io.aksara.aggregates.Count;
import io.aksara.aggregates.Max;
import io.aksara.aggregates.Min;
import io.aksara.aggregates.Sum;
import io.aksara.errors.FieldError;
import io.aksara.expr.Case;
import io.aksara.expr.Value;
import io.aksara.expr.When;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.AggConformanceSuite;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/aggregation/tests.py {@code AggregateTestCase}: aggregate() and annotate() over
 * fields, relations and expressions. Expected values are Django's assertions; Java names are the
 * models' camelCase fields ({@code num_awards} is {@code numAwards}).
 */
@OnEveryDatabase
public class AggregateSuite extends AggConformanceSuite {
    AggregationData d;

    @Override
    protected List<Class<? extends Model>> models() {
        return AggregationData.MODELS;
    }

    @Override
    protected void setUpTestData() {
        d = AggregationData.create();
    }

    static double dbl(Object o) {
        return ((Number) o).doubleValue();
    }

    /** Django's {@code Approximate(x, places=n)}: equal once rounded to n places. */
    static double round(Object o, int places) {
        return BigDecimal.valueOf(dbl(o)).setScale(places, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_empty_aggregate
    @Test
    void test_empty_aggregate() {
        assertThat(Author.objects.aggregate()).isEmpty();
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_single_aggregate
    @Test
    void test_single_aggregate() {
        assertThat(dbl(Author.objects.aggregate(Avg.of("age")).get("age__avg"))).isCloseTo(37.4, within(0.1));
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_multiple_aggregates
    @Test
    void test_multiple_aggregates() {
        Map<String, Object> vals = Author.objects.aggregate(Sum.of("age"), Avg.of("age"));
        assertThat(vals.get("age__sum")).isEqualTo(337L);
        assertThat(dbl(vals.get("age__avg"))).isCloseTo(37.4, within(0.1));
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_filter_aggregate
    @Test
    void test_filter_aggregate() {
        assertThat(Author.objects.filter("age__gt", 29).aggregate(Sum.of("age"))).containsEntry("age__sum", 254L);
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_related_aggregate
    @Test
    void test_related_aggregate() {
        assertThat(dbl(Author.objects.aggregate(Avg.of("friends__age")).get("friends__age__avg")))
                .isCloseTo(34.07, within(0.01));
        assertThat(dbl(Book.objects.filter("rating__lt", 4.5).aggregate(Avg.of("authors__age")).get("authors__age__avg")))
                .isCloseTo(38.2857, within(0.01));
        assertThat(Author.objects.filter("name__contains", "a").aggregate(Avg.of("book__rating")))
                .containsEntry("book__rating__avg", 4.0);
        assertThat(Book.objects.aggregate(Sum.of("publisher__numAwards"))).containsEntry("publisher__numAwards__sum", 30L);
        assertThat(Publisher.objects.aggregate(Sum.of("book__price")))
                .containsEntry("book__price__sum", new BigDecimal("270.27"));
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_aggregate_multi_join
    @Test
    void test_aggregate_multi_join() {
        assertThat(Store.objects.aggregate(Max.of("books__authors__age"))).containsEntry("books__authors__age__max", 57);
        assertThat(Author.objects.aggregate(Min.of("book__publisher__numAwards")))
                .containsEntry("book__publisher__numAwards__min", 1);
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_aggregate_alias
    @Test
    void test_aggregate_alias() {
        Map<String, Object> vals = Store.objects.filter("name", "Amazon.com").aggregate(Avg.of("books__rating").as("amazon_mean"));
        assertThat(dbl(vals.get("amazon_mean"))).isCloseTo(4.08, within(0.01));
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_aggregate_transform
    @Test
    void test_aggregate_transform() {
        assertThat(Store.objects.aggregate(Min.of("originalOpening__month").as("min_month"))).containsEntry("min_month", 3);
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_aggregate_join_transform
    @Test
    void test_aggregate_join_transform() {
        assertThat(Publisher.objects.aggregate(Min.of("book__pubdate__year").as("min_year"))).containsEntry("min_year", 1991);
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_annotate_basic
    @Test
    void test_annotate_basic() {
        assertThat(Book.objects.annotate().orderBy("pk").fetch()).extracting(b -> b.name).containsExactly(
                d.b1.name, d.b2.name, d.b3.name, d.b4.name, d.b5.name, d.b6.name);
        Book b = Book.objects.annotate(Avg.of("authors__age").as("mean_age")).get("pk", d.b1.pk());
        assertThat(b.name).isEqualTo("The Definitive Guide to Django: Web Development Done Right");
        assertThat(b.annotation("mean_age", Double.class)).isEqualTo(34.5);
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_annotate_m2m
    @Test
    void test_annotate_m2m() {
        List<Book> books = Book.objects.filter("rating__lt", 4.5).annotate(Avg.of("authors__age")).orderBy("name").fetch();
        assertThat(books).extracting(b -> b.name).containsExactly("Artificial Intelligence: A Modern Approach",
                "Practical Django Projects", "Python Web Development with Django", "Sams Teach Yourself Django in 24 Hours");
        assertThat(books).extracting(b -> round(b.annotation("authors__age__avg", Double.class), 1))
                .containsExactly(51.5, 29.0, 30.3, 45.0);
        books = Book.objects.annotate(Count.of("authors").as("num_authors")).orderBy("name").fetch();
        assertThat(books).extracting(b -> b.name, b -> b.annotation("num_authors", Long.class)).containsExactly(
                tuple("Artificial Intelligence: A Modern Approach", 2L),
                tuple("Paradigms of Artificial Intelligence Programming: Case Studies in Common Lisp", 1L),
                tuple("Practical Django Projects", 1L), tuple("Python Web Development with Django", 3L),
                tuple("Sams Teach Yourself Django in 24 Hours", 1L),
                tuple("The Definitive Guide to Django: Web Development Done Right", 2L));
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_backwards_m2m_annotate
    @Test
    void test_backwards_m2m_annotate() {
        List<Author> authors = Author.objects.filter("name__contains", "a").annotate(Avg.of("book__rating"))
                .orderBy("name").fetch();
        assertThat(authors).extracting(a -> a.name, a -> a.annotation("book__rating__avg", Double.class)).containsExactly(
                tuple("Adrian Holovaty", 4.5), tuple("Brad Dayley", 3.0), tuple("Jacob Kaplan-Moss", 4.5),
                tuple("James Bennett", 4.0), tuple("Paul Bissex", 4.0), tuple("Stuart Russell", 4.0));
        authors = Author.objects.annotate(Count.of("book").as("num_books")).orderBy("name").fetch();
        assertThat(authors).extracting(a -> a.name, a -> a.annotation("num_books", Long.class)).containsExactly(
                tuple("Adrian Holovaty", 1L), tuple("Brad Dayley", 1L), tuple("Jacob Kaplan-Moss", 1L),
                tuple("James Bennett", 1L), tuple("Jeffrey Forcier", 1L), tuple("Paul Bissex", 1L),
                tuple("Peter Norvig", 2L), tuple("Stuart Russell", 1L), tuple("Wesley J. Chun", 1L));
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_reverse_fkey_annotate
    @Test
    void test_reverse_fkey_annotate() {
        List<Book> books = Book.objects.annotate(Sum.of("publisher__numAwards")).orderBy("name").fetch();
        assertThat(books).extracting(b -> b.annotation("publisher__numAwards__sum", Long.class))
                .containsExactly(7L, 9L, 3L, 7L, 1L, 3L);
        List<Publisher> publishers = Publisher.objects.annotate(Sum.of("book__price")).orderBy("name").fetch();
        assertThat(publishers).extracting(p -> p.name, p -> p.annotation("book__price__sum", BigDecimal.class))
                .containsExactly(tuple("Apress", new BigDecimal("59.69")), tuple("Jonno's House of Books", null),
                        tuple("Morgan Kaufmann", new BigDecimal("75.00")), tuple("Prentice Hall", new BigDecimal("112.49")),
                        tuple("Sams", new BigDecimal("23.09")));
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_annotate_values
    @Test
    void test_annotate_values() {
        List<Map<String, Object>> books = Book.objects.filter("pk", d.b1.pk()).annotate(Avg.of("authors__age").as("mean_age"))
                .values().fetch();
        assertThat(books).hasSize(1);
        assertThat(books.getFirst()).containsEntry("contact_id", d.a1.pk()).containsEntry("id", d.b1.pk())
                .containsEntry("isbn", "159059725").containsEntry("mean_age", 34.5)
                .containsEntry("name", "The Definitive Guide to Django: Web Development Done Right")
                .containsEntry("pages", 447).containsEntry("price", new BigDecimal("30.00"))
                .containsEntry("pubdate", LocalDate.of(2007, 12, 6)).containsEntry("publisher_id", d.p1.pk())
                .containsEntry("rating", 4.5);
        assertThat(Book.objects.filter("pk", d.b1.pk()).annotate(Avg.of("authors__age").as("mean_age"))
                .values("pk", "isbn", "mean_age").fetch())
                .containsExactly(Map.of("pk", d.b1.pk(), "isbn", "159059725", "mean_age", 34.5));
        assertThat(Book.objects.filter("pk", d.b1.pk()).annotate(Avg.of("authors__age").as("mean_age")).values("name").fetch())
                .containsExactly(Map.of("name", "The Definitive Guide to Django: Web Development Done Right"));
        List<Map<String, Object>> byRating = Book.objects.values("rating")
                .annotate(Count.of("authors__id").as("n_authors"), Avg.of("authors__age").as("mean_age"))
                .orderBy("rating").fetch();
        assertThat(byRating).extracting(r -> r.get("rating"), r -> r.get("n_authors"), r -> round(r.get("mean_age"), 1))
                .containsExactly(tuple(3.0, 1L, 45.0), tuple(4.0, 6L, 37.2), tuple(4.5, 2L, 34.5), tuple(5.0, 1L, 57.0));
        List<Author> authors = Author.objects.annotate(Avg.of("friends__age")).orderBy("name").fetch();
        assertThat(authors).extracting(a -> a.annotation("friends__age__avg", Double.class) == null ? null
                : round(a.annotation("friends__age__avg", Double.class), 1))
                .containsExactly(32.0, null, 29.5, 34.0, 27.0, 31.0, 46.0, 57.0, 33.7);
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_count
    @Test
    void test_count() {
        assertThat(Book.objects.aggregate(Count.of("rating"))).containsEntry("rating__count", 6L);
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_count_star
    @Test
    void test_count_star() {
        List<String> sql = QueryLog.capture(() -> Book.objects.aggregate(Count.all().as("n")));
        assertThat(sql).hasSize(1);
        assertThat(sql.getFirst()).containsIgnoringCase("count(*)");
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_count_distinct_expression
    @Test
    void test_count_distinct_expression() {
        // When(then="rating") names a field in Django; here a field is F.of("rating") (strings in When are constants)
        Map<String, Object> aggs = Book.objects.aggregate(
                Count.of(Case.of(When.of("pages__gt", 300, F.of("rating")))).distinct().as("distinct_ratings"));
        assertThat(aggs.get("distinct_ratings")).isEqualTo(4L);
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_distinct_on_aggregate
    @Test
    void test_distinct_on_aggregate() {
        assertThat(Book.objects.aggregate(Avg.of("rating").distinct().as("ratings")).get("ratings")).isEqualTo(4.125);
        assertThat(Book.objects.aggregate(Count.of("rating").distinct().as("ratings")).get("ratings")).isEqualTo(4L);
        assertThat(Book.objects.aggregate(Sum.of("rating").distinct().as("ratings")).get("ratings")).isEqualTo(16.5);
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_non_grouped_annotation_not_in_group_by
    @Test
    void test_non_grouped_annotation_not_in_group_by() {
        List<Map<String, Object>> rows = Book.objects.annotate(F.of("price").as("xprice")).filter("rating", 4.0)
                .values("rating").annotate(Count.of("publisher").distinct().as("count")).orderBy("count").fetch();
        assertThat(rows).containsExactly(Map.of("rating", 4.0, "count", 2L));
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_grouped_annotation_in_group_by
    @Test
    void test_grouped_annotation_in_group_by() {
        List<Map<String, Object>> rows = Book.objects.annotate(F.of("price").as("xprice")).filter("rating", 4.0)
                .values("rating", "xprice").annotate(Count.of("publisher").distinct().as("count")).orderBy("count").fetch();
        assertThat(rows).extracting(r -> r.get("rating"), r -> r.get("count"))
                .containsExactly(tuple(4.0, 1L), tuple(4.0, 2L));
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_fkey_aggregate
    @Test
    void test_fkey_aggregate() {
        List<Author> explicit = Author.objects.annotate(Count.of("book__id")).orderBy("pk").fetch();
        List<Author> implicit = Author.objects.annotate(Count.of("book")).orderBy("pk").fetch();
        assertThat(explicit).extracting(a -> a.annotation("book__id__count", Long.class))
                .containsExactlyElementsOf(implicit.stream().map(a -> a.annotation("book__count", Long.class)).toList());
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_annotate_ordering
    @Test
    void test_annotate_ordering() {
        assertThat(Book.objects.values("rating").annotate(Max.of("authors__age").as("oldest")).orderBy("oldest", "rating")
                .fetch()).extracting(r -> r.get("rating"), r -> r.get("oldest"))
                .containsExactly(tuple(4.5, 35), tuple(3.0, 45), tuple(4.0, 57), tuple(5.0, 57));
        assertThat(Book.objects.values("rating").annotate(Max.of("authors__age").as("oldest")).orderBy("-oldest", "-rating")
                .fetch()).extracting(r -> r.get("rating"), r -> r.get("oldest"))
                .containsExactly(tuple(5.0, 57), tuple(4.0, 57), tuple(3.0, 45), tuple(4.5, 35));
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_aggregate_annotation
    @Test
    void test_aggregate_annotation() {
        Map<String, Object> vals = Book.objects.annotate(Count.of("authors__id").as("num_authors")).aggregate(Avg.of("num_authors"));
        assertThat(round(vals.get("num_authors__avg"), 1)).isEqualTo(1.7);
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_sum_distinct_aggregate
    @Test
    @Tag("django-difference")
    void test_sum_distinct_aggregate() {
        // docs/expressions-and-transactions.md: "Here a filter on a to-many relation that no aggregate
        // follows is an EXISTS condition and never repeats rows." Django counts 3 (Peter Norvig twice).
        var authors = Author.objects.filter("book__in", List.of(d.b5, d.b6));
        assertThat(authors.count()).isEqualTo(2);
        var distinctAuthors = authors.distinct();
        assertThat(distinctAuthors.count()).isEqualTo(2);
        assertThat(distinctAuthors.aggregate(Sum.of("age")).get("age__sum")).isEqualTo(103L);
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_annotation
    @Test
    void test_annotation() {
        assertThat(Author.objects.filter("pk", d.a1.pk()).aggregate(Count.of("friends__id")))
                .containsEntry("friends__id__count", 2L);
        assertThat(Book.objects.annotate(Count.of("authors__name").as("num_authors")).filter("num_authors__exact", 2)
                .orderBy("pk").fetch()).extracting(b -> b.name)
                .containsExactly(d.b1.name, d.b5.name);
        assertThat(Author.objects.annotate(Count.of("friends__id").distinct().as("num_friends")).filter("num_friends", 0)
                .orderBy("pk").fetch()).extracting(a -> a.name).containsExactly("Brad Dayley");
        assertThat(Publisher.objects.annotate(Count.of("book__id").as("num_books")).filter("num_books__gt", 1)
                .orderBy("pk").fetch()).extracting(p -> p.name).containsExactly("Apress", "Prentice Hall");
        assertThat(Publisher.objects.filter("book__price__lt", new BigDecimal("40.0"))
                .annotate(Count.of("book__id").as("num_books")).filter("num_books__gt", 1).fetch())
                .extracting(p -> p.name).containsExactly("Apress");
        assertThat(Book.objects.annotate(Count.of("authors__id").as("num_authors"))
                .filter("authors__name__contains", "Norvig", "num_authors__gt", 1).fetch())
                .extracting(b -> b.name).containsExactly("Artificial Intelligence: A Modern Approach");
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_more_aggregation
    @Test
    void test_more_aggregation() {
        rolledBack(() -> {
            Author a = Author.objects.get("name__contains", "Norvig");
            Book b = Book.objects.get("name__contains", "Done Right");
            b.authors.add(a);
            b.save();
            Map<String, Object> vals = Book.objects.annotate(Count.of("authors__id").as("num_authors"))
                    .filter("authors__name__contains", "Norvig", "num_authors__gt", 1).aggregate(Avg.of("rating"));
            assertThat(vals).containsEntry("rating__avg", 4.25);
        });
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_even_more_aggregate
    @Test
    void test_even_more_aggregate() {
        List<Map<String, Object>> publishers = Publisher.objects.annotate(Min.of("book__pubdate").as("earliest_book"))
                .exclude("earliest_book", null).orderBy("earliest_book").values("earliest_book", "numAwards", "id", "name")
                .fetch();
        assertThat(publishers).containsExactly(
                Map.of("earliest_book", LocalDate.of(1991, 10, 15), "numAwards", 9, "id", d.p4.pk(), "name", "Morgan Kaufmann"),
                Map.of("earliest_book", LocalDate.of(1995, 1, 15), "numAwards", 7, "id", d.p3.pk(), "name", "Prentice Hall"),
                Map.of("earliest_book", LocalDate.of(2007, 12, 6), "numAwards", 3, "id", d.p1.pk(), "name", "Apress"),
                Map.of("earliest_book", LocalDate.of(2008, 3, 3), "numAwards", 1, "id", d.p2.pk(), "name", "Sams"));
        Map<String, Object> vals = Store.objects.aggregate(Max.of("fridayNightClosing"), Min.of("originalOpening"));
        assertThat(vals).containsEntry("fridayNightClosing__max", LocalTime.of(23, 59, 59))
                .containsEntry("originalOpening__min", OffsetDateTime.of(1945, 4, 25, 16, 24, 14, 0, ZoneOffset.UTC));
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_annotate_values_list
    @Test
    void test_annotate_values_list() {
        var annotated = Book.objects.filter("pk", d.b1.pk()).annotate(Avg.of("authors__age").as("mean_age"));
        assertThat(annotated.valuesList("pk", "isbn", "mean_age").fetch()).containsExactly(List.of(d.b1.pk(), "159059725", 34.5));
        assertThat(annotated.valuesList("isbn").fetch()).containsExactly(List.of("159059725"));
        assertThat(annotated.valuesList("mean_age").fetch()).containsExactly(List.of(34.5));
        assertThat(annotated.valuesList("mean_age", Double.class).fetch()).containsExactly(34.5);
        assertThat(Book.objects.valuesList("price").annotate(Count.of("price").as("count")).orderBy("-count", "price").fetch())
                .containsExactly(List.of(new BigDecimal("29.69"), 2L), List.of(new BigDecimal("23.09"), 1L),
                        List.of(new BigDecimal("30.00"), 1L), List.of(new BigDecimal("75.00"), 1L),
                        List.of(new BigDecimal("82.80"), 1L));
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_values_aggregation
    @Test
    void test_values_aggregation() {
        assertThat(Book.objects.values("rating").aggregate(Max.of("rating").as("max_rating")).get("max_rating")).isEqualTo(5.0);
        assertThat(Book.objects.values("rating").annotate(Count.of("id").as("books_per_rating"))
                .aggregate(Max.of("books_per_rating"))).containsEntry("books_per_rating__max", 3L);
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_ticket17424
    @Test
    void test_ticket17424() {
        List<Object> allBooks = Book.objects.orderBy("pk").valuesList("pk", Object.class).fetch();
        var annotated = Book.objects.orderBy("pk").annotate(Count.of("id").as("one"));
        assertThat(annotated.exclude("publisher__name", "__UNLIKELY_VALUE__").fetch()).extracting(Model::pk)
                .containsExactlyElementsOf(allBooks);
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_ticket12886
    @Test
    void test_ticket12886() {
        Object avg = Book.objects.orderBy("-rating").slice(0, 3).aggregate(Avg.of("rating").as("average_top3_rating"))
                .get("average_top3_rating");
        assertThat(dbl(avg)).isCloseTo(4.5, within(0.01));
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_decimal_max_digits_has_no_effect
    @Test
    void test_decimal_max_digits_has_no_effect() {
        rolledBack(() -> {
            Book.objects.all().delete();
            for (int i = 0; i < 10; i++) {
                Book.objects.create("isbn", "abcde" + i, "name", "none", "pages", 10, "rating", 4.0, "price", 9999.98,
                        "contact", d.a1, "publisher", d.p1, "pubdate", LocalDate.now());
            }
            assertThat(Book.objects.aggregate(Sum.of("price").as("price_sum")).get("price_sum"))
                    .isEqualTo(new BigDecimal("99999.80"));
        });
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_nonaggregate_aggregation_throws
    @Test
    void test_nonaggregate_aggregation_throws() {
        assertThatThrownBy(() -> Book.objects.aggregate("fail", F.of("price"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("'fail'").hasMessageContaining("is not an aggregate");
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_nonfield_annotation
    @Test
    void test_nonfield_annotation() {
        Book book = Book.objects.annotate(Max.of(Value.of(2)).as("val")).first().orElseThrow();
        assertThat(book.annotation("val", Integer.class)).isEqualTo(2);
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_dates_with_aggregation
    @Test
    void test_dates_with_aggregation() {
        assertThat(Book.objects.annotate(Count.of("authors").as("num_authors")).dates("pubdate", "year")).containsExactly(
                LocalDate.of(1991, 1, 1), LocalDate.of(1995, 1, 1), LocalDate.of(2007, 1, 1), LocalDate.of(2008, 1, 1));
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_aggregate_in_order_by
    @Test
    void test_aggregate_in_order_by() {
        assertThatThrownBy(() -> Author.objects.values("age").orderBy((Object) Avg.of("book__rating")))
                .isInstanceOf(FieldError.class)
                .hasMessageContaining("Using an aggregate in orderBy() without also including it in annotate() is not allowed");
    }
}
