package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.F;
import io.aksara.Q;
import io.aksara.QuerySet;
import io.aksara.errors.FieldError;
import io.aksara.errors.ValidationError;
import io.aksara.it.models.Author;
import io.aksara.it.models.Author_;
import io.aksara.it.models.Book_;
import io.aksara.it.models.Publisher_;
import io.aksara.metamodel.ManyPath;
import io.aksara.it.models.Book;
import io.aksara.it.models.Employee;
import io.aksara.it.models.Order;
import io.aksara.it.models.Order_;
import io.aksara.it.models.Publisher;
import io.aksara.jooq.vendor.Feature;
import io.aksara.jooq.vendor.UnsupportedFeature;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Lookups across relations, F expressions, transforms, regular expressions and subqueries, on
 * every database. The data below is small on purpose: every expected result is worked out by hand.
 *
 * <pre>
 * Publishers: Orbit (discount 0.10), Tor (discount 0.25)
 * Authors:    Ann (Orbit), Ben (Tor), Cid (no publisher)
 * Books:      "Java Basics"     Ann 2020  29.90  stock 5  reserved 2  published 2024-12-30T23:45:12Z (a Monday; ISO year 2025, week 1)
 *             "Advanced Java"   Ann 2022  49.00  stock 1  reserved 3  published 2023-01-01T00:00:00+07:00 (= 2022-12-31T17:00Z, a Saturday)
 *             "Kotlin in Depth" Ben 2022  39.50  stock 0  reserved 0  editor Ann
 *             "Go Fast"         Cid 2019   9.99  stock 7  reserved 7
 * </pre>
 */
@OnEveryDatabase
class QueryLanguageSuite {
    @Parameter
    TestDatabase db;

    private MigratedSchema schema;
    private Author ann;
    private Author ben;
    private Author cid;

    @BeforeParameterizedClassInvocation
    void createTables() {
        DatabaseConfig tablesOn = db.config(); // once: each call may name a new database (H2 in memory)
        Aksara.configure(tablesOn);
        // the tables come from a migration, as an application's would
        schema = MigratedSchema.create(tablesOn, Publisher.class, Author.class, Book.class, Employee.class, Order.class);
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema == null) {
            return; // the database was not available: the suite was skipped or failed in setup
        }
        schema.drop();
        Aksara.close();
    }

    @BeforeEach
    void seed() {
        schema.deleteAllRows();
        Publisher orbit = Publisher.objects.create("name", "Orbit", "discount", new BigDecimal("0.10"));
        Publisher tor = Publisher.objects.create("name", "Tor", "discount", new BigDecimal("0.25"));
        ann = Author.objects.create("name", "Ann", "publisher", orbit);
        ben = Author.objects.create("name", "Ben", "publisher", tor);
        cid = Author.objects.create("name", "Cid");
        Book.objects.create("title", "Java Basics", "author", ann, "year", 2020, "price", new BigDecimal("29.90"),
                "stock", 5, "reserved", 2, "published", OffsetDateTime.of(2024, 12, 30, 23, 45, 12, 0, ZoneOffset.UTC));
        Book.objects.create("title", "Advanced Java", "author", ann, "year", 2022, "price", new BigDecimal("49.00"),
                "stock", 1, "reserved", 3, "published", OffsetDateTime.of(2023, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(7)));
        Book.objects.create("title", "Kotlin in Depth", "author", ben, "year", 2022, "price", new BigDecimal("39.50"),
                "editor", ann);
        Book.objects.create("title", "Go Fast", "author", cid, "year", 2019, "price", new BigDecimal("9.99"),
                "stock", 7, "reserved", 7);
    }

    // ------------------------------------------------------------------ relation paths

    @Test
    void forwardPathsFollowForeignKeys() {
        assertThat(titles(Book.objects.filter("author__name", "Ann"))).containsExactly("Advanced Java", "Java Basics");
        assertThat(titles(Book.objects.filter("author__publisher__name", "Tor"))).containsExactly("Kotlin in Depth");
        assertThat(titles(Book.objects.filter("author__publisher__discount__gte", new BigDecimal("0.10"))))
                .containsExactly("Advanced Java", "Java Basics", "Kotlin in Depth");
        assertThat(titles(Book.objects.filter("author__publisher__isnull", true))).containsExactly("Go Fast");
        assertThat(titles(Book.objects.filter("editor__name", "Ann"))).containsExactly("Kotlin in Depth");
        assertThat(titles(Book.objects.filter("editor__isnull", true))).hasSize(3);
    }

    @Test
    void reversePathsMatchEachParentOnce() {
        // both of Ann's books contain "Java": Ann appears once, not twice
        assertThat(names(Author.objects.filter("books__title__icontains", "java"))).containsExactly("Ann");
        assertThat(Author.objects.filter("books__year", 2022).count()).isEqualTo(2);
        assertThat(names(Author.objects.filter("books__price__lt", 10))).containsExactly("Cid");
        assertThat(names(Publisher.objects.filter("authors__books__title__startswith", "Kotlin"))).containsExactly("Tor");
        assertThat(names(Author.objects.filter("edited__title", "Kotlin in Depth"))).containsExactly("Ann");
    }

    @Test
    void typedPathsFollowRelationsToo() {
        assertThat(titles(Book.objects.filter(Book_.author.then(Author_.name).eq("Ann"))))
                .containsExactly("Advanced Java", "Java Basics");
        assertThat(titles(Book.objects.filter(Book_.author.then(Author_.publisher).then(Publisher_.name).startsWith("T"))))
                .containsExactly("Kotlin in Depth");
        ManyPath<Author, Book> books = ManyPath.of("books");
        assertThat(names(Author.objects.filter(books.then(Book_.year).eq(2019)))).containsExactly("Cid");
        assertThat(names(Author.objects.filter(books.then(Book_.price).lt(40), books.then(Book_.year).gte(2022))))
                .containsExactly("Ben");
        Author.objects.create("name", "Dan");
        assertThat(names(Author.objects.filter(books.isEmpty()))).containsExactly("Dan");
        assertThat(titlesInOrder(Book.objects.orderBy(Book_.author.then(Author_.name).desc(), Book_.title.asc())))
                .containsExactly("Go Fast", "Kotlin in Depth", "Advanced Java", "Java Basics");
    }

    @Test
    void conditionsInOneFilterCallMustHoldForTheSameRelatedRow() {
        // one filter(): a single book must be from 2022 AND cost under 40 -> only Ben's Kotlin book
        assertThat(names(Author.objects.filter("books__year", 2022, "books__price__lt", 40))).containsExactly("Ben");
        // two filter() calls: any book from 2022, and any (possibly other) book under 40 -> Ann too
        assertThat(names(Author.objects.filter("books__year", 2022).filter("books__price__lt", 40)))
                .containsExactly("Ann", "Ben");
    }

    @Test
    void excludeAcrossToManyRemovesParentsWithAnyMatchingChild() {
        assertThat(names(Author.objects.exclude("books__year", 2022))).containsExactly("Cid");
        assertThat(names(Author.objects.filter(Q.of("books__year", 2019).or(Q.of("books__title__contains", "Kotlin")))))
                .containsExactly("Ben", "Cid");
    }

    @Test
    void relationPresenceAndInstances() {
        Author dan = Author.objects.create("name", "Dan");
        assertThat(names(Author.objects.filter("books__isnull", true))).containsExactly("Dan");
        assertThat(names(Author.objects.filter("books__isnull", false))).containsExactly("Ann", "Ben", "Cid");
        assertThat(names(Author.objects.filter("edited__isnull", false))).containsExactly("Ann");
        Book kotlin = Book.objects.get("title", "Kotlin in Depth");
        assertThat(names(Author.objects.filter("books", kotlin))).containsExactly("Ben");
        assertThat(names(Author.objects.filter("books__in", List.of(kotlin, Book.objects.get("title", "Go Fast")))))
                .containsExactly("Ben", "Cid");
        assertThat(dan.books().count()).isZero();
        assertThat(ann.books().filter("year__lt", 2021).count()).isEqualTo(1);
    }

    @Test
    void orderingAcrossForeignKeysKeepsRowsWithoutARelatedRow() {
        assertThat(titlesInOrder(Book.objects.orderBy("author__name", "-year")))
                .containsExactly("Advanced Java", "Java Basics", "Kotlin in Depth", "Go Fast");
        assertThat(titlesInOrder(Book.objects.filter("author__publisher__isnull", false).orderBy("-author__publisher__name", "title")))
                .containsExactly("Kotlin in Depth", "Advanced Java", "Java Basics");
        // a LEFT JOIN: books without an editor are still there (where NULLs sort differs by database)
        assertThat(titlesInOrder(Book.objects.orderBy("editor__name", "title"))).hasSize(4);
        assertThatThrownBy(() -> Author.objects.orderBy("books__title"))
                .isInstanceOf(FieldError.class).hasMessageContaining("crosses a to-many relation");
    }

    @Test
    void selfReferencesWorkBothWays() {
        Employee boss = Employee.objects.create("name", "Boss");
        Employee lead = Employee.objects.create("name", "Lead", "manager", boss);
        Employee.objects.create("name", "Dev", "manager", lead);
        assertThat(Employee.objects.filter("manager__name", "Lead").get().name).isEqualTo("Dev");
        assertThat(Employee.objects.filter("manager__manager__name", "Boss").get().name).isEqualTo("Dev");
        assertThat(Employee.objects.filter("reports__name", "Dev").get().name).isEqualTo("Lead");
        assertThat(Employee.objects.filter("reports__reports__name", "Dev").get().name).isEqualTo("Boss");
        assertThat(Employee.objects.filter("manager__isnull", true).get().name).isEqualTo("Boss");
        assertThat(Employee.objects.filter("reports__isnull", true).get().name).isEqualTo("Dev");
    }

    // ------------------------------------------------------------------ F expressions

    @Test
    void fComparesColumnsOfTheSameRow() {
        assertThat(titles(Book.objects.filter("stock__lt", F.of("reserved")))).containsExactly("Advanced Java");
        assertThat(titles(Book.objects.filter("stock", F.of("reserved")))).containsExactly("Go Fast", "Kotlin in Depth");
        assertThat(titles(Book.objects.filter("stock__lte", F.of("reserved").plus(1))))
                .containsExactly("Advanced Java", "Go Fast", "Kotlin in Depth");
        assertThat(titles(Book.objects.filter("stock__gt", F.of("reserved").times(2)))).containsExactly("Java Basics");
        assertThat(titles(Book.objects.exclude("stock", F.of("reserved")))).containsExactly("Advanced Java", "Java Basics");
    }

    @Test
    void fFollowsForeignKeys() {
        // price > discount * 100: Orbit 10, Tor 25; Cid has no publisher, so NULL, so no match
        assertThat(titles(Book.objects.filter("price__gt", F.of("author__publisher__discount").times(100))))
                .containsExactly("Advanced Java", "Java Basics", "Kotlin in Depth");
        // price < discount * 200: Orbit 20, Tor 50 -> only Kotlin (39.50 < 50)
        assertThat(titles(Book.objects.filter("price__lt", F.of("author__publisher__discount").times(200))))
                .containsExactly("Kotlin in Depth");
    }

    @Test
    void updateWithFLosesNoUpdateAndNeedsNoRead() {
        long n = Book.objects.filter("stock__gt", 0).update("stock", F.of("stock").minus(1), "reserved", F.of("reserved").plus(1));
        assertThat(n).isEqualTo(3);
        assertThat(Book.objects.get("title", "Java Basics").stock).isEqualTo(4);
        assertThat(Book.objects.get("title", "Java Basics").reserved).isEqualTo(3);
        assertThat(Book.objects.get("title", "Kotlin in Depth").stock).isZero();
        Book.objects.filter("author__name", "Cid").update("price", F.of("price").times(2));
        assertThat(Book.objects.get("title", "Go Fast").price).isEqualByComparingTo("19.98");
    }

    @Test
    void badExpressionsFailBeforeSql() {
        assertThatThrownBy(() -> Book.objects.filter("title", F.of("year")))
                .isInstanceOf(FieldError.class).hasMessageContaining("Cannot use F(year)");
        assertThatThrownBy(() -> Author.objects.filter("name", F.of("books__title")))
                .isInstanceOf(FieldError.class).hasMessageContaining("crosses a to-many relation");
        assertThatThrownBy(() -> Book.objects.filter("stock__in", F.of("reserved")))
                .isInstanceOf(FieldError.class).hasMessageContaining("cannot take an expression");
        assertThatThrownBy(() -> Book.objects.filter("stock", F.of("titel")))
                .isInstanceOf(FieldError.class).hasMessageContaining("Did you mean 'title'?");
    }

    // ------------------------------------------------------------------ transforms

    @Test
    void dateTransformsUseUtcAndDjangoNumbering() {
        assertThat(titles(Book.objects.filter("published__year", 2024))).containsExactly("Java Basics");
        assertThat(titles(Book.objects.filter("published__year", 2022))).containsExactly("Advanced Java");
        assertThat(titles(Book.objects.filter("published__iso_year", 2025))).containsExactly("Java Basics");
        assertThat(titles(Book.objects.filter("published__week", 1))).containsExactly("Java Basics");
        assertThat(titles(Book.objects.filter("published__week", 52))).containsExactly("Advanced Java");
        assertThat(titles(Book.objects.filter("published__month", 12))).containsExactly("Advanced Java", "Java Basics");
        assertThat(titles(Book.objects.filter("published__day", 31))).containsExactly("Advanced Java");
        assertThat(titles(Book.objects.filter("published__quarter", 4))).containsExactly("Advanced Java", "Java Basics");
        assertThat(titles(Book.objects.filter("published__week_day", 2))).containsExactly("Java Basics");      // Monday
        assertThat(titles(Book.objects.filter("published__week_day", 7))).containsExactly("Advanced Java");    // Saturday
        assertThat(titles(Book.objects.filter("published__iso_week_day", 1))).containsExactly("Java Basics");
        assertThat(titles(Book.objects.filter("published__iso_week_day", 6))).containsExactly("Advanced Java");
        assertThat(titles(Book.objects.filter("published__hour", 17))).containsExactly("Advanced Java");
        assertThat(titles(Book.objects.filter("published__minute", 45))).containsExactly("Java Basics");
        assertThat(titles(Book.objects.filter("published__second", 12))).containsExactly("Java Basics");
        assertThat(titles(Book.objects.filter("published__date", LocalDate.of(2024, 12, 30)))).containsExactly("Java Basics");
        assertThat(titles(Book.objects.filter("published__time", LocalTime.of(17, 0)))).containsExactly("Advanced Java");
        assertThat(titles(Book.objects.filter("published__year__gte", 2023))).containsExactly("Java Basics");
        assertThat(titles(Book.objects.filter("published__date__range",
                List.of(LocalDate.of(2022, 12, 1), LocalDate.of(2022, 12, 31))))).containsExactly("Advanced Java");
        assertThat(titles(Book.objects.filter("published__year__in", List.of(2020, 2024)))).containsExactly("Java Basics");
        assertThat(titlesInOrder(Book.objects.filter("published__isnull", false).orderBy("-published__hour")))
                .containsExactly("Java Basics", "Advanced Java");
    }

    @Test
    void transformsThatDoNotFitTheFieldAreRejected() {
        assertThatThrownBy(() -> Book.objects.filter("title__year", 2020))
                .isInstanceOf(FieldError.class).hasMessageContaining("Unsupported lookup 'year' for StringField 'title' on Book");
        assertThatThrownBy(() -> Book.objects.filter("published__year__icontains", "20"))
                .isInstanceOf(FieldError.class)
                .hasMessageContaining("Unsupported lookup 'icontains' for IntegerField 'published__year' on Book");
        assertThatThrownBy(() -> Book.objects.filter("published__year", "twenty"))
                .isInstanceOf(FieldError.class).hasMessageContaining("expects an int");
    }

    // ------------------------------------------------------------------ regex and subqueries

    @Test
    void regularExpressions() {
        assertThat(titles(Book.objects.filter("title__regex", "^(Advanced )?Java"))).containsExactly("Advanced Java", "Java Basics");
        assertThat(titles(Book.objects.filter("title__regex", "^java"))).isEmpty();
        assertThat(titles(Book.objects.filter("title__iregex", "^java"))).containsExactly("Java Basics");
        assertThat(titles(Book.objects.filter("title__iregex", "KOTLIN|go"))).containsExactly("Go Fast", "Kotlin in Depth");
        assertThatThrownBy(() -> Book.objects.filter("title__regex", "(unclosed"))
                .isInstanceOf(FieldError.class).hasMessageContaining("Invalid regular expression");
    }

    @Test
    void inTakesAQuerySetAsSubquery() {
        QuerySet<Author> published = Author.objects.filter("publisher__isnull", false);
        assertThat(titles(Book.objects.filter("author__in", published))).containsExactly("Advanced Java", "Java Basics", "Kotlin in Depth");
        assertThat(titles(Book.objects.exclude("author__in", published))).containsExactly("Go Fast");
        // a sliced subquery (LIMIT inside IN needs a derived table on MySQL and MariaDB)
        assertThat(titles(Book.objects.filter("author__in", Author.objects.orderBy("name").limit(1))))
                .containsExactly("Advanced Java", "Java Basics");
        assertThat(names(Author.objects.filter("pk__in", Author.objects.filter("books__year", 2019)))).containsExactly("Cid");
        assertThatThrownBy(() -> Book.objects.filter("author__in", Publisher.objects.all()))
                .isInstanceOf(FieldError.class).hasMessageContaining("needs a QuerySet of Author");
    }

    @Test
    void updateAndDeleteWithRelationFiltersAndSameTableSubqueries() {
        long n = Book.objects.filter("pk__in", Book.objects.filter("title__contains", "Java")).update("stock", 100);
        assertThat(n).isEqualTo(2);
        assertThat(Book.objects.filter("stock", 100).count()).isEqualTo(2);
        assertThat(Book.objects.filter("author__publisher__name", "Tor").delete()).isEqualTo(1);
        assertThat(Book.objects.count()).isEqualTo(3);
        assertThat(Book.objects.filter("pk__in", Book.objects.filter("year__lt", 2020)).delete()).isEqualTo(1);
        assertThat(titles(Book.objects.all())).containsExactly("Advanced Java", "Java Basics");
    }

    @Test
    void unknownNamesOnRelatedModelsSuggestAndListRelations() {
        assertThatThrownBy(() -> Book.objects.filter("author__nme", "Ann"))
                .isInstanceOf(FieldError.class)
                .hasMessageContaining("Cannot resolve 'nme' on Author. Did you mean 'name'?");
        assertThatThrownBy(() -> Author.objects.filter("bokks__title", "x"))
                .isInstanceOf(FieldError.class)
                .hasMessageContaining("Did you mean 'books'?")
                .hasMessageContaining("Choices: id, name, publisher, books, edited");
    }

    // ------------------------------------------------------------------ JSON documents

    private void seedOrders() {
        Order.objects.create("code", "A1", "data", java.util.Map.of("owner", java.util.Map.of("email", "ann@example.com", "name", "Ann Lee"),
                "score", 12, "active", true));
        Order.objects.create("code", "B2", "data", java.util.Map.of("owner", java.util.Map.of("email", "bob@example.com", "name", "Bob"),
                "score", 4.5, "active", false));
        Order.objects.create("code", "C3", "data", java.util.Map.of("note", "no owner, no score"));
        Order.objects.create("code", "D4");
    }

    private List<String> codes(QuerySet<Order> qs) {
        return qs.orderBy("code").fetch().stream().map(o -> o.code).toList();
    }

    @Test
    void jsonDocumentsRoundTrip() {
        seedOrders();
        Order a = Order.objects.get("code", "A1");
        assertThat(a.data).containsEntry("score", 12L).containsEntry("active", true);
        assertThat(a.data.get("owner")).isEqualTo(java.util.Map.of("email", "ann@example.com", "name", "Ann Lee"));
        assertThat(((BigDecimal) Order.objects.get("code", "B2").data.get("score"))).isEqualByComparingTo("4.5");
        assertThat(Order.objects.get("code", "D4").data).isNull();
        assertThat(codes(Order.objects.filter("data__isnull", true))).containsExactly("D4");
        assertThat(codes(Order.objects.filter("data", java.util.Map.of("note", "no owner, no score")))).containsExactly("C3");
        a.data = new java.util.LinkedHashMap<>(a.data);
        a.data.put("score", 13);
        a.save();
        assertThat(Order.objects.get("code", "A1").data).containsEntry("score", 13L);
        assertThatThrownBy(() -> Order.objects.filter("data__gt", 1))
                .isInstanceOf(FieldError.class).hasMessageContaining("takes only exact and isnull");
        assertThatThrownBy(() -> Order.objects.create("code", "X", "data", java.util.Map.of("when", LocalDate.now())))
                .isInstanceOf(ValidationError.class).hasMessageContaining("data: Enter valid JSON: at $.when: cannot write a LocalDate as JSON");
    }

    @Test
    void lookupsFollowKeysInsideJsonDocuments() {
        seedOrders();
        if (!db.has(Feature.JSON)) {
            assertThatThrownBy(() -> Order.objects.filter("data__score__gte", 10).fetch())
                    .isInstanceOf(UnsupportedFeature.class)
                    .hasMessageContaining(db.vendor().displayName() + " has no JSON path functions");
            return;
        }
        assertThat(codes(Order.objects.filter("data__owner__email", "bob@example.com"))).containsExactly("B2");
        assertThat(codes(Order.objects.filter("data__owner__name__icontains", "lee"))).containsExactly("A1");
        assertThat(codes(Order.objects.filter("data__score__gte", 10))).containsExactly("A1");
        assertThat(codes(Order.objects.filter("data__score__lt", 5))).containsExactly("B2");
        assertThat(codes(Order.objects.filter("data__score__in", List.of(12, 99)))).containsExactly("A1");
        assertThat(codes(Order.objects.filter("data__active", true))).containsExactly("A1");
        assertThat(codes(Order.objects.filter("data__owner__isnull", true))).containsExactly("C3", "D4");
        // exclude keeps documents without the key, as Django does
        assertThat(codes(Order.objects.exclude("data__score__lt", 5))).containsExactly("A1", "C3", "D4");
        assertThat(codes(Order.objects.filter(Order_.data.key("owner").key("email").eq("ann@example.com")))).containsExactly("A1");
        assertThat(codes(Order.objects.filter(Order_.data.key("score").gt(4)))).containsExactly("A1", "B2");
        // keys are bound values, never SQL
        assertThat(codes(Order.objects.filter("data__x') or 1=1 --", "y"))).isEmpty();
    }

    // ------------------------------------------------------------------ custom lookups and transforms

    @Test
    void aLookupAndATransformRegisteredOnceWorkInBothSpellings() {
        io.aksara.lookup.Lookups.register(new io.aksara.lookup.Lookup() {
            @Override
            public String name() {
                return "ne";
            }

            @Override
            public boolean appliesTo(io.aksara.meta.FieldType type) {
                return type.family() != io.aksara.meta.FieldType.Family.RELATION;
            }

            @Override
            public Object prepare(io.aksara.meta.FieldMeta<?, ?> field, Object value) {
                return io.aksara.meta.Values.toColumnValue(field, value);
            }

            @Override
            public String sqlTemplate() {
                return "{0} <> {1}";
            }
        });
        io.aksara.lookup.Lookups.registerTransform(new io.aksara.lookup.Transform() {
            @Override
            public String lookupName() {
                return "length";
            }

            @Override
            public boolean appliesTo(io.aksara.meta.FieldType type) {
                return type.family() == io.aksara.meta.FieldType.Family.TEXT;
            }

            @Override
            public io.aksara.meta.FieldType outputType(io.aksara.meta.FieldType input) {
                return io.aksara.meta.FieldType.INTEGER;
            }

            @Override
            public String sqlTemplate() {
                return db.isSqlite() ? "length({0})" : "char_length({0})"; // SQL of one database, as a user's own would be
            }
        });
        assertThat(titles(Book.objects.filter("year__ne", 2022))).containsExactly("Go Fast", "Java Basics");
        assertThat(titles(Book.objects.filter(io.aksara.it.models.Book_.year.lookup("ne", 2022))))
                .containsExactly("Go Fast", "Java Basics");
        assertThat(titles(Book.objects.filter("title__length__gt", 12))).containsExactly("Advanced Java", "Kotlin in Depth");
        assertThat(titles(Book.objects.filter("author__name__length", 3))).hasSize(4);
    }

    // ------------------------------------------------------------------ values, valuesList, only, defer

    record TitleAndYear(String title, int year) {}

    @Test
    void valuesReturnsChosenColumnsAcrossForeignKeys() {
        List<java.util.Map<String, Object>> rows = Book.objects.orderBy("title").values("title", "author__name", "price").fetch();
        assertThat(rows).hasSize(4);
        assertThat(rows.getFirst()).containsExactly(java.util.Map.entry("title", "Advanced Java"),
                java.util.Map.entry("author__name", "Ann"), java.util.Map.entry("price", new BigDecimal("49.00")));
        assertThat(Book.objects.filter("title", "Go Fast").values("author__publisher__name").first().orElseThrow())
                .containsEntry("author__publisher__name", null); // Cid has no publisher: a LEFT JOIN gives NULL
        assertThat(Publisher.objects.orderBy("name").values().first().orElseThrow())
                .containsOnlyKeys("id", "name", "discount").containsEntry("name", "Orbit");
        assertThat(Book.objects.filter("title", "Java Basics").values("author", "published__year").first().orElseThrow())
                .containsEntry("author", ann.id).containsEntry("published__year", 2024);
    }

    @Test
    void valuesListFlatAndNamed() {
        assertThat(Book.objects.orderBy("-year", "title").valuesList("title", "year").fetch())
                .containsExactly(List.of("Advanced Java", 2022), List.of("Kotlin in Depth", 2022),
                        List.of("Java Basics", 2020), List.of("Go Fast", 2019));
        assertThat(Book.objects.filter("author", ann).orderBy("title").valuesList("title", String.class).fetch())
                .containsExactly("Advanced Java", "Java Basics");
        assertThat(Book.objects.orderBy("year").valuesList(TitleAndYear.class, "title", "year").limit(2).fetch())
                .containsExactly(new TitleAndYear("Go Fast", 2019), new TitleAndYear("Java Basics", 2020));
        var rows = Book.objects.valuesList("title", String.class).filter("year__gte", 2022).exclude("title__startswith", "K");
        assertThat(rows.fetch()).containsExactly("Advanced Java");
        assertThat(rows.count()).isEqualTo(1);
        assertThat(rows.sql()).containsIgnoringCase("select books.title from books"); // upper case on H2
        // distinct over the projection: 2022, 2020, 2019
        assertThat(Book.objects.values("year").distinct().count()).isEqualTo(3);
        assertThat(Book.objects.valuesList("year", Integer.class).distinct().orderBy("year").fetch())
                .containsExactly(2019, 2020, 2022);
    }

    @Test
    void valuesRejectsToManyPathsAndWrongTypes() {
        assertThatThrownBy(() -> Author.objects.values("books__title"))
                .isInstanceOf(FieldError.class).hasMessageContaining("crosses a to-many relation");
        assertThatThrownBy(() -> Book.objects.valuesList("year", String.class))
                .isInstanceOf(FieldError.class).hasMessageContaining("holds Integer values, not String");
        assertThatThrownBy(() -> Book.objects.valuesList(TitleAndYear.class, "title"))
                .isInstanceOf(FieldError.class).hasMessageContaining("has 2 components but 1 columns");
        assertThatThrownBy(() -> Book.objects.valuesList(TitleAndYear.class, "year", "title"))
                .isInstanceOf(FieldError.class).hasMessageContaining("TitleAndYear.title is String");
    }

    @Test
    void onlyAndDeferLoadSomeFieldsAndSaveOnlyThose() {
        Book light = Book.objects.only("title").get("title", "Go Fast");
        assertThat(light.title).isEqualTo("Go Fast");
        assertThat(light.price).isNull();
        assertThat(light.deferredFields()).contains("price", "year", "author").doesNotContain("title", "id");
        light.title = "Go Faster";
        light.save();
        Book back = Book.objects.get("pk", light.id);
        assertThat(back.title).isEqualTo("Go Faster");
        assertThat(back.price).isEqualByComparingTo("9.99"); // not overwritten with null
        assertThat(back.deferredFields()).isEmpty();

        Book deferred = Book.objects.defer("price", "published").get("title", "Java Basics");
        assertThat(deferred.price).isNull();
        assertThat(deferred.year).isEqualTo(2020);
        assertThat(deferred.deferredFields()).containsExactlyInAnyOrder("price", "published");
        deferred.refreshFromDb();
        assertThat(deferred.price).isEqualByComparingTo("29.90");
        assertThatThrownBy(() -> Book.objects.defer("id")).isInstanceOf(FieldError.class);
    }

    // ------------------------------------------------------------------ helpers

    /** Titles sorted by title, for set-like comparisons. */
    private static List<String> titles(QuerySet<Book> qs) {
        return titlesInOrder(qs.orderBy("title"));
    }

    /** Titles in the QuerySet's own order. */
    private static List<String> titlesInOrder(QuerySet<Book> qs) {
        return qs.fetch().stream().map(b -> b.title).toList();
    }

    private static List<String> names(QuerySet<? extends io.aksara.Model> qs) {
        return qs.fetch().stream().map(m -> m instanceof Author a ? a.name : ((Publisher) m).name).sorted().toList();
    }
}
