package io.aksara.it.conformance.aggregation_regress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.aksara.F;
import io.aksara.Model;
import io.aksara.Q;
import io.aksara.aggregates.Avg;
import io.aksara.aggregates.Count;
import io.aksara.aggregates.Max;
import io.aksara.aggregates.StdDev;
import io.aksara.aggregates.Sum;
import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.expr.Case;
import io.aksara.expr.ExpressionWrapper;
import io.aksara.expr.When;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.AggConformanceSuite;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/aggregation_regress/tests.py {@code AggregationTests}: regressions of
 * annotate/aggregate/values combinations. The data is Django's {@code setUpTestData}; the two
 * HardbackBooks are plain Books (no multi-table inheritance), which none of these tests tells apart.
 */
@OnEveryDatabase
class AggregationRegressSuite extends AggConformanceSuite {
    static final String DEFINITIVE = "The Definitive Guide to Django: Web Development Done Right";
    static final String SAMS = "Sams Teach Yourself Django in 24 Hours";
    static final String PRACTICAL = "Practical Django Projects";
    static final String PYTHON_WEB = "Python Web Development with Django";
    static final String AI = "Artificial Intelligence: A Modern Approach";
    static final String PARADIGMS = "Paradigms of Artificial Intelligence Programming: Case Studies in Common Lisp";

    RegressData d;

    @Override
    protected List<Class<? extends Model>> models() {
        return RegressData.MODELS;
    }

    @Override
    protected void setUpTestData() {
        d = RegressData.create();
    }

    static double dbl(Object o) {
        return ((Number) o).doubleValue();
    }

    /** Django's {@code Approximate(x, places=n)}: equal once rounded to n places. */
    static void assertApproximately(Object actual, double expected, int places) {
        assertThat(dbl(actual)).isCloseTo(expected, within(Math.pow(10, -places)));
    }

    private static List<String> names(List<Book> books) {
        return books.stream().map(b -> b.name).toList();
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_annotation_with_value
    @Test
    void test_annotation_with_value() {
        var values = Book.objects.filter("name", PRACTICAL).annotate(F.of("price").times(2).as("discount_price"))
                .values("discount_price").annotate(Sum.of("discount_price").as("sum_discount")).fetch();
        assertThat(values).hasSize(1);
        assertThat((BigDecimal) values.getFirst().get("discount_price")).isEqualByComparingTo("59.38");
        assertThat((BigDecimal) values.getFirst().get("sum_discount")).isEqualByComparingTo("59.38");
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_aggregate
    @Test
    void test_aggregate() {
        // ordering requests are ignored
        assertApproximately(Author.objects.all().orderBy("name").aggregate(Avg.of("age")).get("age__avg"), 37.444, 1);
        // implicit ordering is also ignored
        assertThat(Book.objects.aggregate(Sum.of("pages"))).isEqualTo(Map.of("pages__sum", 3703L));
        // baseline results
        Map<String, Object> vals = Book.objects.aggregate(Sum.of("pages"), Avg.of("pages"));
        assertThat(vals.get("pages__sum")).isEqualTo(3703L);
        assertApproximately(vals.get("pages__avg"), 617.166, 2);
        // empty values query doesn't affect grouping or results
        vals = Book.objects.values().aggregate(Sum.of("pages"), Avg.of("pages"));
        assertThat(vals.get("pages__sum")).isEqualTo(3703L);
        assertApproximately(vals.get("pages__avg"), 617.166, 2);
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_annotation (the parts without extra())
    @Test
    void test_annotation() {
        Book obj = Book.objects.annotate(Avg.of("authors__age").as("mean_auth_age")).get("pk", d.b2.pk());
        assertThat(obj.contact.id()).isEqualTo(d.a3.pk());
        assertThat(obj.isbn).isEqualTo("067232959");
        assertThat(obj.annotation("mean_auth_age", Double.class)).isEqualTo(45.0);
        assertThat(obj.name).isEqualTo(SAMS);
        assertThat(obj.pages).isEqualTo(528);
        assertThat(obj.price).isEqualByComparingTo("23.09");
        assertThat(obj.pubdate).isEqualTo(LocalDate.of(2008, 3, 3));
        assertThat(obj.publisher.id()).isEqualTo(d.p2.pk());
        assertThat(obj.rating).isEqualTo(3.0);

        // if the annotation precedes the values clause, it won't be included unless it is explicitly named
        assertThat(Book.objects.annotate(Avg.of("authors__age").as("mean_auth_age")).values("name").filter("pk", d.b1.pk())
                .fetch()).containsExactly(Map.of("name", DEFINITIVE));
        assertThat(Book.objects.annotate(Avg.of("authors__age").as("mean_auth_age")).values("name", "mean_auth_age")
                .filter("pk", d.b1.pk()).fetch()).containsExactly(Map.of("mean_auth_age", 34.5, "name", DEFINITIVE));

        // if an annotation isn't included in the values, it can still be used in a filter
        assertThat(Book.objects.annotate(Count.of("authors").as("n_authors")).values("name").filter("n_authors__gt", 2)
                .fetch()).containsExactly(Map.of("name", PYTHON_WEB));

        // the annotations are added to values output if values() precedes annotate()
        assertThat(Book.objects.values("name").annotate(Avg.of("authors__age").as("mean_auth_age")).filter("pk", d.b1.pk())
                .fetch()).containsExactly(Map.of("mean_auth_age", 34.5, "name", DEFINITIVE));

        // all of the objects are getting counted (allow_nulls) and that values respects the amount of objects
        assertThat(Author.objects.annotate(Avg.of("friends__age")).values().fetch()).hasSize(9);

        // consecutive calls to annotate accumulate in the query
        var qs = Book.objects.values("price").annotate(Max.of("authors__age").as("oldest")).orderBy("oldest", "price")
                .annotate(Max.of("publisher__numAwards")).fetch();
        assertThat(qs).extracting(r -> ((BigDecimal) r.get("price")).stripTrailingZeros().toPlainString(), r -> r.get("oldest"),
                r -> r.get("publisher__numAwards__max")).containsExactly(tuple("30", 35, 3), tuple("29.69", 37, 7),
                        tuple("23.09", 45, 1), tuple("75", 57, 9), tuple("82.8", 57, 7));
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_aggregate_annotation
    @Test
    void test_aggregate_annotation() {
        Map<String, Object> vals = Book.objects.annotate(Count.of("authors__id").as("num_authors"))
                .aggregate(Max.of("pages"), Max.of("price"), Sum.of("num_authors"), Avg.of("num_authors"));
        assertThat(vals.get("num_authors__sum")).isEqualTo(10L);
        assertApproximately(vals.get("num_authors__avg"), 1.666, 2);
        assertThat(vals.get("pages__max")).isEqualTo(1132);
        assertThat((BigDecimal) vals.get("price__max")).isEqualByComparingTo("82.80");

        assertThat(Book.objects.annotate(Count.of("authors").as("c")).values("c").aggregate(Max.of("c")))
                .isEqualTo(Map.of("c__max", 3L));
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_conditional_aggregate
    @Test
    void test_conditional_aggregate() {
        assertThat(dbl(Book.objects.annotate(Count.of("authors").as("c")).values("pk")
                .aggregate(Sum.of(Case.of(When.of(Q.of("c__gt", 1), 1))).as("test")).get("test"))).isEqualTo(3.0);
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_sliced_conditional_aggregate
    @Test
    void test_sliced_conditional_aggregate() {
        assertThat(dbl(Author.objects.all().orderBy("pk").slice(0, 5)
                .aggregate(Sum.of(Case.of(When.of(Q.of("age__lte", 35), 1))).as("test")).get("test"))).isEqualTo(3.0);
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_annotated_conditional_aggregate
    @Test
    void test_annotated_conditional_aggregate() {
        var annotated = Book.objects.annotate(F.of("price").times(new BigDecimal("0.75")).as("discount_price"));
        assertApproximately(annotated.aggregate(Avg.of(Case.of(When.of(Q.of("pages__lt", 400), F.of("discount_price"))))
                .as("test")).get("test"), 22.27, 2);
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_distinct_conditional_aggregate
    @Test
    void test_distinct_conditional_aggregate() {
        assertThat(dbl(Book.objects.all().distinct().aggregate(Avg.of(Case.of(When.of(Q.of("price",
                new BigDecimal("29.69")), F.of("pages")))).as("test")).get("test"))).isEqualTo(325.0);
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_conditional_aggregate_on_complex_condition
    @Test
    void test_conditional_aggregate_on_complex_condition() {
        Q condition = Q.of("price__gte", new BigDecimal("29")).and(Q.of("price__lt", new BigDecimal("30")));
        assertThat(dbl(Book.objects.all().distinct().aggregate(Avg.of(Case.of(When.of(condition, F.of("pages"))))
                .as("test")).get("test"))).isEqualTo(325.0);
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_q_annotation_aggregate
    @Test
    void test_q_annotation_aggregate() {
        assertThat(Book.objects.annotate(ExpressionWrapper.of(Q.of("pk__isnull", false)).as("has_pk")).count()).isEqualTo(6);
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_decimal_aggregate_annotation_filter
    @Test
    void test_decimal_aggregate_annotation_filter() {
        assertThat(Author.objects.annotate(Sum.of("book_contact_set__price").as("sum"))
                .filter("sum__gt", new BigDecimal(40)).fetch()).hasSize(1);
        assertThat(Author.objects.annotate(Sum.of("book_contact_set__price").as("sum"))
                .filter("sum__lte", new BigDecimal(40)).fetch()).hasSize(4);
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_field_error
    @Test
    void test_field_error() {
        assertThatThrownBy(() -> Book.objects.aggregate(Count.of("foo").as("num_authors"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("'foo'");
        assertThatThrownBy(() -> Book.objects.annotate(Count.of("foo").as("num_authors"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("'foo'");
        assertThatThrownBy(() -> Book.objects.annotate(Count.of("authors__id").as("num_authors")).aggregate(Max.of("foo")))
                .isInstanceOf(FieldError.class).hasMessageContaining("'foo'");
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_more
    @Test
    void test_more() {
        assertThat(Book.objects.annotate(Count.of("authors").as("num_authors")).count()).isEqualTo(6);
        assertThat(Book.objects.annotate(Count.of("authors").as("num_authors")).aggregate(Max.of("num_authors")))
                .isEqualTo(Map.of("num_authors__max", 3L));
        assertThat(dbl(Publisher.objects.annotate(Avg.of("book__price").as("avg_price")).aggregate(Max.of("avg_price"))
                .get("avg_price__max"))).isEqualTo(75.0);
        // aliases are quoted to protect aliases that might be reserved names
        assertThat(Book.objects.aggregate(Max.of("pages").as("number"), Max.of("pages").as("select")))
                .isEqualTo(Map.of("number", 1132, "select", 1132));
        // select_related() plays nice with aggregates
        Map<String, Object> obj = Book.objects.all().selectRelated("publisher").annotate(Count.of("authors").as("num_authors"))
                .values().filter("isbn", "013790395").first().orElseThrow();
        assertThat(obj).containsEntry("id", d.b5.pk()).containsEntry("isbn", "013790395").containsEntry("name", AI)
                .containsEntry("num_authors", 2L).containsEntry("pages", 1132)
                .containsEntry("pubdate", LocalDate.of(1995, 1, 15)).containsEntry("rating", 4.0);
        assertThat((BigDecimal) obj.get("price")).isEqualByComparingTo("82.8");
        // exclude on an aggregate field is correctly negated
        var annotated = Book.objects.annotate(Count.of("authors").as("num_authors"));
        assertThat(annotated.fetch()).hasSize(6);
        assertThat(annotated.filter("num_authors__gt", 2).fetch()).hasSize(1);
        assertThat(annotated.exclude("num_authors__gt", 2).fetch()).hasSize(5);
        assertThat(annotated.filter("num_authors__lt", 3).exclude("num_authors__lt", 2).fetch()).hasSize(2);
        assertThat(annotated.exclude("num_authors__lt", 2).filter("num_authors__lt", 3).fetch()).hasSize(2);
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_aggregate_fexpr
    @Test
    void test_aggregate_fexpr() {
        var base = Publisher.objects.annotate(Count.of("book").as("num_books"));
        List<Map<String, Object>> expectedIn = List.of(Map.of("num_books", 1L, "name", "Morgan Kaufmann", "numAwards", 9),
                Map.of("num_books", 2L, "name", "Prentice Hall", "numAwards", 7));
        List<Map<String, Object>> expectedOut = List.of(Map.of("num_books", 2L, "name", "Apress", "numAwards", 3),
                Map.of("num_books", 0L, "name", "Jonno's House of Books", "numAwards", 0),
                Map.of("num_books", 1L, "name", "Sams", "numAwards", 1));
        // the F() is pushed into the HAVING clause
        assertThat(base.filter("num_books__lt", F.of("numAwards").div(2)).orderBy("name")
                .values("name", "num_books", "numAwards").fetch()).isEqualTo(expectedIn);
        assertThat(base.exclude("num_books__lt", F.of("numAwards").div(2)).orderBy("name")
                .values("name", "num_books", "numAwards").fetch()).isEqualTo(expectedOut);
        // ... and where the F() references an aggregate
        assertThat(base.filter("numAwards__gt", F.of("num_books").times(2)).orderBy("name")
                .values("name", "num_books", "numAwards").fetch()).isEqualTo(expectedIn);
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_empty (the aggregates over fields)
    @Test
    void test_empty() {
        assertThat(Book.objects.filter("id__in", List.of()).count()).isZero();
        Map<String, Object> vals = Book.objects.filter("id__in", List.of()).aggregate(Count.of("authors").as("num_authors"),
                Max.of("price").as("max_price"), Max.of("rating").as("max_rating"));
        assertThat(vals.get("num_authors")).isEqualTo(0L);
        assertThat(vals.get("max_price")).isNull();
        assertThat(vals.get("max_rating")).isNull();

        List<Map<String, Object>> qs = Publisher.objects.filter("name", "Jonno's House of Books")
                .annotate(Count.of("book__authors").as("num_authors"), Max.of("book__price").as("max_price"),
                        Max.of("book__rating").as("max_rating")).values().fetch();
        assertThat(qs).hasSize(1);
        assertThat(qs.getFirst()).containsEntry("name", "Jonno's House of Books").containsEntry("numAwards", 0)
                .containsEntry("num_authors", 0L).containsEntry("id", d.p5.pk());
        assertThat(qs.getFirst().get("max_price")).isNull();
        assertThat(qs.getFirst().get("max_rating")).isNull();
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_more_more1
    @Test
    void test_more_more1() {
        assertThat(names(Book.objects.annotate(Count.of("authors").as("num_authors")).orderBy("publisher__name", "name")
                .fetch())).containsExactly(PRACTICAL, DEFINITIVE, PARADIGMS, AI, PYTHON_WEB, SAMS);
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_more_more2
    @Test
    void test_more_more2() {
        var qs = Book.objects.filter("rating__lt", 4.5).selectRelated("publisher", "contact")
                .annotate(Avg.of("authors__age")).orderBy("name").fetch();
        assertThat(qs).extracting(b -> b.name, b -> b.publisher.get().name, b -> b.contact.get().name).containsExactly(
                tuple(AI, "Prentice Hall", "Peter Norvig"), tuple(PRACTICAL, "Apress", "James Bennett"),
                tuple(PYTHON_WEB, "Prentice Hall", "Jeffrey Forcier"), tuple(SAMS, "Sams", "Brad Dayley"));
        assertThat(dbl(qs.get(0).annotation("authors__age__avg", Object.class))).isEqualTo(51.5);
        assertThat(dbl(qs.get(1).annotation("authors__age__avg", Object.class))).isEqualTo(29.0);
        assertApproximately(qs.get(2).annotation("authors__age__avg", Object.class), 30.333, 2);
        assertThat(dbl(qs.get(3).annotation("authors__age__avg", Object.class))).isEqualTo(45.0);
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_more_more4
    @Test
    void test_more_more4() {
        var ids = Book.objects.filter("pages__gt", 100).annotate(Count.of("authors").as("n_authors"))
                .filter("n_authors__gt", 2).orderBy("n_authors");
        assertThat(names(Book.objects.filter("id__in", ids).fetch())).containsExactly(PYTHON_WEB);
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_duplicate_alias
    @Test
    void test_duplicate_alias() {
        assertThatThrownBy(() -> Book.objects.annotate(Avg.of("authors__age"), Avg.of("authors__age").as("authors__age__avg")))
                .isInstanceOf(AksaraException.class).hasMessageContaining("authors__age__avg");
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_field_name_conflict, test_m2m_name_conflict,
    // test_fk_attname_conflict, test_reverse_relation_name_conflict
    @Test
    void test_annotation_name_conflicts() {
        assertThatThrownBy(() -> Author.objects.annotate(Avg.of("friends__age").as("age")))
                .isInstanceOf(AksaraException.class).hasMessageContaining("'age'");
        assertThatThrownBy(() -> Author.objects.annotate(Count.of("friends").as("friends")))
                .isInstanceOf(AksaraException.class).hasMessageContaining("'friends'");
        assertThatThrownBy(() -> Book.objects.annotate(F.of("publisher_id").as("contact_id")))
                .isInstanceOf(AksaraException.class).hasMessageContaining("'contact_id'");
        assertThatThrownBy(() -> Author.objects.annotate(Avg.of("friends__age").as("book_contact_set")))
                .isInstanceOf(AksaraException.class).hasMessageContaining("'book_contact_set'");
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_values_queryset_non_conflict
    @Test
    void test_values_queryset_non_conflict() {
        var results = Author.objects.values("name").annotate(Count.of("book_contact_set").as("age")).orderBy("name").fetch();
        assertThat(results).hasSize(9);
        assertThat(results.getFirst()).containsEntry("name", "Adrian Holovaty").containsEntry("age", 1L);

        results = Author.objects.values("name").annotate(Avg.of("friends__age").as("age")).orderBy("name").fetch();
        assertThat(results).hasSize(9);
        assertThat(results.getFirst().get("name")).isEqualTo("Adrian Holovaty");
        assertThat(dbl(results.getFirst().get("age"))).isEqualTo(32.0);

        results = Author.objects.values("name").annotate(Count.of("friends").as("friends")).orderBy("name").fetch();
        assertThat(results).hasSize(9);
        assertThat(results.getFirst()).containsEntry("name", "Adrian Holovaty").containsEntry("friends", 2L);
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_more_more_more1
    @Test
    void test_more_more_more1() {
        var books = Book.objects.all();
        books.aggregate(Avg.of("authors__age"));
        assertThat(names(books.all().fetch())).containsExactly(AI, PARADIGMS, PRACTICAL, PYTHON_WEB, SAMS, DEFINITIVE);
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_more_more_more2
    @Test
    void test_more_more_more2() {
        assertThat(Book.objects.annotate(Count.of("authors").as("num_authors")).filter("num_authors", 2).dates("pubdate", "day"))
                .containsExactly(LocalDate.of(1995, 1, 15), LocalDate.of(2007, 12, 6));
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_more_more_more4
    @Test
    void test_more_more_more4() {
        assertThat(Book.objects.values("publisher").annotate(Count.of("publisher")).count()).isEqualTo(4);
        assertThat(Book.objects.annotate(Count.of("publisher")).values("publisher").count()).isEqualTo(6);
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_more_more_more5
    @Test
    void test_more_more_more5() {
        var publishers = Publisher.objects.filter("id__in", List.of(d.p1.pk(), d.p2.pk()));
        assertThat(publishers.fetch()).extracting(p -> p.name).containsExactlyInAnyOrder("Apress", "Sams");
        var annotated = publishers.annotate(Count.of("book").as("n_books"));
        var sorted = annotated.fetch().stream().sorted((x, y) -> x.name.compareTo(y.name)).toList();
        assertThat(sorted.get(0).annotation("n_books", Long.class)).isEqualTo(2L);
        assertThat(sorted.get(1).annotation("n_books", Long.class)).isEqualTo(1L);
        assertThat(annotated.fetch()).extracting(p -> p.name).containsExactlyInAnyOrder("Apress", "Sams");
        assertThat(names(Book.objects.filter("publisher__in", annotated).fetch())).containsExactly(PRACTICAL, SAMS, DEFINITIVE);
        assertThat(annotated.fetch()).extracting(p -> p.name).containsExactlyInAnyOrder("Apress", "Sams");
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_more_more_more7
    @Test
    void test_more_more_more7() {
        assertThatThrownBy(() -> Book.objects.annotate(Avg.of("authors__age").as("mean_age")).annotate(Avg.of("mean_age")))
                .isInstanceOf(FieldError.class).hasMessageContaining("'mean_age' is an aggregate");
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_empty_filter_count, test_empty_filter_aggregate
    @Test
    void test_empty_filter_count_and_aggregate() {
        assertThat(Author.objects.filter("id__in", List.of()).annotate(Count.of("friends")).count()).isZero();
        assertThat(Author.objects.filter("id__in", List.of()).annotate(Count.of("friends")).aggregate(Count.of("pk")))
                .isEqualTo(Map.of("pk__count", 0L));
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_none_call_before_aggregate
    @Test
    void test_none_call_before_aggregate() {
        assertThat(Author.objects.none().aggregate(Avg.of("age"))).containsEntry("age__avg", null);
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_annotate_and_join
    @Test
    void test_annotate_and_join() {
        assertThat(Author.objects.annotate(Count.of("friends__name").as("c")).exclude("friends__name", "Joe").count())
                .isEqualTo(Author.objects.count());
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_having_group_by
    @Test
    void test_having_group_by() {
        var qs = Book.objects.values("name").annotate(Count.of("authors").as("n_authors")).filter("pages__gt", F.of("n_authors"))
                .orderBy("name").fetch();
        assertThat(qs.stream().map(r -> r.get("name")).toList())
                .isEqualTo(Book.objects.all().valuesList("name", String.class).fetch());
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_values_list_annotation_args_ordering
    @Test
    void test_values_list_annotation_args_ordering() {
        List<Object> first = Book.objects.valuesList("publisher__name").annotate(Count.of("id"), Avg.of("price"),
                Avg.of("authors__age"), Avg.of("pages").as("avg_pgs")).orderBy("-publisher__name").first().orElseThrow();
        assertThat(first.get(0)).isEqualTo("Sams");
        assertThat(first.get(1)).isEqualTo(1L);
        assertThat((BigDecimal) first.get(2)).isEqualByComparingTo("23.09");
        assertThat(dbl(first.get(3))).isEqualTo(45.0);
        assertThat(dbl(first.get(4))).isEqualTo(528.0);
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_annotation_disjunction
    @Test
    void test_annotation_disjunction() {
        var byAuthors = Book.objects.annotate(Count.of("authors").as("n_authors"));
        assertThat(names(byAuthors.filter(Q.of("n_authors", 2).or(Q.of("name", PYTHON_WEB))).orderBy("name").fetch()))
                .containsExactly(AI, PYTHON_WEB, DEFINITIVE);
        assertThat(names(byAuthors.filter(Q.of("name", DEFINITIVE).or(Q.of("name", AI).and(Q.of("n_authors", 3))))
                .orderBy("name").fetch())).containsExactly(DEFINITIVE);

        var publishers = Publisher.objects.annotate(Sum.of("book__rating").as("rating_sum"), Count.of("book").as("book_count"));
        assertThat(publishers.filter(Q.of("rating_sum__gt", 5.5).or(Q.of("rating_sum__isnull", true))).orderBy("pk").fetch())
                .extracting(p -> p.name).containsExactly("Apress", "Prentice Hall", "Jonno's House of Books");
        assertThat(publishers.filter(Q.of("rating_sum__gt", F.of("book_count")).or(Q.of("rating_sum", null)))
                .orderBy("numAwards").fetch()).extracting(p -> p.name)
                .containsExactly("Jonno's House of Books", "Sams", "Apress", "Prentice Hall", "Morgan Kaufmann");
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_quoting_aggregate_order_by
    @Test
    void test_quoting_aggregate_order_by() {
        assertThat(Book.objects.filter("name", PYTHON_WEB).annotate(Count.of("authors").as("authorCount"))
                .orderBy("authorCount").fetch()).extracting(b -> b.name, b -> b.annotation("authorCount", Long.class))
                .containsExactly(tuple(PYTHON_WEB, 3L));
    }

    // Django 6.0 tests/aggregation_regress/tests.py AggregationTests.test_stddev
    @Test
    void test_stddev() {
        assertApproximately(Book.objects.aggregate(StdDev.of("pages")).get("pages__stddev"), 311.46, 1);
        assertApproximately(Book.objects.aggregate(StdDev.of("rating")).get("rating__stddev"), 0.60, 1);
        assertApproximately(Book.objects.aggregate(StdDev.of("price")).get("price__stddev"), 24.16, 2);
        assertApproximately(Book.objects.aggregate(StdDev.of("pages").sample()).get("pages__stddev"), 341.19, 2);
        assertApproximately(Book.objects.aggregate(StdDev.of("rating").sample()).get("rating__stddev"), 0.66, 2);
        assertApproximately(Book.objects.aggregate(StdDev.of("price").sample()).get("price__stddev"), 26.46, 1);
    }
}
