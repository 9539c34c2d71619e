package io.aksara.it.conformance.annotations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.aksara.F;
import io.aksara.Model;
import io.aksara.aggregates.Count;
import io.aksara.aggregates.Max;
import io.aksara.aggregates.Sum;
import io.aksara.errors.FieldError;
import io.aksara.expr.Case;
import io.aksara.expr.Exists;
import io.aksara.expr.Expression;
import io.aksara.expr.OuterRef;
import io.aksara.expr.Subquery;
import io.aksara.expr.Value;
import io.aksara.expr.When;
import io.aksara.functions.Coalesce;
import io.aksara.functions.Lower;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.AggConformanceSuite;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Django 6.0 tests/annotations/tests.py {@code NonAggregateAnnotationTestCase}. */
@OnEveryDatabase
public class NonAggregateAnnotationSuite extends AggConformanceSuite {
    AnnotationsData d;

    @Override
    protected List<Class<? extends Model>> models() {
        return AnnotationsData.MODELS;
    }

    @Override
    protected void setUpTestData() {
        d = AnnotationsData.create();
    }

    private static void companies() {
        Company.objects.create("name", "Apple", "tickerName", "APPL", "description", "Beautiful Devices");
        Company.objects.create("name", "Django Software Foundation");
        Company.objects.create("name", "Google", "motto", "Do No Evil", "tickerName", "GOOG", "description", "Internet Company");
        Company.objects.create("name", "Yahoo", "description", "Internet Company");
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_basic_annotation
    @Test
    void test_basic_annotation() {
        assertThat(Book.objects.annotate(Value.of(1).as("is_book")).fetch()).hasSize(6)
                .allSatisfy(b -> assertThat(b.annotation("is_book", Integer.class)).isEqualTo(1));
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_basic_f_annotation
    @Test
    void test_basic_f_annotation() {
        assertThat(Book.objects.annotate(F.of("rating").as("another_rating")).fetch()).hasSize(6)
                .allSatisfy(b -> assertThat(b.annotation("another_rating", Double.class)).isEqualTo(b.rating));
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_joined_annotation
    @Test
    void test_joined_annotation() {
        assertThat(Book.objects.selectRelated("publisher").annotate(F.of("publisher__numAwards").as("num_awards")).fetch())
                .hasSize(6).allSatisfy(b -> assertThat(b.annotation("num_awards", Integer.class))
                        .isEqualTo(b.publisher.get().numAwards));
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_joined_transformed_annotation
    @Test
    void test_joined_transformed_annotation() {
        rolledBack(() -> {
            Employee.objects.create("firstName", "John", "lastName", "Doe", "age", 18, "store", d.s1, "salary", 15000);
            Employee.objects.create("firstName", "Jane", "lastName", "Jones", "age", 30, "store", d.s2, "salary", 30000);
            Employee.objects.create("firstName", "Jo", "lastName", "Smith", "age", 55, "store", d.s3, "salary", 50000);
            assertThat(Employee.objects.annotate(F.of("store__originalOpening__year").as("store_opened_year")).fetch())
                    .hasSize(3).allSatisfy(e -> assertThat(e.annotation("store_opened_year", Integer.class))
                            .isEqualTo(e.store.get().originalOpening.getYear()));
        });
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_annotate_with_aggregation
    @Test
    void test_annotate_with_aggregation() {
        assertThat(Book.objects.annotate(Value.of(1).as("is_book"), Count.of("rating").as("rating_count")).fetch())
                .hasSize(6).allSatisfy(b -> {
                    assertThat(b.annotation("is_book", Integer.class)).isEqualTo(1);
                    assertThat(b.annotation("rating_count", Long.class)).isEqualTo(1L);
                });
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_combined_expression_annotation_with_aggregation
    @Test
    void test_combined_expression_annotation_with_aggregation() {
        Book book = Book.objects.annotate(Value.of(3).times(Value.of(4)).as("combined"), Count.of("rating").as("rating_count"))
                .first().orElseThrow();
        assertThat(book.annotation("combined", Integer.class)).isEqualTo(12);
        assertThat(book.annotation("rating_count", Long.class)).isEqualTo(1L);
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_combined_f_expression_annotation_with_aggregation
    @Test
    void test_combined_f_expression_annotation_with_aggregation() {
        Book book = Book.objects.filter("isbn", "159059725").annotate(F.of("price").times(F.of("pages")).as("combined"),
                Count.of("rating").as("rating_count")).first().orElseThrow();
        assertThat(book.annotation("combined", BigDecimal.class)).isEqualByComparingTo("13410.0");
        assertThat(book.annotation("rating_count", Long.class)).isEqualTo(1L);
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_aggregate_over_annotation
    @Test
    void test_aggregate_over_annotation() {
        Map<String, Object> agg = Author.objects.annotate(F.of("age").as("other_age")).aggregate(Sum.of("other_age").as("otherage_sum"));
        Map<String, Object> other = Author.objects.aggregate(Sum.of("age").as("age_sum"));
        assertThat(agg.get("otherage_sum")).isEqualTo(other.get("age_sum")).isEqualTo(337L);
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_filter_annotation
    @Test
    void test_filter_annotation() {
        assertThat(Book.objects.annotate(Value.of(1).as("is_book")).filter("is_book", 1).fetch()).hasSize(6)
                .allSatisfy(b -> assertThat(b.annotation("is_book", Integer.class)).isEqualTo(1));
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_filter_annotation_with_f
    @Test
    void test_filter_annotation_with_f() {
        assertThat(Book.objects.annotate(F.of("rating").as("other_rating")).filter("other_rating", 3.5).fetch()).isEmpty();
        assertThat(Book.objects.annotate(F.of("rating").as("other_rating")).filter("other_rating", 3.0).fetch())
                .extracting(b -> b.annotation("other_rating", Double.class)).containsExactly(3.0);
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_filter_annotation_with_double_f
    @Test
    void test_filter_annotation_with_double_f() {
        assertThat(Book.objects.annotate(F.of("rating").as("other_rating")).filter("other_rating", F.of("rating")).fetch())
                .hasSize(6).allSatisfy(b -> assertThat(b.annotation("other_rating", Double.class)).isEqualTo(b.rating));
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_filter_agg_with_double_f
    @Test
    void test_filter_agg_with_double_f() {
        assertThat(Book.objects.annotate(Sum.of("rating").as("sum_rating")).filter("sum_rating", F.of("sum_rating")).fetch())
                .hasSize(6).allSatisfy(b -> assertThat(b.annotation("sum_rating", Double.class)).isEqualTo(b.rating));
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_filter_wrong_annotation
    @Test
    void test_filter_wrong_annotation() {
        assertThatThrownBy(() -> Book.objects.annotate(Sum.of("rating").as("sum_rating")).filter("sum_rating", F.of("nope")).fetch())
                .isInstanceOf(FieldError.class).hasMessageContaining("Cannot resolve 'nope'");
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_values_wrong_annotation
    @Test
    void test_values_wrong_annotation() {
        assertThatThrownBy(() -> Book.objects.annotate(Value.of(1).as("annotation")).valuesList("annotation_typo"))
                .isInstanceOf(FieldError.class).hasMessageContaining("Cannot resolve 'annotation_typo'")
                .hasMessageContaining("annotation");
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_filter_decimal_annotation
    @Test
    void test_filter_decimal_annotation() {
        assertThat(Book.objects.annotate(F.of("price").plus(1).as("new_price")).filter("new_price", new BigDecimal(31))
                .valuesList("new_price").fetch()).containsExactly(List.of(new BigDecimal("31.00")));
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_combined_annotation_commutative
    @Test
    void test_combined_annotation_commutative() {
        Book book1 = Book.objects.annotate(F.of("rating").plus(2).as("adjusted_rating")).get("pk", d.b1.pk());
        Book book2 = Book.objects.annotate(Value.of(2).plus(F.of("rating")).as("adjusted_rating")).get("pk", d.b1.pk());
        assertThat(book1.annotation("adjusted_rating", Double.class)).isEqualTo(book2.annotation("adjusted_rating", Double.class))
                .isEqualTo(6.5);
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_update_with_annotation
    @Test
    void test_update_with_annotation() {
        rolledBack(() -> {
            Book before = Book.objects.get("pk", d.b2.pk());
            Book.objects.annotate(F.of("rating").minus(1).as("other_rating")).update("rating", F.of("other_rating"));
            assertThat(Book.objects.get("pk", d.b2.pk()).rating).isEqualTo(before.rating - 1);
        });
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_values_annotation
    @Test
    void test_values_annotation() {
        var qs = Book.objects.values("rating").annotate(F.of("rating").minus(1).as("other_rating"));
        Map<String, Object> book = qs.filter("pk", d.b1.pk()).fetch().getFirst();
        assertThat((Double) book.get("rating") - 1).isEqualTo(book.get("other_rating"));
        assertThat(qs.filter("other_rating", 4).fetch()).containsExactly(Map.of("rating", 5.0, "other_rating", 4.0));
        Map<String, Object> withIsbn = qs.annotate(F.of("isbn").as("other_isbn")).filter("other_rating", 4).fetch().getFirst();
        assertThat(withIsbn).containsEntry("other_rating", 4.0).containsEntry("other_isbn", "155860191");
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_values_fields_annotations_order
    @Test
    void test_values_fields_annotations_order() {
        Map<String, Object> book = Book.objects.annotate(F.of("rating").minus(1).as("other_rating"))
                .values("other_rating", "rating").filter("pk", d.b1.pk()).fetch().getFirst();
        assertThat(book.entrySet()).extracting(Map.Entry::getKey, Map.Entry::getValue)
                .containsExactly(tuple("other_rating", 3.5), tuple("rating", 4.5));
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_order_by_annotation
    @Test
    void test_order_by_annotation() {
        assertThat(Author.objects.annotate(F.of("age").as("other_age")).orderBy("other_age").fetch())
                .extracting(a -> a.annotation("other_age", Integer.class)).containsExactly(25, 29, 29, 34, 35, 37, 45, 46, 57);
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_order_by_aggregate
    @Test
    void test_order_by_aggregate() {
        assertThat(Author.objects.values("age").annotate(Count.of("age").as("age_count")).orderBy("age_count", "age").fetch())
                .extracting(r -> r.get("age"), r -> r.get("age_count")).containsExactly(tuple(25, 1L), tuple(34, 1L),
                        tuple(35, 1L), tuple(37, 1L), tuple(45, 1L), tuple(46, 1L), tuple(57, 1L), tuple(29, 2L));
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_annotate_exists
    @Test
    void test_annotate_exists() {
        assertThat(Author.objects.annotate(Count.of("id").as("c")).filter("c__gt", 1).exists()).isFalse();
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_custom_functions
    @Test
    void test_custom_functions() {
        // Func(..., function="COALESCE") is Coalesce here: Aksara has no Func of a raw SQL name
        rolledBack(() -> {
            companies();
            assertThat(Company.objects.annotate(Coalesce.of("motto", "tickerName", "description", Value.of("No Tag")).as("tagline"))
                    .orderBy("name").fetch()).extracting(c -> c.name, c -> c.annotation("tagline", String.class))
                    .containsExactly(tuple("Apple", "APPL"), tuple("Django Software Foundation", "No Tag"),
                            tuple("Google", "Do No Evil"), tuple("Yahoo", "Internet Company"));
        });
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_custom_functions_can_ref_other_functions
    @Test
    void test_custom_functions_can_ref_other_functions() {
        rolledBack(() -> {
            companies();
            assertThat(Company.objects.annotate(Coalesce.of("motto", "tickerName", "description", Value.of("No Tag")).as("tagline"))
                    .annotate(Lower.of(F.of("tagline")).as("tagline_lower")).orderBy("name").fetch())
                    .extracting(c -> c.name, c -> c.annotation("tagline_lower", String.class))
                    .containsExactly(tuple("Apple", "appl"), tuple("Django Software Foundation", "no tag"),
                            tuple("Google", "do no evil"), tuple("Yahoo", "internet company"));
        });
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_boolean_value_annotation
    @Test
    void test_boolean_value_annotation() {
        assertThat(Book.objects.annotate(Value.of(true).as("is_book"), Value.of(false).as("is_pony")).fetch()).hasSize(6)
                .allSatisfy(b -> {
                    assertThat(b.annotation("is_book", Boolean.class)).isTrue();
                    assertThat(b.annotation("is_pony", Boolean.class)).isFalse();
                });
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_annotation_in_f_grouped_by_annotation
    @Test
    void test_annotation_in_f_grouped_by_annotation() {
        var qs = Publisher.objects.annotate(Value.of(3).as("multiplier")).values("name")
                .annotate(Sum.of(F.of("multiplier").times(F.of("numAwards"))).as("multiplied_value_sum")).orderBy();
        assertThat(qs.fetch()).containsExactlyInAnyOrder(Map.of("multiplied_value_sum", 9L, "name", "Apress"),
                Map.of("multiplied_value_sum", 0L, "name", "Jonno's House of Books"),
                Map.of("multiplied_value_sum", 27L, "name", "Morgan Kaufmann"),
                Map.of("multiplied_value_sum", 21L, "name", "Prentice Hall"), Map.of("multiplied_value_sum", 3L, "name", "Sams"));
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_complex_annotations_must_have_an_alias
    @Test
    void test_complex_annotations_must_have_an_alias() {
        List<Expression> complex = List.of(F.of("rating").times(F.of("price")), Value.of("title"),
                Case.of(When.of("pages__gte", 400, "Long")).otherwise("Short"),
                Subquery.of(Book.objects.filter("publisher", OuterRef.of("pk")).orderBy("-pubdate"), "name"),
                Exists.of(Book.objects.filter("publisher", OuterRef.of("pk"))));
        for (Expression annotation : complex) {
            assertThatThrownBy(() -> Book.objects.annotate(annotation)).isInstanceOf(FieldError.class)
                    .hasMessageContaining("Complex annotations require an alias");
        }
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_annotation_filter_with_subquery
    @Test
    void test_annotation_filter_with_subquery() {
        var longBooks = Book.objects.filter("publisher", OuterRef.of("pk"), "pages__gt", 400).values("publisher")
                .annotate(Count.of("pk").as("count"));
        var qs = Publisher.objects.annotate(Count.of("book").as("total_books"))
                .filter("total_books", Subquery.of(longBooks, "count")).values("name");
        assertThat(qs.fetch()).containsExactlyInAnyOrder(Map.of("name", "Sams"), Map.of("name", "Morgan Kaufmann"));
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_annotation_and_alias_filter_in_subquery
    @Test
    void test_annotation_and_alias_filter_in_subquery() {
        var awarded = Publisher.objects.filter("numAwards__gt", 4).annotate(Value.of(1).as("publisher_annotate"))
                .alias("publisher_alias", Value.of(1));
        assertThat(Publisher.objects.filter("pk__in", awarded).fetch()).extracting(Model::pk)
                .containsExactlyInAnyOrder(d.p3.pk(), d.p4.pk());
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_annotation_and_alias_filter_related_in_subquery
    @Test
    void test_annotation_and_alias_filter_related_in_subquery() {
        var longBooks = Book.objects.filter("pages__gt", 400).annotate(Value.of(1).as("book_annotate"))
                .alias("book_alias", Value.of(1));
        assertThat(Publisher.objects.filter("book__in", longBooks).values("name").fetch()).containsExactlyInAnyOrder(
                Map.of("name", "Apress"), Map.of("name", "Sams"), Map.of("name", "Prentice Hall"),
                Map.of("name", "Morgan Kaufmann"));
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_annotation_exists_none_query
    @Test
    void test_annotation_exists_none_query() {
        assertThat(Author.objects.annotate(Exists.of(Company.objects.none()).as("exists")).get("pk", d.a1.pk())
                .annotation("exists", Boolean.class)).isFalse();
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_annotation_exists_aggregate_values_chaining
    @Test
    void test_annotation_exists_aggregate_values_chaining() {
        var qs = Book.objects.values("publisher").annotate(
                Exists.of(Book_authors.objects.filter("book", OuterRef.of("pk"))).as("has_authors"),
                Max.of("pubdate").as("max_pubdate")).orderBy("max_pubdate");
        assertThat(qs.fetch()).extracting(r -> r.get("max_pubdate")).containsExactlyInAnyOrder(LocalDate.of(1991, 10, 15),
                LocalDate.of(2008, 3, 3), LocalDate.of(2008, 6, 23), LocalDate.of(2008, 11, 3));
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_annotation_aggregate_with_m2o
    @Test
    void test_annotation_aggregate_with_m2o() {
        var qs = Author.objects.filter("age__lt", 30).annotate(Case.of(When.of("book_contact_set__isnull", true, 0))
                .otherwise(Max.of(F.of("book__pages"))).as("max_pages")).values("name", "max_pages");
        assertThat(qs.fetch()).containsExactlyInAnyOrder(Map.of("name", "James Bennett", "max_pages", 300),
                Map.of("name", "Paul Bissex", "max_pages", 0), Map.of("name", "Wesley J. Chun", "max_pages", 0));
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_empty_queryset_annotation
    @Test
    void test_empty_queryset_annotation() {
        Author a = Author.objects.annotate(Subquery.of(Author.objects.none(), "id").as("empty")).first().orElseThrow();
        assertThat(a.annotation("empty", Long.class)).isNull();
    }

    // Django 6.0 tests/annotations/tests.py AliasTests.test_overwrite_annotation_with_alias
    @Test
    @Tag("django-difference")
    void test_overwrite_annotation_with_alias() {
        // docs/expressions-and-transactions.md: "An annotation name can be used once per QuerySet;
        // annotating the same name again is a FieldError." Django lets alias() replace it.
        assertThatThrownBy(() -> Book.objects.annotate(Value.of(1).as("is_book")).alias("is_book", F.of("is_book")))
                .isInstanceOf(FieldError.class).hasMessageContaining("already defined");
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_q_expression_annotation_with_aggregation
    @Test
    void test_q_expression_annotation_with_aggregation() {
        Book book = Book.objects.filter("isbn", "159059725").annotate(
                io.aksara.expr.ExpressionWrapper.of(io.aksara.Q.of("pubdate__isnull", true)).as("isnull_pubdate"),
                Count.of("rating").as("rating_count")).first().orElseThrow();
        assertThat(book.annotation("isnull_pubdate", Boolean.class)).isFalse();
        assertThat(book.annotation("rating_count", Long.class)).isEqualTo(1L);
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_grouping_by_q_expression_annotation
    @Test
    void test_grouping_by_q_expression_annotation() {
        var authors = Author.objects.annotate(io.aksara.expr.ExpressionWrapper.of(io.aksara.Q.of("age__lt", 40)).as("under_40"))
                .values("under_40").annotate(Count.of("id").as("count_id"));
        assertThat(authors.fetch()).containsExactlyInAnyOrder(Map.of("under_40", false, "count_id", 3L),
                Map.of("under_40", true, "count_id", 6L));
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_full_expression_annotation_with_aggregation
    @Test
    void test_full_expression_annotation_with_aggregation() {
        var qs = Book.objects.filter("isbn", "159059725").annotate(
                io.aksara.expr.ExpressionWrapper.of(io.aksara.Q.of("pk__in", List.of())).not().as("selected"),
                Count.of("rating").as("rating_count"));
        assertThat(qs.fetch()).extracting(b -> b.annotation("rating_count", Long.class)).containsExactly(1L);
    }
}
