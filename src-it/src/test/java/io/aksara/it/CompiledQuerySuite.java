package io.aksara.it;

import static io.aksara.Param.param;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.BoundQuery;
import io.aksara.CompiledQuery;
import io.aksara.DatabaseConfig;
import io.aksara.Q;
import io.aksara.QueryLog;
import io.aksara.QuerySet;
import io.aksara.aggregates.Count;
import io.aksara.errors.AksaraException;
import io.aksara.errors.DoesNotExist;
import io.aksara.errors.MultipleObjectsReturned;
import io.aksara.errors.ParameterError;
import io.aksara.it.models.Author;
import io.aksara.it.models.Book;
import io.aksara.it.models.Publisher;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Compiled queries: a QuerySet with named parameters, resolved once and run with only the values.
 * Each run returns the rows of its own values, converted as the lookup converts a value given
 * directly, through the same SQL text; a missing, unknown or unusable value is refused before any
 * SQL runs.
 *
 * <pre>
 * books:  "Java Basics"     Ann  2020  29.90  stock 5
 *         "Advanced Java"   Ann  2022  49.00  stock 1
 *         "Kotlin in Depth" Ben  2022  39.50  stock 0
 *         "Go Fast"         Cid  2019   9.99  stock 7
 * </pre>
 */
@OnEveryDatabase
class CompiledQuerySuite {
    @Parameter
    TestDatabase db;

    private static final CompiledQuery<Book> CHEAPER_THAN =
            Book.objects.filter("price__lt", param("max")).orderBy("title").compile();

    private MigratedSchema schema;

    @BeforeParameterizedClassInvocation
    void createAndSeed() {
        DatabaseConfig tablesOn = db.config(); // once: each call may name a new database (H2 in memory)
        Aksara.configure(tablesOn);
        schema = MigratedSchema.create(tablesOn, Publisher.class, Author.class, Book.class);
        Author ann = Author.objects.create("name", "Ann");
        Author ben = Author.objects.create("name", "Ben");
        Author cid = Author.objects.create("name", "Cid");
        Book.objects.create("title", "Java Basics", "author", ann, "year", 2020, "price", new BigDecimal("29.90"), "stock", 5);
        Book.objects.create("title", "Advanced Java", "author", ann, "year", 2022, "price", new BigDecimal("49.00"), "stock", 1);
        Book.objects.create("title", "Kotlin in Depth", "author", ben, "year", 2022, "price", new BigDecimal("39.50"));
        Book.objects.create("title", "Go Fast", "author", cid, "year", 2019, "price", new BigDecimal("9.99"), "stock", 7);
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema == null) {
            return; // the database was not available: the suite was skipped or failed in setup
        }
        schema.drop();
        Aksara.close();
    }

    private static List<String> titles(List<Book> books) {
        return books.stream().map(b -> b.title).toList();
    }

    @Test
    void eachRunReturnsTheRowsOfItsOwnValuesThroughOneStatementText() {
        // a decimal value converted as a direct lookup converts it: 30, 45.5 and 5.0 are prices
        assertThat(titles(CHEAPER_THAN.with("max", 30).fetch())).containsExactly("Go Fast", "Java Basics");
        assertThat(titles(CHEAPER_THAN.with("max", new BigDecimal("45.5")).fetch()))
                .containsExactly("Go Fast", "Java Basics", "Kotlin in Depth");
        assertThat(CHEAPER_THAN.with("max", 5.0).fetch()).isEmpty();

        CompiledQuery<Book> upToYear = Book.objects.filter("year__lte", param("year")).orderBy("year").compile();
        List<List<Book>> runs = new ArrayList<>();
        List<String> sql = QueryLog.capture(() -> {
            runs.add(upToYear.with("year", 2019).fetch());
            runs.add(upToYear.with("year", 2021).fetch());
            runs.add(upToYear.with("year", 2018).fetch());
        });
        assertThat(titles(runs.get(0))).containsExactly("Go Fast");
        assertThat(titles(runs.get(1))).containsExactly("Go Fast", "Java Basics");
        assertThat(runs.get(2)).isEmpty();
        assertThat(sql).hasSize(3).containsOnly(sql.getFirst());
        assertThat(sql.getFirst()).doesNotContain("2019");
    }

    @Test
    void theSameAnswersAsTheQuerySetWrittenWithTheValues() {
        CompiledQuery<Book> byYearAndStock = Book.objects
                .filter(Q.of("year", param("year")).or(Q.of("stock__gte", param("stock"))))
                .exclude("title__icontains", param("word"))
                .orderBy("title")
                .compile();
        assertThat(byYearAndStock.parameters()).containsExactly("year", "stock", "word");
        for (Object[] v : List.of(new Object[] {2022, 5, "kotlin"}, new Object[] {2019, 2, "%"}, new Object[] {2020, 100, "_"})) {
            List<Book> compiled = byYearAndStock.with("year", v[0]).with("stock", v[1]).with("word", v[2]).fetch();
            List<Book> direct = Book.objects.filter(Q.of("year", v[0]).or(Q.of("stock__gte", v[1])))
                    .exclude("title__icontains", v[2]).orderBy("title").fetch();
            assertThat(titles(compiled)).isEqualTo(titles(direct));
        }
        // % and _ in a value match only themselves, as in a direct lookup
        assertThat(titles(byYearAndStock.with(Map.of("year", 2022, "stock", 0, "word", "%")).fetch()))
                .containsExactly("Advanced Java", "Go Fast", "Java Basics", "Kotlin in Depth");
    }

    @Test
    void listsRelationsTransformsAndAnnotationsTakeParametersToo() {
        CompiledQuery<Book> titled = Book.objects.filter("title__in", param("titles")).orderBy("title").compile();
        assertThat(titles(titled.with("titles", List.of("Go Fast", "Java Basics")).fetch())).containsExactly("Go Fast", "Java Basics");
        assertThat(titles(titled.with("titles", List.of("Go Fast", "Nope", "Advanced Java")).fetch()))
                .containsExactly("Advanced Java", "Go Fast");

        CompiledQuery<Book> byAuthor = Book.objects.filter("author", param("author")).orderBy("title").compile();
        Author ann = Author.objects.get("name", "Ann");
        assertThat(titles(byAuthor.with("author", ann).fetch())).containsExactly("Advanced Java", "Java Basics");
        assertThat(titles(byAuthor.with("author", Author.objects.get("name", "Cid").pk()).fetch())).containsExactly("Go Fast");
        assertThat(titles(Book.objects.filter("author__name__startswith", param("p")).orderBy("title").compile()
                .with("p", "B").fetch())).containsExactly("Kotlin in Depth");

        CompiledQuery<Author> prolific = Author.objects.annotate("n", Count.of("books")).filter("n__gte", param("min"))
                .orderBy("name").compile();
        assertThat(prolific.with("min", 2).fetch()).extracting(a -> a.name).containsExactly("Ann");
        assertThat(prolific.with("min", 1).fetch()).extracting(a -> a.name).containsExactly("Ann", "Ben", "Cid");
    }

    @Test
    void getFirstCountAndExistsRunWithTheValues() {
        CompiledQuery<Book> byTitle = Book.objects.filter("title", param("t")).compile();
        assertThat(byTitle.with("t", "Go Fast").get().price).isEqualByComparingTo("9.99");
        assertThatThrownBy(() -> byTitle.with("t", "Missing").get()).isInstanceOf(DoesNotExist.class);
        BoundQuery<Book> cheap = CHEAPER_THAN.with("max", 40);
        assertThat(cheap.count()).isEqualTo(3);
        assertThat(cheap.exists()).isTrue();
        assertThat(cheap.first()).map(b -> b.title).contains("Go Fast");
        assertThat(CHEAPER_THAN.with("max", 1).exists()).isFalse();
        assertThat(cheap.fetchAsync().join()).hasSize(3);
    }

    @Test
    void aMissingUnknownOrUnusableValueIsRefusedBeforeAnySql() {
        CompiledQuery<Book> range = Book.objects.filter("price__gte", param("min"), "price__lt", param("max")).compile();
        List<String> sql = QueryLog.capture(() -> {
            assertThatThrownBy(() -> range.with("min", 10).fetch()).isInstanceOf(ParameterError.class)
                    .hasMessageContaining("'max'").hasMessageContaining("min (price__gte), max (price__lt)");
            assertThatThrownBy(() -> range.with("mni", 10)).isInstanceOf(ParameterError.class)
                    .hasMessageContaining("Unknown parameter 'mni' for Book").hasMessageContaining("min (price__gte)");
            assertThatThrownBy(() -> range.with("min", null).with("max", 5).fetch()).isInstanceOf(ParameterError.class)
                    .hasMessageContaining("'min' (price__gte) is null").hasMessageContaining("__isnull");
            assertThatThrownBy(() -> CHEAPER_THAN.with("max", List.of(1, 2)).fetch()).isInstanceOf(AksaraException.class)
                    .hasMessageContaining("price");
            assertThatThrownBy(() -> range.with("min", "cheap").with("max", 5).fetch()).isInstanceOf(AksaraException.class)
                    .hasMessageContaining("price");
            assertThatThrownBy(() -> range.with("min", param("x"))).isInstanceOf(ParameterError.class);
            // a QuerySet with parameters runs only compiled
            assertThatThrownBy(() -> Book.objects.filter("price__lt", param("max")).fetch()).isInstanceOf(ParameterError.class)
                    .hasMessageContaining("'max' (price__lt) has no value").hasMessageContaining("compile()");
        });
        assertThat(sql).isEmpty();
        assertThatThrownBy(() -> param(" ")).isInstanceOf(ParameterError.class);
    }

    @Test
    void oneCompiledQueryServesManyThreadsAtOnce() throws Exception {
        List<CompletableFuture<Long>> counts = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 40; i++) {
                int max = List.of(5, 10, 30, 40, 50).get(i % 5);
                counts.add(CompletableFuture.supplyAsync(() -> CHEAPER_THAN.with("max", max).count(), threads));
            }
            for (int i = 0; i < counts.size(); i++) {
                assertThat(counts.get(i).get()).isEqualTo(List.of(0L, 1L, 2L, 3L, 4L).get(i % 5));
            }
        }
    }

    @Test
    void laterRunsBindIntoTheFirstRunsStatementWithTheSameResults() {
        CompiledQuery<Book> page = Book.objects.filter("year__gte", param("y"), "title__startswith", param("p"))
                .exclude("year", param("y")).filter("stock__lte", 5).orderBy("title").limit(3).compile();
        List<Object[]> values = List.of(new Object[] {2019, "J"}, new Object[] {2019, "%"}, new Object[] {2020, "A"},
                new Object[] {2000, "G"}, new Object[] {2019, "_"}, new Object[] {2019, ""});
        List<String> sql = QueryLog.capture(() -> {
            for (Object[] v : values) {
                List<Book> direct = Book.objects.filter("year__gte", v[0], "title__startswith", v[1]).exclude("year", v[0])
                        .filter("stock__lte", 5).orderBy("title").limit(3).fetch();
                assertThat(titles(page.with("y", v[0]).with("p", v[1]).fetch())).isEqualTo(titles(direct));
            }
        });
        assertThat(sql).hasSize(2 * values.size()).containsOnly(sql.getFirst()); // one statement text, run twice per value
        BoundQuery<Book> run = page.with("y", 2019).with("p", "J");
        // the backend keeps the first run's plan for the next runs (this shape has no decimal, so on H2 too)
        assertThat(Aksara.backend().compiledRows(run.querySet().query(), page.querySet().query())).isNotNull();

        CompiledQuery<Book> byTitle = Book.objects.filter("title", param("t")).compile();
        assertThat(byTitle.with("t", "Go Fast").get().year).isEqualTo(2019);
        assertThat(byTitle.with("t", "Java Basics").get().year).isEqualTo(2020);
        assertThatThrownBy(() -> byTitle.with("t", "Missing").get()).isInstanceOf(DoesNotExist.class)
                .hasMessageContaining("Missing");
        CompiledQuery<Book> byYear = Book.objects.filter("year", param("y")).compile();
        assertThat(byYear.with("y", 2019).get().title).isEqualTo("Go Fast");
        assertThatThrownBy(() -> byYear.with("y", 2022).get()).isInstanceOf(MultipleObjectsReturned.class);
    }

    @Test
    void anInListKeepsItsStatementForListsOfAnySizeAndAnEmptyOneMatchesNothing() {
        List<Object> ids = Book.objects.orderBy("title").fetch().stream().map(b -> b.pk()).toList();
        CompiledQuery<Book> byIds = Book.objects.filter("pk__in", param("ids")).orderBy("title").compile();
        // sizes 1 and 2 are other immutable list classes than 3 and more; an Integer id converts as given directly
        List<List<Object>> runs = List.of(ids.subList(0, 3), ids.subList(1, 2), ids.subList(0, 2), List.of(),
                ids, List.of(ids.get(3), ids.get(0)), List.of(((Number) ids.get(2)).intValue()), ids.subList(2, 4));
        for (List<Object> run : runs) {
            List<String> direct = titles(Book.objects.filter("pk__in", run).orderBy("title").fetch());
            assertThat(titles(byIds.with("ids", run).fetch())).isEqualTo(direct);
            assertThat(byIds.with("ids", run).count()).isEqualTo(direct.size());
        }
        assertThat(titles(byIds.with("ids", List.of(ids.get(1))).fetch())).hasSize(1);
    }

    @Test
    void firstCountAndExistsKeepTheirFirstRunsStatementWithTheSameAnswers() {
        CompiledQuery<Book> upTo = Book.objects.filter("year__lte", param("y")).compile(); // unordered: first() by key
        CompiledQuery<Book> page = Book.objects.filter("year__gte", param("y")).orderBy("-title").slice(1, 3).compile();
        List<String> sql = QueryLog.capture(() -> {
            for (int y : List.of(2019, 2000, 2022, 2020, 2030, 2019)) { // 2000 matches nothing up to, 2030 nothing from
                for (QuerySet<Book> direct : List.of(Book.objects.filter("year__lte", y),
                        Book.objects.filter("year__gte", y).orderBy("-title").slice(1, 3))) {
                    BoundQuery<Book> run = (direct.query().isSliced() ? page : upTo).with("y", y);
                    assertThat(run.count()).isEqualTo(direct.count());
                    assertThat(run.exists()).isEqualTo(direct.exists());
                    assertThat(run.first().map(b -> b.title)).isEqualTo(direct.first().map(b -> b.title));
                }
            }
        });
        assertThat(sql).hasSize(6 * 2 * 6); // every read ran its statement: nothing answered from memory
        assertThat(page.with("y", 2019).count()).isEqualTo(2); // of 4 rows, the slice keeps the 2nd and 3rd
        assertThat(page.with("y", 2022).count()).isEqualTo(1);
        assertThat(page.with("y", 2022).first()).map(b -> b.title).contains("Advanced Java");
        assertThat(upTo.with("y", 2020).first()).map(b -> b.title).contains("Java Basics"); // the lower key of two
        // the backend keeps the first run's plan of each read for the next runs
        QuerySet<Book> ran = upTo.with("y", 2019).querySet();
        assertThat(Aksara.backend().compiledCount(ran.query(), upTo.querySet().query())).isNotNull();
        assertThat(Aksara.backend().compiledExists(ran.query(), upTo.querySet().query())).isNotNull();
    }

    @Test
    void laterRunsStillLoadRelatedRowsAndKeepTheirTimeLimit() {
        CompiledQuery<Author> withBooks = Author.objects.filter("name", param("n")).prefetchRelated("books").compile();
        for (String name : List.of("Ann", "Ben", "Ann")) {
            List<String> sql = new ArrayList<>();
            List<Author> authors = new ArrayList<>();
            sql.addAll(QueryLog.capture(() -> authors.addAll(withBooks.with("n", name).fetch())));
            assertThat(sql).hasSize(2); // the authors, then their books in one query
            assertThat(authors.getFirst().books().fetch()).hasSize(name.equals("Ann") ? 2 : 1);
        }
        CompiledQuery<Book> limited = Book.objects.filter("year", param("y")).orderBy("title")
                .timeout(java.time.Duration.ofSeconds(30)).compile();
        for (int year : List.of(2022, 2019, 2022)) {
            assertThat(limited.with("y", year).fetch()).allMatch(b -> b.year == year).isNotEmpty();
        }
    }
}
