package io.aksara.it.conformance.db_functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Model;
import io.aksara.expr.Subquery;
import io.aksara.functions.Coalesce;
import io.aksara.functions.Greatest;
import io.aksara.functions.Least;
import io.aksara.functions.Lower;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.AggConformanceSuite;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/db_functions/comparison/test_coalesce.py {@code CoalesceTests},
 * test_greatest.py {@code GreatestTests} and test_least.py {@code LeastTests}. They have no
 * {@code setUpTestData}: each test makes its rows, rolled back at its end.
 */
@OnEveryDatabase
public class ComparisonFunctionsSuite extends AggConformanceSuite {
    static final String LOREM_IPSUM = "\n    Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod\n"
            + "    tempor incididunt ut labore et dolore magna aliqua.";

    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Author.class, Article.class, Article_authors.class, DecimalModel.class);
    }

    @Override
    protected void setUpTestData() {
        // none in Django
    }

    /** Django's {@code greatest_least_ignores_nulls}: PostgreSQL's GREATEST/LEAST skip NULLs. */
    private boolean greatestLeastIgnoresNulls() {
        return db.isPostgres();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    private static void twoAuthors() {
        Author.objects.create("name", "John Smith", "alias", "smithj");
        Author.objects.create("name", "Rhonda");
    }

    // Django 6.0 tests/db_functions/comparison/test_coalesce.py CoalesceTests.test_basic
    @Test
    void coalesce_test_basic() {
        rolledBack(() -> {
            twoAuthors();
            assertThat(Author.objects.annotate(Coalesce.of("alias", "name").as("display_name")).orderBy("name").fetch())
                    .extracting(a -> a.annotation("display_name", String.class)).containsExactly("smithj", "Rhonda");
        });
    }

    // Django 6.0 tests/db_functions/comparison/test_coalesce.py CoalesceTests.test_mixed_values
    @Test
    void coalesce_test_mixed_values() {
        rolledBack(() -> {
            twoAuthors();
            Article ar1 = Article.objects.create("title", "How to Django", "text", LOREM_IPSUM, "written", now());
            ar1.authors.add(Author.objects.get("name", "John Smith"), Author.objects.get("name", "Rhonda"));
            assertThat(Article.objects.annotate(Coalesce.of("summary", "text").as("headline")).orderBy("title").fetch())
                    .extracting(a -> a.annotation("headline", String.class)).containsExactly(LOREM_IPSUM);
            assertThat(Article.objects.annotate(Coalesce.of(Lower.of("summary"), Lower.of("text")).as("headline"))
                    .orderBy("title").fetch()).extracting(a -> a.annotation("headline", String.class))
                    .containsExactly(LOREM_IPSUM.toLowerCase(java.util.Locale.ROOT));
        });
    }

    // Django 6.0 tests/db_functions/comparison/test_coalesce.py CoalesceTests.test_ordering
    @Test
    void coalesce_test_ordering() {
        rolledBack(() -> {
            twoAuthors();
            assertThat(Author.objects.all().orderBy(Coalesce.of("alias", "name")).fetch()).extracting(a -> a.name)
                    .containsExactly("Rhonda", "John Smith");
            assertThat(Author.objects.all().orderBy(Coalesce.of("alias", "name").asc()).fetch()).extracting(a -> a.name)
                    .containsExactly("Rhonda", "John Smith");
            assertThat(Author.objects.all().orderBy(Coalesce.of("alias", "name").desc()).fetch()).extracting(a -> a.name)
                    .containsExactly("John Smith", "Rhonda");
        });
    }

    // Django 6.0 tests/db_functions/comparison/test_coalesce.py CoalesceTests.test_empty_queryset
    @Test
    void coalesce_test_empty_queryset() {
        rolledBack(() -> {
            Author.objects.create("name", "John Smith");
            for (var empty : List.of(Author.objects.none(), Author.objects.filter("id", -1))) {
                var qs = Author.objects.annotate(Coalesce.of(Subquery.of(empty, "id"), 42L).as("annotation"));
                assertThat(qs.first().orElseThrow().annotation("annotation", Long.class)).isEqualTo(42L);
            }
        });
    }

    // Django 6.0 tests/db_functions/comparison/test_greatest.py GreatestTests.test_basic
    @Test
    void greatest_test_basic() {
        rolledBack(() -> {
            OffsetDateTime now = now();
            Article.objects.create("title", "Testing with Django", "written", now.minusHours(1), "published", now);
            assertThat(Article.objects.annotate(Greatest.of("written", "published").as("last_updated")).first().orElseThrow()
                    .annotation("last_updated", OffsetDateTime.class)).isEqualTo(now);
        });
    }

    // Django 6.0 tests/db_functions/comparison/test_greatest.py GreatestTests.test_ignores_null / test_propagates_null
    @Test
    void greatest_test_ignores_or_propagates_null() {
        rolledBack(() -> {
            OffsetDateTime now = now();
            Article.objects.create("title", "Testing with Django", "written", now);
            OffsetDateTime last = Article.objects.annotate(Greatest.of("written", "published").as("last_updated")).first()
                    .orElseThrow().annotation("last_updated", OffsetDateTime.class);
            assertThat(last).isEqualTo(greatestLeastIgnoresNulls() ? now : null);
        });
    }

    // Django 6.0 tests/db_functions/comparison/test_greatest.py GreatestTests.test_coalesce_workaround
    @Test
    void greatest_test_coalesce_workaround() {
        rolledBack(() -> {
            OffsetDateTime past = OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
            OffsetDateTime now = now();
            Article.objects.create("title", "Testing with Django", "written", now);
            assertThat(Article.objects.annotate(Greatest.of(Coalesce.of("written", past), Coalesce.of("published", past))
                    .as("last_updated")).first().orElseThrow().annotation("last_updated", OffsetDateTime.class)).isEqualTo(now);
        });
    }

    // Django 6.0 tests/db_functions/comparison/test_greatest.py GreatestTests.test_all_null
    @Test
    void greatest_test_all_null() {
        rolledBack(() -> {
            Article.objects.create("title", "Testing with Django", "written", now());
            assertThat(Article.objects.annotate(Greatest.of("published", "updated").as("last_updated")).first().orElseThrow()
                    .annotation("last_updated", OffsetDateTime.class)).isNull();
        });
    }

    // Django 6.0 tests/db_functions/comparison/test_greatest.py GreatestTests.test_update
    @Test
    void greatest_test_update() {
        rolledBack(() -> {
            Author author = Author.objects.create("name", "James Smith", "goesBy", "Jim");
            Author.objects.all().update("alias", Greatest.of("name", "goesBy"));
            assertThat(Author.objects.get("pk", author.pk()).alias).isEqualTo("Jim");
        });
    }

    // Django 6.0 tests/db_functions/comparison/test_greatest.py GreatestTests.test_decimal_filter
    @Test
    void greatest_test_decimal_filter() {
        rolledBack(() -> {
            DecimalModel obj = DecimalModel.objects.create("n1", new BigDecimal("1.1"), "n2", new BigDecimal("1.2"));
            assertThat(DecimalModel.objects.annotate(Greatest.of("n1", "n2").as("greatest"))
                    .filter("greatest", new BigDecimal("1.2")).fetch()).extracting(Model::pk).containsExactly(obj.pk());
        });
    }

    // Django 6.0 tests/db_functions/comparison/test_least.py LeastTests.test_basic
    @Test
    void least_test_basic() {
        rolledBack(() -> {
            OffsetDateTime now = now();
            OffsetDateTime before = now.minusHours(1);
            Article.objects.create("title", "Testing with Django", "written", before, "published", now);
            assertThat(Article.objects.annotate(Least.of("written", "published").as("first_updated")).first().orElseThrow()
                    .annotation("first_updated", OffsetDateTime.class)).isEqualTo(before);
        });
    }

    // Django 6.0 tests/db_functions/comparison/test_least.py LeastTests.test_ignores_null / test_propagates_null
    @Test
    void least_test_ignores_or_propagates_null() {
        rolledBack(() -> {
            OffsetDateTime now = now();
            Article.objects.create("title", "Testing with Django", "written", now);
            OffsetDateTime first = Article.objects.annotate(Least.of("written", "published").as("first_updated")).first()
                    .orElseThrow().annotation("first_updated", OffsetDateTime.class);
            assertThat(first).isEqualTo(greatestLeastIgnoresNulls() ? now : null);
        });
    }

    // Django 6.0 tests/db_functions/comparison/test_least.py LeastTests.test_coalesce_workaround
    @Test
    void least_test_coalesce_workaround() {
        rolledBack(() -> {
            OffsetDateTime future = OffsetDateTime.of(2100, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
            OffsetDateTime now = now();
            Article.objects.create("title", "Testing with Django", "written", now);
            assertThat(Article.objects.annotate(Least.of(Coalesce.of("written", future), Coalesce.of("published", future))
                    .as("last_updated")).first().orElseThrow().annotation("last_updated", OffsetDateTime.class)).isEqualTo(now);
        });
    }

    // Django 6.0 tests/db_functions/comparison/test_least.py LeastTests.test_all_null
    @Test
    void least_test_all_null() {
        rolledBack(() -> {
            Article.objects.create("title", "Testing with Django", "written", now());
            assertThat(Article.objects.annotate(Least.of("published", "updated").as("first_updated")).first().orElseThrow()
                    .annotation("first_updated", OffsetDateTime.class)).isNull();
        });
    }

    // Django 6.0 tests/db_functions/comparison/test_least.py LeastTests.test_update
    @Test
    void least_test_update() {
        rolledBack(() -> {
            Author author = Author.objects.create("name", "James Smith", "goesBy", "Jim");
            Author.objects.all().update("alias", Least.of("name", "goesBy"));
            assertThat(Author.objects.get("pk", author.pk()).alias).isEqualTo("James Smith");
        });
    }

    // Django 6.0 tests/db_functions/comparison/test_least.py LeastTests.test_decimal_filter
    @Test
    void least_test_decimal_filter() {
        rolledBack(() -> {
            DecimalModel obj = DecimalModel.objects.create("n1", new BigDecimal("1.1"), "n2", new BigDecimal("1.2"));
            assertThat(DecimalModel.objects.annotate(Least.of("n1", "n2").as("least"))
                    .filter("least", new BigDecimal("1.1")).fetch()).extracting(Model::pk).containsExactly(obj.pk());
        });
    }
}
