package io.aksara.it.conformance.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Model;
import io.aksara.QueryLog;
import io.aksara.QuerySet;
import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/lookup/tests.py, LookupTests: field lookups, in(), values(), regex, lookup
 * names that collide with field names, exact with a sliced QuerySet. Expected values are
 * Django's assertions.
 */
@OnEveryDatabase
class LookupSuite extends DjangoTestCase {
    Author au1;
    Author au2;
    Article a1;
    Article a2;
    Article a3;
    Article a4;
    Article a5;
    Article a6;
    Article a7;
    Tag t1;
    Tag t2;
    Tag t3;

    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Author.class, Article.class, Tag.class, Tag_articles.class, Season.class, Game.class, Player.class,
                Player_games.class,
                Product.class, Stock.class);
    }

    static OffsetDateTime at(int y, int m, int d) {
        return at(y, m, d, 0);
    }

    static OffsetDateTime at(int y, int m, int d, int hour) {
        return OffsetDateTime.of(y, m, d, hour, 0, 0, 0, ZoneOffset.UTC);
    }

    @Override
    protected void setUpTestData() {
        au1 = Author.objects.create("name", "Author 1", "alias", "a1", "bio", "x".repeat(4001));
        au2 = Author.objects.create("name", "Author 2", "alias", "a2");
        a1 = Article.objects.create("headline", "Article 1", "pubDate", at(2005, 7, 26), "author", au1, "slug", "a1");
        a2 = Article.objects.create("headline", "Article 2", "pubDate", at(2005, 7, 27), "author", au1, "slug", "a2");
        a3 = Article.objects.create("headline", "Article 3", "pubDate", at(2005, 7, 27), "author", au1, "slug", "a3");
        a4 = Article.objects.create("headline", "Article 4", "pubDate", at(2005, 7, 28), "author", au1, "slug", "a4");
        a5 = Article.objects.create("headline", "Article 5", "pubDate", at(2005, 8, 1, 9), "author", au2, "slug", "a5");
        a6 = Article.objects.create("headline", "Article 6", "pubDate", at(2005, 8, 1, 8), "author", au2, "slug", "a6");
        a7 = Article.objects.create("headline", "Article 7", "pubDate", at(2005, 7, 27), "author", au2, "slug", "a7");
        t1 = Tag.objects.create("name", "Tag 1");
        t1.articles.add(a1, a2, a3);
        t2 = Tag.objects.create("name", "Tag 2");
        t2.articles.add(a3, a4, a5);
        t3 = Tag.objects.create("name", "Tag 3");
        t3.articles.add(a5, a6, a7);
    }

    static List<String> headlines(QuerySet<Article> qs) {
        return qs.fetch().stream().map(a -> a.headline).toList();
    }

    static List<String> headlines(List<Article> rows) {
        return rows.stream().map(a -> a.headline).toList();
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_exists
    @Test
    void test_exists() {
        assertThat(Article.objects.exists()).isTrue();
        for (Article a : Article.objects.all().fetch()) {
            a.delete();
        }
        assertThat(Article.objects.exists()).isFalse();
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_lookup_int_as_str
    @Test
    void test_lookup_int_as_str() {
        assertThat(Article.objects.filter("id__iexact", String.valueOf(a1.id)).fetch()).containsExactly(a1);
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_lookup_date_as_str
    @Test
    void test_lookup_date_as_str() {
        assertThat(Article.objects.filter("pubDate__startswith", "2005").fetch())
                .containsExactly(a5, a6, a4, a2, a3, a7, a1);
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_iterator
    @Test
    void test_iterator() {
        try (Stream<Article> all = Article.objects.iterate(100)) {
            assertThat(all.map(a -> a.headline)).containsExactly("Article 5", "Article 6", "Article 4", "Article 2",
                    "Article 3", "Article 7", "Article 1");
        }
        try (Stream<Article> some = Article.objects.filter("headline__endswith", "4").iterate(100)) {
            assertThat(some.map(a -> a.headline)).containsExactly("Article 4");
        }
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_count
    @Test
    void test_count() {
        assertThat(Article.objects.count()).isEqualTo(7);
        assertThat(Article.objects.filter("pubDate__exact", at(2005, 7, 27)).count()).isEqualTo(3);
        assertThat(Article.objects.filter("headline__startswith", "Blah blah").count()).isZero();
        QuerySet<Article> articles = Article.objects.all();
        assertThat(articles.count()).isEqualTo(7);
        assertThat(articles.slice(0, 4).count()).isEqualTo(4);
        assertThat(articles.slice(1, 100).count()).isEqualTo(6);
        assertThat(articles.slice(10, 100).count()).isZero();
        // Date and date/time lookups can also be done with strings.
        assertThat(Article.objects.filter("pubDate__exact", "2005-07-27 00:00:00").count()).isEqualTo(3);
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_in_bulk
    @Test
    void test_in_bulk() {
        Map<Object, Article> arts = Article.objects.inBulk(List.of(a1.id, a2.id));
        assertThat(arts.get(a1.id)).isEqualTo(a1);
        assertThat(arts.get(a2.id)).isEqualTo(a2);
        assertThat(Article.objects.inBulk()).isEqualTo(Map.of(a1.id, a1, a2.id, a2, a3.id, a3, a4.id, a4, a5.id, a5,
                a6.id, a6, a7.id, a7));
        assertThat(Article.objects.inBulk(List.of(a3.id))).isEqualTo(Map.of(a3.id, a3));
        assertThat(Article.objects.inBulk(java.util.Set.of(a3.id))).isEqualTo(Map.of(a3.id, a3));
        assertThat(Article.objects.inBulk(List.of(1000L))).isEmpty();
        assertThat(Article.objects.inBulk(List.of())).isEmpty();
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_in_bulk_with_field
    @Test
    void test_in_bulk_with_field() {
        assertThat(Article.objects.inBulk(List.of(a1.slug, a2.slug, a3.slug), "slug"))
                .isEqualTo(Map.of(a1.slug, a1, a2.slug, a2, a3.slug, a3));
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_in_bulk_non_unique_field
    @Test
    void test_in_bulk_non_unique_field() {
        assertThatThrownBy(() -> Article.objects.inBulk(List.of(au1), "author"))
                .isInstanceOf(AksaraException.class).hasMessageContaining("author").hasMessageContaining("unique");
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_in_bulk_sliced_queryset
    @Test
    void test_in_bulk_sliced_queryset() {
        assertThatThrownBy(() -> Article.objects.all().slice(0, 5).inBulk(List.of(a1.id, a2.id)))
                .isInstanceOf(AksaraException.class);
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_values
    @Test
    void test_values() {
        assertThat(Article.objects.values("headline").fetch()).containsExactly(Map.of("headline", "Article 5"),
                Map.of("headline", "Article 6"), Map.of("headline", "Article 4"), Map.of("headline", "Article 2"),
                Map.of("headline", "Article 3"), Map.of("headline", "Article 7"), Map.of("headline", "Article 1"));
        assertThat(Article.objects.filter("pubDate__exact", at(2005, 7, 27)).values("id").fetch())
                .containsExactly(Map.of("id", a2.id), Map.of("id", a3.id), Map.of("id", a7.id));
        assertThat(Article.objects.values("id", "headline").fetch()).containsExactly(
                Map.of("id", a5.id, "headline", "Article 5"), Map.of("id", a6.id, "headline", "Article 6"),
                Map.of("id", a4.id, "headline", "Article 4"), Map.of("id", a2.id, "headline", "Article 2"),
                Map.of("id", a3.id, "headline", "Article 3"), Map.of("id", a7.id, "headline", "Article 7"),
                Map.of("id", a1.id, "headline", "Article 1"));
        // fields from forward and reverse relations, just like filter()
        assertThat(Article.objects.values("headline", "author__name").fetch()).containsExactly(
                Map.of("headline", a5.headline, "author__name", au2.name),
                Map.of("headline", a6.headline, "author__name", au2.name),
                Map.of("headline", a4.headline, "author__name", au1.name),
                Map.of("headline", a2.headline, "author__name", au1.name),
                Map.of("headline", a3.headline, "author__name", au1.name),
                Map.of("headline", a7.headline, "author__name", au2.name),
                Map.of("headline", a1.headline, "author__name", au1.name));
        assertThatThrownBy(() -> Article.objects.values("id", "id_plus_two")).isInstanceOf(FieldError.class)
                .hasMessageContaining("id_plus_two");
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_values_list
    @Test
    void test_values_list() {
        assertThat(Article.objects.valuesList("headline").fetch()).containsExactly(List.of("Article 5"),
                List.of("Article 6"), List.of("Article 4"), List.of("Article 2"), List.of("Article 3"),
                List.of("Article 7"), List.of("Article 1"));
        assertThat(Article.objects.valuesList("id").orderBy("id").fetch()).containsExactly(List.of(a1.id),
                List.of(a2.id), List.of(a3.id), List.of(a4.id), List.of(a5.id), List.of(a6.id), List.of(a7.id));
        assertThat(Article.objects.valuesList("id", Long.class).orderBy("id").fetch())
                .containsExactly(a1.id, a2.id, a3.id, a4.id, a5.id, a6.id, a7.id);
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_values and test_values_list: the paths across the
    // reverse foreign key and the many-to-many ("article__headline", "article__tag__name")
    @Test
    @org.junit.jupiter.api.Tag("django-difference") // spelled out: this app has a model named Tag
    void test_values_to_many_paths() {
        // docs/querying.md: "`orderBy` and `values()` may follow to-one paths ...; A to-many path there is
        // refused with a `FieldError`, because it would repeat rows."
        assertThatThrownBy(() -> Author.objects.values("name", "article__headline"))
                .isInstanceOf(FieldError.class).hasMessageContaining("to-many");
        assertThatThrownBy(() -> Author.objects.valuesList("name", "article__headline", "article__tag__name"))
                .isInstanceOf(FieldError.class).hasMessageContaining("to-many");
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_escaping
    @Test
    void test_escaping() {
        Article a8 = Article.objects.create("headline", "Article_ with underscore", "pubDate", at(2005, 11, 20));
        assertThat(Article.objects.filter("headline__startswith", "Article").fetch())
                .containsExactly(a8, a5, a6, a4, a2, a3, a7, a1);
        assertThat(Article.objects.filter("headline__startswith", "Article_").fetch()).containsExactly(a8);
        Article a9 = Article.objects.create("headline", "Article% with percent sign", "pubDate", at(2005, 11, 21));
        assertThat(Article.objects.filter("headline__startswith", "Article").fetch())
                .containsExactly(a9, a8, a5, a6, a4, a2, a3, a7, a1);
        assertThat(Article.objects.filter("headline__startswith", "Article%").fetch()).containsExactly(a9);
        Article a10 = Article.objects.create("headline", "Article with \\ backslash", "pubDate", at(2005, 11, 22));
        assertThat(Article.objects.filter("headline__contains", "\\").fetch()).containsExactly(a10);
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_exclude
    @Test
    void test_exclude() {
        Article a8 = Article.objects.create("headline", "Article_ with underscore", "pubDate", at(2005, 11, 20));
        Article a9 = Article.objects.create("headline", "Article% with percent sign", "pubDate", at(2005, 11, 21));
        Article a10 = Article.objects.create("headline", "Article with \\ backslash", "pubDate", at(2005, 11, 22));
        assertThat(Article.objects.filter("headline__contains", "Article").exclude("headline__contains", "with").fetch())
                .containsExactly(a5, a6, a4, a2, a3, a7, a1);
        assertThat(Article.objects.exclude("headline__startswith", "Article_").fetch())
                .containsExactly(a10, a9, a5, a6, a4, a2, a3, a7, a1);
        assertThat(Article.objects.exclude("headline", "Article 7").fetch())
                .containsExactly(a10, a9, a8, a5, a6, a4, a2, a3, a1);
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_none
    @Test
    void test_none() {
        assertThat(Article.objects.none().fetch()).isEmpty();
        assertThat(Article.objects.none().filter("headline__startswith", "Article").fetch()).isEmpty();
        assertThat(Article.objects.filter("headline__startswith", "Article").none().fetch()).isEmpty();
        assertThat(Article.objects.none().count()).isZero();
        assertThat(Article.objects.none().update("headline", "This should not take effect")).isZero();
        try (Stream<Article> s = Article.objects.none().iterate(10)) {
            assertThat(s).isEmpty();
        }
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_in
    @Test
    void test_in() {
        assertThat(Article.objects.exclude("id__in", List.of()).fetch()).containsExactly(a5, a6, a4, a2, a3, a7, a1);
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_in_empty_list
    @Test
    void test_in_empty_list() {
        assertThat(Article.objects.filter("id__in", List.of()).fetch()).isEmpty();
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_in_ignore_none
    @Test
    void test_in_ignore_none() {
        List<String> sql = QueryLog.capture(() -> assertThat(
                Article.objects.filter("id__in", java.util.Arrays.asList(null, a1.id)).fetch()).containsExactly(a1));
        assertThat(sql).hasSize(1);
        // Django checks the SQL reads "IN (<a1.pk>)": one value in the list, bound here
        assertThat(sql.getFirst().chars().filter(ch -> ch == '?')).hasSize(1);
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_in_ignore_solo_none
    @Test
    void test_in_ignore_solo_none() {
        List<String> sql = QueryLog.capture(() -> assertThat(
                Article.objects.filter("id__in", java.util.Collections.singletonList(null)).fetch()).isEmpty());
        assertThat(sql).isEmpty();
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_error_messages
    @Test
    void test_error_messages() {
        assertThatThrownBy(() -> Article.objects.filter("pub_date_year", "2005").count())
                .isInstanceOf(FieldError.class).hasMessageContaining("pub_date_year");
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_unsupported_lookups
    @Test
    void test_unsupported_lookups() {
        assertThatThrownBy(() -> Article.objects.filter("headline__starts", "Article"))
                .isInstanceOf(FieldError.class).hasMessageContaining("starts");
        assertThatThrownBy(() -> Article.objects.filter("pubDate__is_null", true))
                .isInstanceOf(FieldError.class).hasMessageContaining("is_null");
        assertThatThrownBy(() -> Article.objects.filter("pubDate__gobbledygook", "blahblah"))
                .isInstanceOf(FieldError.class).hasMessageContaining("gobbledygook");
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_relation_nested_lookup_error
    @Test
    void test_relation_nested_lookup_error() {
        assertThatThrownBy(() -> Article.objects.filter("author__editor__name", "James"))
                .isInstanceOf(FieldError.class).hasMessageContaining("editor");
        assertThatThrownBy(() -> Tag.objects.filter("articles__foo", "bar"))
                .isInstanceOf(FieldError.class).hasMessageContaining("foo");
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_regex
    @Test
    void test_regex() {
        Article.objects.all().delete();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        for (String h : List.of("f", "fo", "foo", "fooo", "hey-Foo", "bar", "AbBa", "baz", "baxZ")) {
            Article.objects.create("headline", h, "pubDate", now);
        }
        assertSame("headline__regex", "fo*", "f", "fo", "foo", "fooo");
        assertSame("headline__iregex", "fo*", "f", "fo", "foo", "fooo", "hey-Foo");
        assertSame("headline__regex", "fo+", "fo", "foo", "fooo");
        assertSame("headline__regex", "fooo?", "foo", "fooo");
        assertSame("headline__regex", "^b", "bar", "baxZ", "baz");
        assertSame("headline__iregex", "^a", "AbBa");
        assertSame("headline__regex", "z$", "baz");
        assertSame("headline__iregex", "z$", "baxZ", "baz");
        assertSame("headline__regex", "ba[rz]", "bar", "baz");
        assertSame("headline__regex", "ba.[RxZ]", "baxZ");
        assertSame("headline__iregex", "ba[RxZ]", "bar", "baxZ", "baz");
        for (String h : List.of("foobar", "foobaz", "ooF", "foobarbaz", "zoocarfaz", "barfoobaz", "bazbaRFOO")) {
            Article.objects.create("headline", h, "pubDate", now);
        }
        assertSame("headline__regex", "oo(f|b)", "barfoobaz", "foobar", "foobarbaz", "foobaz");
        assertSame("headline__iregex", "oo(f|b)", "barfoobaz", "foobar", "foobarbaz", "foobaz", "ooF");
        assertSame("headline__regex", "^foo(f|b)", "foobar", "foobarbaz", "foobaz");
        assertSame("headline__regex", "b.*az", "barfoobaz", "baz", "bazbaRFOO", "foobarbaz", "foobaz");
        assertSame("headline__iregex", "b.*ar", "bar", "barfoobaz", "bazbaRFOO", "foobar", "foobarbaz");
    }

    /** Django's assertQuerySetEqual(filter(lookup=pattern), filter(headline__in=[...])). */
    private static void assertSame(String lookup, String pattern, String... expected) {
        assertThat(headlines(Article.objects.filter(lookup, pattern)))
                .isEqualTo(headlines(Article.objects.filter("headline__in", List.of(expected))));
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_regex_null
    @Test
    void test_regex_null() {
        Season.objects.create("year", 2012, "gt", null);
        assertThat(Season.objects.filter("gt__regex", "^$").fetch()).isEmpty();
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_textfield_exact_null
    @Test
    void test_textfield_exact_null() {
        List<String> sql = QueryLog.capture(() -> assertThat(Author.objects.filter("bio", null).fetch()).containsExactly(au2));
        assertThat(sql).hasSize(1);
        assertThat(sql.getFirst().toLowerCase(java.util.Locale.ROOT)).contains("is null");
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_regex_non_string
    @Test
    void test_regex_non_string() {
        Season s = Season.objects.create("year", 2013, "gt", 444);
        assertThat(Season.objects.filter("gt__regex", "^444$").fetch()).containsExactly(s);
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_regex_non_ascii
    @Test
    void test_regex_non_ascii() {
        Player.objects.create("name", "\u2660");
        assertThat(Player.objects.get("name__regex", "\u2660").name).isEqualTo("\u2660");
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_nonfield_lookups
    @Test
    void test_nonfield_lookups() {
        assertThatThrownBy(() -> Article.objects.filter("headline__blahblah", 99)).isInstanceOf(FieldError.class)
                .hasMessageContaining("blahblah");
        assertThatThrownBy(() -> Article.objects.filter("headline__blahblah__exact", 99)).isInstanceOf(FieldError.class)
                .hasMessageContaining("blahblah");
        assertThatThrownBy(() -> Article.objects.filter("blahblah", 99)).isInstanceOf(FieldError.class)
                .hasMessageContaining("blahblah");
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_lookup_collision
    @Test
    void test_lookup_collision() {
        seedSeasons();
        assertThat(Game.objects.filter("season__year", 2010).count()).isEqualTo(3);
        assertThat(Game.objects.filter("season__year__exact", 2010).count()).isEqualTo(3);
        assertThat(Game.objects.filter("season__gt", 222).count()).isEqualTo(3);
        assertThat(Game.objects.filter("season__gt__exact", 222).count()).isEqualTo(3);
        assertThat(Game.objects.filter("season__year", 2011).count()).isEqualTo(2);
        assertThat(Game.objects.filter("season__year__exact", 2011).count()).isEqualTo(2);
        assertThat(Game.objects.filter("season__gt", 333).count()).isEqualTo(2);
        assertThat(Game.objects.filter("season__gt__exact", 333).count()).isEqualTo(2);
        assertThat(Game.objects.filter("season__year__gt", 2010).count()).isEqualTo(2);
        assertThat(Game.objects.filter("season__gt__gt", 222).count()).isEqualTo(2);
        assertThat(Game.objects.filter("season__year__in", List.of(2010, 2011)).count()).isEqualTo(5);
        assertThat(Game.objects.filter("season__year__gt", 2009).count()).isEqualTo(5);
        assertThat(Game.objects.filter("season__gt__in", List.of(222, 333)).count()).isEqualTo(5);
        assertThat(Game.objects.filter("season__gt__gt", 111).count()).isEqualTo(5);
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_lookup_collision_distinct
    @Test
    void test_lookup_collision_distinct() {
        seedSeasons();
        assertThat(Player.objects.filter("games__season__year", 2009).distinct().count()).isEqualTo(2);
        assertThat(Player.objects.filter("games__season__year__exact", 2009).distinct().count()).isEqualTo(2);
        assertThat(Player.objects.filter("games__season__gt", 111).distinct().count()).isEqualTo(2);
        assertThat(Player.objects.filter("games__season__gt__exact", 111).distinct().count()).isEqualTo(2);
        assertThat(Player.objects.filter("games__season__year", 2010).distinct().count()).isEqualTo(1);
        assertThat(Player.objects.filter("games__season__gt", 222).distinct().count()).isEqualTo(1);
        assertThat(Player.objects.filter("games__season__year", 2011).distinct().count()).isEqualTo(2);
        assertThat(Player.objects.filter("games__season__gt", 333).distinct().count()).isEqualTo(2);
        assertThat(Player.objects.filter("games__season__year__gt", 2010).distinct().count()).isEqualTo(2);
        assertThat(Player.objects.filter("games__season__gt__gt", 222).distinct().count()).isEqualTo(2);
    }

    /** The seasons, games and players of test_lookup_collision ('gt' is a field, not only a lookup). */
    private void seedSeasons() {
        Season s2009 = Season.objects.create("year", 2009, "gt", 111);
        s2009.games().create("home", "Houston Astros", "away", "St. Louis Cardinals");
        Season s2010 = Season.objects.create("year", 2010, "gt", 222);
        s2010.games().create("home", "Houston Astros", "away", "Chicago Cubs");
        s2010.games().create("home", "Houston Astros", "away", "Milwaukee Brewers");
        s2010.games().create("home", "Houston Astros", "away", "St. Louis Cardinals");
        Season s2011 = Season.objects.create("year", 2011, "gt", 333);
        s2011.games().create("home", "Houston Astros", "away", "St. Louis Cardinals");
        s2011.games().create("home", "Houston Astros", "away", "Milwaukee Brewers");
        Player hunterPence = Player.objects.create("name", "Hunter Pence");
        hunterPence.games.set(Game.objects.filter("season__year__in", List.of(2009, 2010)).fetch());
        Player pudge = Player.objects.create("name", "Ivan Rodriquez");
        pudge.games.set(Game.objects.filter("season__year", 2009).fetch());
        Player pedroFeliz = Player.objects.create("name", "Pedro Feliz");
        pedroFeliz.games.set(Game.objects.filter("season__year__in", List.of(2011)).fetch());
        Player johnson = Player.objects.create("name", "Johnson");
        johnson.games.set(Game.objects.filter("season__year__in", List.of(2011)).fetch());
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_chain_date_time_lookups
    @Test
    void test_chain_date_time_lookups() {
        assertThat(Article.objects.filter("pubDate__month__gt", 7).fetch()).containsExactlyInAnyOrder(a5, a6);
        assertThat(Article.objects.filter("pubDate__day__gte", 27).fetch()).containsExactlyInAnyOrder(a2, a3, a4, a7);
        assertThat(Article.objects.filter("pubDate__hour__lt", 8).fetch()).containsExactlyInAnyOrder(a1, a2, a3, a4, a7);
        assertThat(Article.objects.filter("pubDate__minute__lte", 0).fetch())
                .containsExactlyInAnyOrder(a1, a2, a3, a4, a5, a6, a7);
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_exact_sliced_queryset_limit_one
    @Test
    void test_exact_sliced_queryset_limit_one() {
        assertThat(Article.objects.filter("author", Author.objects.all().slice(0, 1)).fetch())
                .containsExactlyInAnyOrder(a1, a2, a3, a4);
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_exact_sliced_queryset_limit_one_offset
    @Test
    void test_exact_sliced_queryset_limit_one_offset() {
        assertThat(Article.objects.filter("author", Author.objects.all().slice(1, 2)).fetch())
                .containsExactlyInAnyOrder(a5, a6, a7);
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_exact_sliced_queryset_not_limited_to_one
    @Test
    void test_exact_sliced_queryset_not_limited_to_one() {
        String msg = "must be limited to one result using slicing";
        assertThatThrownBy(() -> Article.objects.filter("author", Author.objects.all().slice(0, 2)).fetch())
                .isInstanceOf(FieldError.class).hasMessageContaining(msg);
        assertThatThrownBy(() -> Article.objects.filter("author", Author.objects.all().offset(1)).fetch())
                .isInstanceOf(FieldError.class).hasMessageContaining(msg);
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_isnull_non_boolean_value
    @Test
    void test_isnull_non_boolean_value() {
        assertThatThrownBy(() -> Author.objects.filter("alias__isnull", 1).exists()).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> Article.objects.filter("author__isnull", 1).exists()).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> Season.objects.filter("games__isnull", 1).exists()).isInstanceOf(FieldError.class);
    }

    // Django 6.0 tests/lookup/tests.py LookupTests.test_isnull_textfield
    @Test
    void test_isnull_textfield() {
        assertThat(Author.objects.filter("bio__isnull", true).fetch()).containsExactly(au2);
        assertThat(Author.objects.filter("bio__isnull", false).fetch()).containsExactly(au1);
    }
}
