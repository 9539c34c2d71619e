package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.F;
import io.aksara.Q;
import io.aksara.QuerySet;
import io.aksara.Transaction;
import io.aksara.aggregates.Avg;
import io.aksara.aggregates.Count;
import io.aksara.aggregates.Max;
import io.aksara.aggregates.Min;
import io.aksara.aggregates.StdDev;
import io.aksara.aggregates.Sum;
import io.aksara.aggregates.Variance;
import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.expr.Case;
import io.aksara.expr.Exists;
import io.aksara.expr.OuterRef;
import io.aksara.expr.Subquery;
import io.aksara.expr.Value;
import io.aksara.expr.When;
import io.aksara.expr.Window;
import io.aksara.functions.Cast;
import io.aksara.functions.Coalesce;
import io.aksara.functions.Concat;
import io.aksara.functions.DenseRank;
import io.aksara.functions.Extract;
import io.aksara.functions.FirstValue;
import io.aksara.functions.Greatest;
import io.aksara.functions.Lag;
import io.aksara.functions.Lead;
import io.aksara.functions.Least;
import io.aksara.functions.Length;
import io.aksara.functions.Lower;
import io.aksara.functions.Now;
import io.aksara.functions.NullIf;
import io.aksara.functions.Rank;
import io.aksara.functions.Replace;
import io.aksara.functions.RowNumber;
import io.aksara.functions.Substr;
import io.aksara.functions.Trim;
import io.aksara.functions.Trunc;
import io.aksara.functions.Upper;
import io.aksara.it.models.Author;
import io.aksara.it.models.Author_;
import io.aksara.it.models.Book_;
import io.aksara.it.models.Book;
import io.aksara.it.models.Publisher;
import io.aksara.jooq.vendor.Feature;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Aggregates, annotations and the expression language on every database, with the same result
 * types everywhere. The data is seeded once (no test writes) and is small enough that every
 * expected value is worked out by hand below or next to its assertion.
 *
 * <pre>
 * Publishers: Orbit (discount 0.10), Tor (0.25), Ace (0.00, no authors)
 * Authors:    Ann (Orbit), Ben (Tor), Cid (Orbit), Dee (no publisher, no books)
 * Books:      title             author year  price  stock reserved published
 *             "Java Basics"     Ann    2020  29.90  5     2        2024-12-30T23:45:12Z (a Monday)
 *             "Advanced Java"   Ann    2022  49.00  1     3        2023-01-01T00:00+07:00 = 2022-12-31T17:00Z (a Saturday)
 *             "Kotlin in Depth" Ben    2022  39.50  0     0        null   (editor Ann)
 *             "Go Fast"         Cid    2019   9.99  7     7        2019-06-15T08:30Z (a Saturday)
 *
 * Sums:  price 29.90 + 49.00 + 39.50 + 9.99 = 128.39; stock 5 + 1 + 0 + 7 = 13
 * Per author: Ann 2 books (78.90, stock 6), Ben 1 (39.50, stock 0), Cid 1 (9.99, stock 7), Dee 0
 * </pre>
 */
@OnEveryDatabase
class ExpressionSuite {
    @Parameter
    TestDatabase db;

    private static final OffsetDateTime JAVA_BASICS = OffsetDateTime.of(2024, 12, 30, 23, 45, 12, 0, ZoneOffset.UTC);
    private static final OffsetDateTime ADVANCED_JAVA = OffsetDateTime.of(2022, 12, 31, 17, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime GO_FAST = OffsetDateTime.of(2019, 6, 15, 8, 30, 0, 0, ZoneOffset.UTC);

    private MigratedSchema schema;

    @BeforeParameterizedClassInvocation
    void createAndSeed() {
        DatabaseConfig tablesOn = db.config(); // once: each call may name a new database (H2 in memory)
        Aksara.configure(tablesOn);
        // the tables come from a migration, as an application's would
        schema = MigratedSchema.create(tablesOn, Publisher.class, Author.class, Book.class);
        Publisher orbit = Publisher.objects.create("name", "Orbit", "discount", new BigDecimal("0.10"));
        Publisher tor = Publisher.objects.create("name", "Tor", "discount", new BigDecimal("0.25"));
        Publisher.objects.create("name", "Ace", "discount", new BigDecimal("0.00"));
        Author ann = Author.objects.create("name", "Ann", "publisher", orbit);
        Author ben = Author.objects.create("name", "Ben", "publisher", tor);
        Author cid = Author.objects.create("name", "Cid", "publisher", orbit);
        Author.objects.create("name", "Dee");
        Book.objects.create("title", "Java Basics", "author", ann, "year", 2020, "price", new BigDecimal("29.90"),
                "stock", 5, "reserved", 2, "published", JAVA_BASICS);
        Book.objects.create("title", "Advanced Java", "author", ann, "year", 2022, "price", new BigDecimal("49.00"),
                "stock", 1, "reserved", 3, "published", OffsetDateTime.of(2023, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(7)));
        Book.objects.create("title", "Kotlin in Depth", "author", ben, "year", 2022, "price", new BigDecimal("39.50"),
                "editor", ann);
        Book.objects.create("title", "Go Fast", "author", cid, "year", 2019, "price", new BigDecimal("9.99"),
                "stock", 7, "reserved", 7, "published", GO_FAST);
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema == null) {
            return; // the database was not available: the suite was skipped or failed in setup
        }
        schema.drop();
        Aksara.close();
    }

    // ------------------------------------------------------------------ aggregate() and result types

    @Test
    void aggregateGivesDjangoNamesAndTheSameTypesEverywhere() {
        Map<String, Object> r = Book.objects.aggregate(Count.of("id"), Sum.of("stock"), Avg.of("stock"), Sum.of("price"),
                Avg.of("price"), Min.of("price"), Max.of("price"), Avg.of("year"), Max.of("year"),
                Min.of("published"), Max.of("published"), Count.of("published"), Max.of("title"));
        assertThat(r.keySet()).containsExactly("id__count", "stock__sum", "stock__avg", "price__sum", "price__avg",
                "price__min", "price__max", "year__avg", "year__max", "published__min", "published__max",
                "published__count", "title__max");
        assertThat(r.get("id__count")).isEqualTo(4L);
        assertThat(r.get("stock__sum")).isEqualTo(13L);                           // 5 + 1 + 0 + 7, a Long
        assertThat(r.get("stock__avg")).isEqualTo(3.25);                          // 13 / 4, a Double
        assertThat(r.get("price__sum")).isEqualTo(new BigDecimal("128.39"));       // the column's 2 places
        assertThat(r.get("price__avg")).isEqualTo(new BigDecimal("32.097500"));    // 128.39 / 4, 2 + 4 places
        assertThat(r.get("price__min")).isEqualTo(new BigDecimal("9.99"));
        assertThat(r.get("price__max")).isEqualTo(new BigDecimal("49.00"));
        assertThat(r.get("year__avg")).isEqualTo(2020.75);                        // 8083 / 4
        assertThat(r.get("year__max")).isEqualTo(2022);                           // an Integer, the column's type
        assertThat(r.get("published__min")).isEqualTo(GO_FAST);                  // in UTC
        assertThat(r.get("published__max")).isEqualTo(JAVA_BASICS);
        assertThat(r.get("published__count")).isEqualTo(3L);                     // NULLs are not counted
        assertThat(r.get("title__max")).isEqualTo("Kotlin in Depth");
    }

    @Test
    void explicitNamesDistinctFilterAndDefault() {
        Map<String, Object> r = Book.objects.aggregate(Count.all().as("n"), Count.of("author").distinct().as("authors"),
                Sum.of("stock").filter("year", 2022).as("stock2022"),              // 1 + 0
                Count.all().filter(Q.of("price__gt", 30)).as("dear"),              // 49.00, 39.50
                Sum.of("price").filter("year", 1999).as("none"),
                Sum.of("price").filter("year", 1999).defaultValue(0).as("zero"),
                Avg.of("stock").distinct().as("distinctStock"));                   // (5 + 1 + 0 + 7) / 4: all distinct
        assertThat(r).containsEntry("n", 4L).containsEntry("authors", 3L).containsEntry("stock2022", 1L)
                .containsEntry("dear", 2L).containsEntry("none", null).containsEntry("distinctStock", 3.25);
        assertThat(r.get("zero")).isEqualTo(new BigDecimal("0.00"));
        assertThat(Book.objects.aggregate("total", Sum.of("price"), "most", Max.of("stock")))
                .containsExactly(Map.entry("total", new BigDecimal("128.39")), Map.entry("most", 7));
    }

    @Test
    void standardDeviationAndVarianceAreDoubles() {
        db.assumeFeature(Feature.STATISTICAL_AGGREGATES);
        // stock 5, 1, 0, 7: mean 3.25, squared deviations 3.0625 + 5.0625 + 10.5625 + 14.0625 = 32.75
        Map<String, Object> r = Book.objects.aggregate(StdDev.of("stock"), Variance.of("stock"),
                StdDev.of("stock").sample().as("sampleSd"), Variance.of("stock").sample().as("sampleVar"),
                StdDev.of("price").as("priceSd"));
        assertThat((Double) r.get("stock__variance")).isCloseTo(8.1875, within(1e-9));        // 32.75 / 4
        assertThat((Double) r.get("stock__stddev")).isCloseTo(Math.sqrt(8.1875), within(1e-9));
        assertThat((Double) r.get("sampleVar")).isCloseTo(32.75 / 3, within(1e-9));
        assertThat((Double) r.get("sampleSd")).isCloseTo(Math.sqrt(32.75 / 3), within(1e-9));
        assertThat(r.get("priceSd")).isInstanceOf(Double.class);
    }

    @Test
    void aggregatesOverNoRows() {
        Map<String, Object> r = Book.objects.filter("year", 1999).aggregate(Count.of("id"), Sum.of("stock"), Avg.of("price"),
                Max.of("published"), Sum.of("stock").defaultValue(0).as("zero"));
        assertThat(r).containsEntry("id__count", 0L).containsEntry("stock__sum", null).containsEntry("price__avg", null)
                .containsEntry("published__max", null).containsEntry("zero", 0L);
        // none() answers without SQL, with the same values
        assertThat(Book.objects.none().aggregate(Count.of("id"), Sum.of("stock").defaultValue(0).as("zero"), Avg.of("price")))
                .containsEntry("id__count", 0L).containsEntry("zero", 0L).containsEntry("price__avg", null);
    }

    @Test
    void aggregateAcrossRelations() {
        // LEFT JOIN books: Ann's two books, Ben's, Cid's, and Dee's NULL row, which COUNT skips
        assertThat(Author.objects.aggregate(Count.of("books"))).containsEntry("books__count", 4L);
        // through two to-many steps: every book of every publisher's authors
        assertThat(Publisher.objects.aggregate(Avg.of("authors__books__price")))
                .containsEntry("authors__books__price__avg", new BigDecimal("32.097500"));
        // to-one: the largest author name among the books; the typed metamodel path names the same column
        assertThat(Book.objects.aggregate(Max.of("author__name"))).containsEntry("author__name__max", "Cid");
        assertThat(Book.objects.aggregate(Max.of(F.of(Book_.author.then(Author_.name))), Sum.of(F.of(Book_.stock))))
                .containsEntry("author__name__max", "Cid").containsEntry("stock__sum", 13L);
        // a filter on the aggregated relation restricts the rows aggregated: 49.00 + 39.50
        assertThat(Author.objects.filter("books__year", 2022).aggregate(Sum.of("books__price")))
                .containsEntry("books__price__sum", new BigDecimal("88.50"));
        // conditional aggregation: the Case sees the joined book; 2022 books are Advanced Java and Kotlin
        assertThat(Author.objects.aggregate(Sum.of(Case.of(When.of("books__year", 2022, 1)).otherwise(0)).as("recent")))
                .containsEntry("recent", 2L);
    }

    @Test
    void aggregateOverAnnotatedSlicedAndDistinctQuerySets() {
        // books per author: 2, 1, 1, 0
        Map<String, Object> r = Author.objects.annotate(Count.of("books").as("n"))
                .aggregate(Avg.of("n"), Max.of("n"), Sum.of("n"), Count.all().filter("n__gte", 1).as("withBooks"));
        assertThat(r).containsEntry("n__avg", 1.0).containsEntry("n__max", 2L).containsEntry("n__sum", 4L)
                .containsEntry("withBooks", 3L);
        // the two cheapest books: 9.99 + 29.90
        assertThat(Book.objects.orderBy("price").limit(2).aggregate(Sum.of("price")))
                .containsEntry("price__sum", new BigDecimal("39.89"));
        assertThat(Book.objects.filter("year__gte", 2020).distinct().aggregate(Count.of("id")))
                .containsEntry("id__count", 3L);
        // grouped rows: years 2019, 2020, 2022 with 1, 1, 2 books; on average 4 / 3 per year
        assertThat((Double) Book.objects.values("year").annotate(Count.of("id").as("n")).aggregate(Avg.of("n")).get("n__avg"))
                .isCloseTo(4.0 / 3, within(1e-9));
    }

    // ------------------------------------------------------------------ annotate()

    @Test
    void annotateAddsTypedValuesToInstances() {
        List<Author> authors = Author.objects.annotate(Count.of("books"), Sum.of("books__price").as("spent"),
                Avg.of("books__price"), Max.of("books__published").as("latest")).orderBy("name").fetch();
        assertThat(names(authors)).containsExactly("Ann", "Ben", "Cid", "Dee");
        assertThat(authors.stream().map(a -> a.annotation("books__count", Long.class))).containsExactly(2L, 1L, 1L, 0L);
        assertThat(authors.stream().map(a -> a.annotation("spent", BigDecimal.class)))
                .containsExactly(new BigDecimal("78.90"), new BigDecimal("39.50"), new BigDecimal("9.99"), null);
        assertThat(authors.stream().map(a -> a.annotation("books__price__avg", BigDecimal.class)))
                .containsExactly(new BigDecimal("39.450000"), new BigDecimal("39.500000"), new BigDecimal("9.990000"), null);
        assertThat(authors.stream().map(a -> a.annotation("latest", OffsetDateTime.class)))
                .containsExactly(JAVA_BASICS, null, GO_FAST, null);
        Author ann = authors.getFirst();
        assertThat(ann.annotations()).containsOnlyKeys("books__count", "spent", "books__price__avg", "latest");
        assertThatThrownBy(() -> ann.annotation("books__count", Integer.class)).isInstanceOf(FieldError.class)
                .hasMessageContaining("is a Long (2), not a Integer");
        assertThatThrownBy(() -> ann.annotation("nope", Long.class)).isInstanceOf(FieldError.class)
                .hasMessageContaining("has no annotation 'nope'");
    }

    @Test
    void havingOrderingAndCountOverAnnotations() {
        QuerySet<Author> counted = Author.objects.annotate(Count.of("books").as("n"));
        assertThat(names(counted.filter("n__gte", 2).orderBy("name").fetch())).containsExactly("Ann");
        assertThat(names(counted.filter("n", 0).fetch())).containsExactly("Dee");
        assertThat(names(counted.exclude("n", 1).orderBy("name").fetch())).containsExactly("Ann", "Dee");
        // HAVING and WHERE in one call: books >= 1 and a name after "B"
        assertThat(names(counted.filter("n__gte", 1, "name__gt", "B").orderBy("name").fetch())).containsExactly("Ben", "Cid");
        assertThat(names(counted.orderBy("-n", "name").fetch())).containsExactly("Ann", "Ben", "Cid", "Dee");
        assertThat(counted.count()).isEqualTo(4);
        assertThat(counted.filter("n__gte", 1).count()).isEqualTo(3);
        assertThat(counted.filter("n__gte", 1).exists()).isTrue();
        assertThat(counted.filter("n__gt", 5).exists()).isFalse();
        // alias: usable, not read back
        List<Author> aliased = Author.objects.alias("n", Count.of("books")).filter("n", 1).orderBy("name").fetch();
        assertThat(names(aliased)).containsExactly("Ben", "Cid");
        assertThat(aliased.getFirst().annotations()).isEmpty();
        // an annotation computed from another: 2 books * 10
        assertThat(counted.annotate(F.of("n").times(10).as("n10")).get("name", "Ann").annotation("n10", Long.class))
                .isEqualTo(20L);
    }

    @Test
    void filterBeforeAnnotateRestrictsTheRowsAggregated() {
        // before: only the 2022 books are joined, so each author counts their 2022 books (Ann 1, Ben 1)
        List<Author> before = Author.objects.filter("books__year", 2022).annotate(Count.of("books").as("n"))
                .orderBy("name").fetch();
        assertThat(names(before)).containsExactly("Ann", "Ben");
        assertThat(before.stream().map(a -> a.annotation("n", Long.class))).containsExactly(1L, 1L);
        // after: a separate condition on the author; the count is of all their books (Ann 2, Ben 1)
        List<Author> after = Author.objects.annotate(Count.of("books").as("n")).filter("books__year", 2022)
                .orderBy("name").fetch();
        assertThat(names(after)).containsExactly("Ann", "Ben");
        assertThat(after.stream().map(a -> a.annotation("n", Long.class))).containsExactly(2L, 1L);
        // the aggregate's own filter: books over 20 (Ann 29.90 and 49.00, Ben 39.50)
        List<Author> dear = Author.objects.annotate(Count.of("books").filter("books__price__gt", 20).as("dear"))
                .orderBy("name").fetch();
        assertThat(dear.stream().map(a -> a.annotation("dear", Long.class))).containsExactly(2L, 1L, 0L, 0L);
    }

    @Test
    void aggregatesThroughSeveralRelations() {
        // Orbit: Ann's 2 books + Cid's 1 = 3, stock 5 + 1 + 7 = 13; Tor: Kotlin, stock 0; Ace: nothing
        List<Publisher> publishers = Publisher.objects.annotate(Count.of("authors__books").as("books"),
                Sum.of("authors__books__stock").as("stock"), Count.of("authors").distinct().as("authorCount"))
                .orderBy("name").fetch();
        assertThat(publishers.stream().map(p -> p.name)).containsExactly("Ace", "Orbit", "Tor");
        assertThat(publishers.stream().map(p -> p.annotation("books", Long.class))).containsExactly(0L, 3L, 1L);
        assertThat(publishers.stream().map(p -> p.annotation("stock", Long.class))).containsExactly(null, 13L, 0L);
        assertThat(publishers.stream().map(p -> p.annotation("authorCount", Long.class))).containsExactly(0L, 2L, 1L);
    }

    @Test
    void valuesThenAnnotateGroups() {
        List<Map<String, Object>> byAuthor = Book.objects.values("author__name")
                .annotate(Count.of("id").as("n"), Sum.of("stock")).orderBy("author__name").fetch();
        assertThat(byAuthor).containsExactly(row("author__name", "Ann", "n", 2L, "stock__sum", 6L),
                row("author__name", "Ben", "n", 1L, "stock__sum", 0L),
                row("author__name", "Cid", "n", 1L, "stock__sum", 7L));
        // Orbit: 29.90 + 49.00 + 9.99 = 88.89; Tor: 39.50
        assertThat(Book.objects.values("author__publisher__name").annotate(Sum.of("price").as("total"))
                .orderBy("-total").fetch())
                .containsExactly(row("author__publisher__name", "Orbit", "total", new BigDecimal("88.89")),
                        row("author__publisher__name", "Tor", "total", new BigDecimal("39.50")));
        var byYear = Book.objects.values("year").annotate(Count.of("id").as("n"));
        assertThat(byYear.orderBy("year").fetch()).containsExactly(row("year", 2019, "n", 1L), row("year", 2020, "n", 1L),
                row("year", 2022, "n", 2L));
        assertThat(byYear.filter("n__gt", 1).fetch()).containsExactly(row("year", 2022, "n", 2L));
        assertThat(byYear.count()).isEqualTo(3);
        assertThat(byYear.filter("n__gt", 1).count()).isEqualTo(1);
        assertThat(Book.objects.valuesList("year").annotate(Count.of("id").as("n")).orderBy("-n", "year").first())
                .contains(List.of(2022, 2L));
        // Django's annotate(x).values("x").annotate(Count): grouped by a computed value (cheap 1, fair 2, dear 1)
        assertThat(Book.objects.annotate(Case.of(When.of("price__lt", 20, "cheap"), When.of("price__lt", 40, "fair"))
                .otherwise("dear").as("band")).values("band").annotate(Count.of("id").as("n")).orderBy("band").fetch())
                .containsExactly(row("band", "cheap", "n", 1L), row("band", "dear", "n", 1L), row("band", "fair", "n", 2L));
        var twoBands = Book.objects.annotate(Case.of(When.of("price__lt", 20, "cheap")).otherwise("other").as("band"))
                .values("band").annotate(Count.of("id").as("n"));
        assertThat(twoBands.count()).isEqualTo(2);
        assertThat(twoBands.aggregate(Max.of("n"))).containsEntry("n__max", 3L);              // 3 books are not cheap
        // a computed value beside an aggregate is grouped too (books per author, and whether it is Ann)
        assertThat(Author.objects.annotate(Count.of("books").as("n"), Case.of(When.of("name", "Ann", "yes")).otherwise("no")
                .as("isAnn")).orderBy("-n", "name").valuesList("name", "n", "isAnn").first())
                .contains(List.of("Ann", 2L, "yes"));
        // an ordering on other columns is dropped by grouping; one across a foreign key is grouped too
        assertThat(Book.objects.orderBy("title").values("year").annotate(Count.of("id").as("n")).fetch()).hasSize(3);
        assertThat(names(Author.objects.annotate(Count.of("books").as("n")).orderBy("publisher__name", "name").fetch()))
                .hasSize(4);
        // annotate() then values(): still one row per author, annotations by name
        assertThat(Author.objects.annotate(Count.of("books").as("n")).values("name", "n").orderBy("name").fetch())
                .containsExactly(row("name", "Ann", "n", 2L), row("name", "Ben", "n", 1L), row("name", "Cid", "n", 1L),
                        row("name", "Dee", "n", 0L));
    }

    // ------------------------------------------------------------------ expressions

    @Test
    void caseWhen() {
        // 49.00 dear, 9.99 cheap, 29.90 fair, 39.50 fair
        assertThat(pairs(Book.objects.annotate(Case.of(When.of("price__lt", 20, "cheap"), When.of("price__lt", 40, "fair"))
                .otherwise("dear").as("band")), "band"))
                .containsExactly("Advanced Java=dear", "Go Fast=cheap", "Java Basics=fair", "Kotlin in Depth=fair");
        // no otherwise: NULL; a column as the value
        assertThat(pairs(Book.objects.annotate(Case.of(When.of(Q.of("stock__gt", 4), F.of("stock"))).as("many")), "many"))
                .containsExactly("Advanced Java=null", "Go Fast=7", "Java Basics=5", "Kotlin in Depth=null");
        assertThat(titles(Book.objects.alias("band", Case.of(When.of("year__lt", 2021, "old")).otherwise("new"))
                .filter("band", "old"))).containsExactly("Go Fast", "Java Basics");
    }

    @Test
    void comparisonFunctions() {
        assertThat(pairs(Book.objects.annotate(Coalesce.of("editor__name", Value.of("-")).as("ed")), "ed"))
                .containsExactly("Advanced Java=-", "Go Fast=-", "Java Basics=-", "Kotlin in Depth=Ann");
        assertThat(pairs(Book.objects.annotate(Coalesce.of("published", Value.of(GO_FAST)).as("when")), "when"))
                .contains("Kotlin in Depth=" + GO_FAST);
        // stock/reserved: 5/2, 1/3, 0/0, 7/7
        assertThat(pairs(Book.objects.annotate(Greatest.of("stock", "reserved").as("g")), "g"))
                .containsExactly("Advanced Java=3", "Go Fast=7", "Java Basics=5", "Kotlin in Depth=0");
        assertThat(pairs(Book.objects.annotate(Least.of("stock", "reserved", 4).as("l")), "l"))
                .containsExactly("Advanced Java=1", "Go Fast=4", "Java Basics=2", "Kotlin in Depth=0");
        assertThat(pairs(Book.objects.annotate(NullIf.of("stock", 0).as("s")), "s"))
                .containsExactly("Advanced Java=1", "Go Fast=7", "Java Basics=5", "Kotlin in Depth=null");
    }

    @Test
    void textFunctions() {
        Book go = Book.objects.annotate(Lower.of("title").as("low"), Upper.of("title").as("up"), Length.of("title").as("len"),
                Concat.of("title", Value.of(" by "), "author__name").as("label"),
                Concat.of("title", Value.of("/"), "editor__name", Value.of("/"), "year").as("withNull"),
                Substr.of("title", 1, 4).as("head"), Substr.of("title", 4).as("tail"),
                Trim.of(Concat.of(Value.of("  "), "title", Value.of("  "))).as("trimmed"),
                Trim.left(Concat.of(Value.of("  "), "title", Value.of("  "))).as("ltrimmed"),
                Replace.of("title", "Fast", "Slow").as("replaced")).get("title", "Go Fast");
        assertThat(go.annotations()).containsEntry("low", "go fast").containsEntry("up", "GO FAST").containsEntry("len", 7)
                .containsEntry("label", "Go Fast by Cid").containsEntry("withNull", "Go Fast//2019")
                .containsEntry("head", "Go F").containsEntry("tail", "Fast").containsEntry("trimmed", "Go Fast")
                .containsEntry("ltrimmed", "Go Fast  ").containsEntry("replaced", "Go Slow");
        assertThat(titles(Book.objects.alias("low", Lower.of("title")).filter("low__startswith", "java")))
                .containsExactly("Java Basics");
        assertThat(Book.objects.annotate(Length.of("title").as("len")).orderBy("-len", "title")
                .valuesList("title", String.class).first()).contains("Kotlin in Depth");
    }

    @Test
    void dateFunctions() {
        assertThat(pairs(Book.objects.annotate(Extract.of("published", "year").as("y")), "y"))
                .containsExactly("Advanced Java=2022", "Go Fast=2019", "Java Basics=2024", "Kotlin in Depth=null");
        // 30 Dec 2024 is in ISO year 2025; 31 Dec 2022 (a Saturday) in ISO year 2022
        assertThat(pairs(Book.objects.annotate(Extract.of("published", "iso_year").as("y")), "y"))
                .containsExactly("Advanced Java=2022", "Go Fast=2019", "Java Basics=2025", "Kotlin in Depth=null");
        assertThat(Book.objects.annotate(Trunc.of("published", "month").as("m"), Trunc.of("published", "quarter").as("q"),
                Trunc.of("published", "week").as("w"), Trunc.of("published", "day").as("d"),
                Trunc.of("published", "hour").as("h"), Trunc.of("published", "year").as("y"))
                .get("title", "Java Basics").annotations())
                .containsEntry("m", utc(2024, 12, 1, 0, 0)).containsEntry("q", utc(2024, 10, 1, 0, 0))
                .containsEntry("w", utc(2024, 12, 30, 0, 0)).containsEntry("d", utc(2024, 12, 30, 0, 0))
                .containsEntry("h", utc(2024, 12, 30, 23, 0)).containsEntry("y", utc(2024, 1, 1, 0, 0));
        // 2022-12-31T17:00Z, a Saturday: its week starts on Monday the 26th
        assertThat(Book.objects.annotate(Trunc.of("published", "week").as("w"), Trunc.of("published", "minute").as("min"))
                .get("title", "Advanced Java").annotations())
                .containsEntry("w", utc(2022, 12, 26, 0, 0)).containsEntry("min", utc(2022, 12, 31, 17, 0));
        // a date truncated stays a date
        assertThat(Book.objects.annotate(Trunc.of(Cast.of("published", LocalDate.class), "month").as("m"))
                .get("title", "Go Fast").annotation("m", LocalDate.class)).isEqualTo(LocalDate.of(2019, 6, 1));
        OffsetDateTime now = Book.objects.annotate(Now.of().as("now")).get("title", "Go Fast").annotation("now", OffsetDateTime.class);
        assertThat(now.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(java.time.Duration.between(now, OffsetDateTime.now(ZoneOffset.UTC)).abs().toMinutes()).isLessThan(5);
        assertThat(Book.objects.filter("published__lt", Now.of()).count()).isEqualTo(3);
    }

    @Test
    void castAndArithmetic() {
        Book basics = Book.objects.annotate(Cast.of("year", String.class).as("s"), Cast.toDecimal("stock", 6, 2).as("d"),
                Cast.of("stock", Double.class).as("f"), Cast.of("stock", Long.class).as("l"),
                F.of("price").times(F.of("stock")).as("value"), F.of("stock").div(2).as("half"),
                F.of("stock").plus(F.of("reserved")).as("sum")).get("title", "Java Basics");
        assertThat(basics.annotations()).containsEntry("s", "2020").containsEntry("d", new BigDecimal("5.00"))
                .containsEntry("f", 5.0).containsEntry("l", 5L)
                .containsEntry("value", new BigDecimal("149.50"))     // 29.90 * 5
                .containsEntry("half", 2)                             // 5 / 2, integer division everywhere
                .containsEntry("sum", 7);
        assertThat(Book.objects.annotate(F.of("stock").div(2).as("half")).get("title", "Go Fast").annotation("half", Integer.class))
                .isEqualTo(3);                                        // 7 / 2
    }

    @Test
    void subqueriesWithOuterRef() {
        // each author's newest book (by year, then title)
        QuerySet<Book> newest = Book.objects.filter("author", OuterRef.of("pk")).orderBy("-year", "title");
        assertThat(Author.objects.annotate(Subquery.of(newest, "title").as("newest")).orderBy("name")
                .valuesList("name", "newest").fetch())
                .containsExactly(List.of("Ann", "Advanced Java"), List.of("Ben", "Kotlin in Depth"), List.of("Cid", "Go Fast"),
                        Arrays.asList("Dee", null));
        // an aggregate per outer row (Django's values().annotate() subquery idiom): stock 6, 0, 7, none
        var stockPerAuthor = Book.objects.filter("author", OuterRef.of("pk")).values("author").annotate(Sum.of("stock").as("s"));
        assertThat(Author.objects.annotate(Subquery.of(stockPerAuthor, "s").as("stock")).orderBy("name")
                .valuesList("stock", Long.class).fetch()).containsExactly(6L, 0L, 7L, null);
        // the same model inside and out: books by the same author (2, 2, 1, 1)
        var sameAuthor = Book.objects.filter("author", OuterRef.of("author")).values("author").annotate(Count.of("id").as("c"));
        assertThat(pairs(Book.objects.annotate(Subquery.of(sameAuthor, "c").as("c")), "c"))
                .containsExactly("Advanced Java=2", "Go Fast=1", "Java Basics=2", "Kotlin in Depth=1");
        // in a filter: the dearest book of each author
        QuerySet<Book> dearest = Book.objects.filter("author", OuterRef.of("author")).orderBy("-price");
        assertThat(titles(Book.objects.filter("price", Subquery.of(dearest, "price"))))
                .containsExactly("Advanced Java", "Go Fast", "Kotlin in Depth");
    }

    @Test
    void existsInFilterAndAnnotate() {
        Exists dear = Exists.of(Book.objects.filter("author", OuterRef.of("pk"), "price__gt", 40));
        assertThat(names(Author.objects.filter(dear).fetch())).containsExactly("Ann");
        assertThat(names(Author.objects.exclude(dear).orderBy("name").fetch())).containsExactly("Ben", "Cid", "Dee");
        assertThat(Author.objects.annotate(dear.as("hasDear")).orderBy("name").valuesList("hasDear", Boolean.class).fetch())
                .containsExactly(true, false, false, false);
        // authors who edit a book written by someone else
        Exists edits = Exists.of(Book.objects.filter("editor", OuterRef.of("pk")).exclude("author", OuterRef.of("pk")));
        assertThat(names(Author.objects.filter(edits).fetch())).containsExactly("Ann");
    }

    @Test
    void windowFunctions() {
        // per author by price, descending: Ann's Advanced Java (49.00) then Java Basics (29.90)
        assertThat(pairs(Book.objects.annotate(Window.of(RowNumber.of()).partitionBy("author").orderBy("-price").as("rn")), "rn"))
                .containsExactly("Advanced Java=1", "Go Fast=1", "Java Basics=2", "Kotlin in Depth=1");
        // by year, descending: 2022, 2022, 2020, 2019
        assertThat(pairs(Book.objects.annotate(Window.of(Rank.of()).orderBy("-year").as("r"),
                Window.of(DenseRank.of()).orderBy("-year").as("d")), "r", "d"))
                .containsExactly("Advanced Java=1/1", "Go Fast=4/3", "Java Basics=3/2", "Kotlin in Depth=1/1");
        // by price: Go 9.99, Java Basics 29.90, Kotlin 39.50, Advanced 49.00
        assertThat(pairs(Book.objects.annotate(Window.of(Lag.of("price")).orderBy("price").as("prev"),
                Window.of(Lead.of("price")).orderBy("price").as("next")), "prev", "next"))
                .containsExactly("Advanced Java=39.50/null", "Go Fast=null/29.90", "Java Basics=9.99/39.50",
                        "Kotlin in Depth=29.90/49.00");
        // stock by price, one row back, 0 before the first: Go 0, Java Basics 7, Kotlin 5, Advanced 0
        assertThat(pairs(Book.objects.annotate(Window.of(Lag.of("stock", 1, 0)).orderBy("price").as("prevStock")), "prevStock"))
                .containsExactly("Advanced Java=0", "Go Fast=0", "Java Basics=7", "Kotlin in Depth=5");
        assertThat(pairs(Book.objects.annotate(Window.of(FirstValue.of("title")).partitionBy("author").orderBy("-price")
                .as("top")), "top"))
                .containsExactly("Advanced Java=Advanced Java", "Go Fast=Go Fast", "Java Basics=Advanced Java",
                        "Kotlin in Depth=Kotlin in Depth");
        // aggregates over a partition keep the aggregate's type: Ann 29.90 + 49.00
        assertThat(pairs(Book.objects.annotate(Window.of(Sum.of("price")).partitionBy("author").as("authorTotal"),
                Window.of(Avg.of("stock")).as("avgStock"), Window.of(Count.all()).partitionBy("year").as("sameYear")),
                "authorTotal", "avgStock", "sameYear"))
                .containsExactly("Advanced Java=78.90/3.25/2", "Go Fast=9.99/3.25/1", "Java Basics=78.90/3.25/1",
                        "Kotlin in Depth=39.50/3.25/2");
    }

    @Test
    void expressionsInUpdateAndFilter() {
        // inside a block that rolls back: the seeded data stays as it is for the other tests
        Transaction.atomic(() -> {
            assertThat(Book.objects.filter("title", "Go Fast").update("title", Upper.of("title"))).isEqualTo(1);
            // stock becomes the larger of stock and reserved, plus 1 for books before 2021 (5/2 -> 6, 7/7 -> 8, 1/3 -> 3, 0/0 -> 0)
            Book.objects.all().update("stock", Greatest.of("stock", "reserved")
                    .plus(Case.of(When.of("year__lt", 2021, 1)).otherwise(0)));
            assertThat(pairs(Book.objects.annotate(F.of("stock").as("s")), "s"))
                    .containsExactly("Advanced Java=3", "GO FAST=8", "Java Basics=6", "Kotlin in Depth=0");
            Transaction.setRollback(true);
        });
        assertThat(Book.objects.filter("title", "Go Fast").exists()).isTrue();
        // a function as a lookup value: titles equal to their own lower-case form (none)
        assertThat(Book.objects.filter("title", Lower.of("title")).count()).isZero();
        assertThat(Book.objects.filter("stock__gt", Greatest.of("reserved", 4)).count()).isEqualTo(1);   // Java Basics 5 > 4
    }

    @Test
    void mistakesAreFieldErrorsBeforeSql() {
        assertThatThrownBy(() -> Book.objects.aggregate(Sum.of("title"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("Sum needs numbers; 'title' is a StringField");
        assertThatThrownBy(() -> Book.objects.aggregate(Count.all())).isInstanceOf(FieldError.class)
                .hasMessageContaining("Complex aggregates require an alias");
        assertThatThrownBy(() -> Author.objects.annotate(Count.of("bookz"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("Cannot resolve 'bookz' on Author. Did you mean 'books'?");
        assertThatThrownBy(() -> Author.objects.annotate(Count.of("books").as("name"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("The annotation 'name' conflicts with a field");
        assertThatThrownBy(() -> Author.objects.annotate(Count.of("books").as("n")).filter("m__gt", 1))
                .isInstanceOf(FieldError.class).hasMessageContaining("Cannot resolve 'm' on Author").hasMessageContaining("n");
        assertThatThrownBy(() -> Book.objects.annotate(Window.of(RowNumber.of()).as("rn")).filter("rn", 1))
                .isInstanceOf(FieldError.class).hasMessageContaining("window expression");
        assertThatThrownBy(() -> Author.objects.annotate(Count.of("books").as("n")).filter("n__gt", 1).update("name", "x"))
                .isInstanceOf(AksaraException.class).hasMessageContaining("update() cannot use a filter on an aggregate");
    }

    // ------------------------------------------------------------------ helpers

    private static OffsetDateTime utc(int y, int m, int d, int h, int min) {
        return OffsetDateTime.of(y, m, d, h, min, 0, 0, ZoneOffset.UTC);
    }

    private static List<String> names(List<Author> authors) {
        return authors.stream().map(a -> a.name).toList();
    }

    private static List<String> titles(QuerySet<Book> qs) {
        return qs.orderBy("title").fetch().stream().map(b -> b.title).toList();
    }

    /** "title=value" (or "title=v1/v2") for each book, by title. */
    private static List<String> pairs(QuerySet<Book> qs, String... annotations) {
        List<String> out = new ArrayList<>();
        for (Book b : qs.orderBy("title").fetch()) {
            List<String> values = new ArrayList<>();
            for (String a : annotations) {
                values.add(String.valueOf(b.annotations().get(a)));
            }
            out.add(b.title + "=" + String.join("/", values));
        }
        return out;
    }

    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
