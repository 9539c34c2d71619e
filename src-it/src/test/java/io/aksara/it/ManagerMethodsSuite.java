package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.F;
import io.aksara.Model;
import io.aksara.it.models.Article;
import io.aksara.it.models.Article_tags;
import io.aksara.it.models.Author;
import io.aksara.it.models.Book;
import io.aksara.it.models.Publisher;
import io.aksara.it.models.Tag;
import io.aksara.test.AksaraTest;
import io.aksara.test.WithoutRollback;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The QuerySet methods that a manager offers as well, as Django's managers do: on
 * {@code Model.objects}, on a reverse foreign key ({@code author.books()}) and on a many-to-many
 * ({@code article.tags}), each narrowed to its own rows. Covers the ones the managers gained when
 * QuerySet's API was split into interfaces: {@code dates}, {@code datetimes},
 * {@code orderBy(Object...)}, {@code getAsync()}, {@code inBulkAsync(values, field)} and the set
 * operations on the related managers.
 */
@OnEveryDatabase
@AksaraTest // each test seeds its own rows, and they are rolled back after it
class ManagerMethodsSuite {
    @Parameter
    TestDatabase db;

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Class<? extends Model>[] MODELS = new Class[] {
        Publisher.class, Author.class, Book.class, Tag.class, Article.class, Article_tags.class
    };

    private MigratedSchema schema;

    @BeforeParameterizedClassInvocation
    void createTables() {
        DatabaseConfig config = db.config(); // once: each call may name a new database (H2 in memory)
        Aksara.configure(config);
        schema = MigratedSchema.create(config, MODELS);
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema != null) {
            schema.drop();
        }
        Aksara.close();
    }

    /** Ada: "Beta" (2020-03-05), "Alpha" (2021-07-01), "Gamma" (not published); Bo: "Delta" (2019-11-30). */
    private static Author seed() {
        Author ada = Author.objects.create("name", "Ada");
        Author bo = Author.objects.create("name", "Bo");
        book("Beta", ada, 2020, OffsetDateTime.of(2020, 3, 5, 10, 0, 0, 0, ZoneOffset.UTC));
        book("Alpha", ada, 2021, OffsetDateTime.of(2021, 7, 1, 8, 30, 0, 0, ZoneOffset.UTC));
        book("Gamma", ada, 2021, null);
        book("Delta", bo, 2019, OffsetDateTime.of(2019, 11, 30, 23, 0, 0, 0, ZoneOffset.UTC));
        return ada;
    }

    private static void book(String title, Author author, int year, OffsetDateTime published) {
        Book.objects.create("title", title, "author", author, "year", year, "price", new BigDecimal("10.00"),
                "published", published);
    }

    @Test
    void datesAndDatetimesOnAManagerCoverItsRowsOnly() {
        Author ada = seed();

        assertThat(Book.objects.dates("published", "year"))
                .containsExactly(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));
        assertThat(ada.books().dates("published", "month", "DESC"))
                .containsExactly(LocalDate.of(2021, 7, 1), LocalDate.of(2020, 3, 1));
        assertThat(ada.books().datetimes("published", "day"))
                .extracting(OffsetDateTime::toInstant)
                .containsExactly(OffsetDateTime.of(2020, 3, 5, 0, 0, 0, 0, ZoneOffset.UTC).toInstant(),
                        OffsetDateTime.of(2021, 7, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant());
        assertThat(Book.objects.datetimes("published", "year", "DESC")).first()
                .extracting(OffsetDateTime::toInstant)
                .isEqualTo(OffsetDateTime.of(2021, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant());
    }

    @Test
    void managersOrderByExpressionsAndNames() {
        Author ada = seed();

        assertThat(ada.books().orderBy(F.of("year").desc(), "title").fetch())
                .extracting(b -> b.title).containsExactly("Alpha", "Gamma", "Beta");
        assertThat(Book.objects.orderBy(F.of("title").desc()).fetch())
                .extracting(b -> b.title).containsExactly("Gamma", "Delta", "Beta", "Alpha");
    }

    @Test
    void relatedManagersCombineWithSetOperations() {
        Author ada = seed();
        Tag java = Tag.objects.create("name", "java");
        Tag sql = Tag.objects.create("name", "sql");
        Tag orm = Tag.objects.create("name", "orm");
        Article intro = Article.objects.create("title", "Intro");
        intro.tags.add(java, orm);

        assertThat(ada.books().union(Book.objects.filter("title", "Delta")).orderBy("title").fetch())
                .extracting(b -> b.title).containsExactly("Alpha", "Beta", "Delta", "Gamma");
        assertThat(ada.books().intersection(Book.objects.filter("year", 2021)).count()).isEqualTo(2);
        assertThat(ada.books().difference(Book.objects.filter("year", 2021)).fetch())
                .extracting(b -> b.title).containsExactly("Beta");
        assertThat(intro.tags.union(Tag.objects.filter("name", "sql")).orderBy("name").fetch())
                .extracting(t -> t.name).containsExactly("java", "orm", "sql");
        assertThat(intro.tags.unionAll(Tag.objects.filter("name", "java")).count()).isEqualTo(3);
        assertThat(intro.tags.difference(Tag.objects.filter("name", "java")).fetch())
                .extracting(t -> t.name).containsExactly("orm");
        assertThat(sql.articles().intersection(Article.objects.all()).exists()).isFalse();
    }

    @Test
    void aTimeLimitKeepsARelatedManagersOwner() {
        Author ada = seed();

        // timeout() returns a new QuerySet like every refining method: it must stay narrowed to Ada's
        // books, and create() through it must still set the author.
        assertThat(ada.books().timeout(java.time.Duration.ofSeconds(5)).count()).isEqualTo(3);
        Book epsilon = ada.books().timeout(java.time.Duration.ofSeconds(5)).create(
                "title", "Epsilon", "year", 2022, "price", new BigDecimal("12.00"));
        assertThat(Book.objects.get("title", "Epsilon").author.id()).isEqualTo(ada.id);
        assertThat(epsilon.author.id()).isEqualTo(ada.id);
    }

    @Test
    @WithoutRollback("async methods refuse to run inside the test's transaction: they use another connection")
    void asyncReadsOnManagers() {
        try {
            seed();
            Author bo = Author.objects.get("name", "Bo");
            assertThat(bo.books().getAsync().join().title).isEqualTo("Delta");
            Tag java = Tag.objects.create("name", "java");
            Tag.objects.create("name", "sql");
            Tag orm = Tag.objects.create("name", "orm");
            Article intro = Article.objects.create("title", "Intro");
            intro.tags.add(java, orm);

            Map<Object, Tag> ofIntro = intro.tags.inBulkAsync(List.of("java", "sql"), "name").join();
            assertThat(ofIntro).containsOnlyKeys("java"); // sql is a tag, but not one of Intro's
            assertThat(Tag.objects.inBulkAsync(List.of("java", "sql"), "name").join()).containsOnlyKeys("java", "sql");
        } finally {
            schema.deleteAllRows();
        }
    }
}
