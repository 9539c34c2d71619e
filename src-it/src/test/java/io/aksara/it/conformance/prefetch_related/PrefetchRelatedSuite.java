package io.aksara.it.conformance.prefetch_related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Model;
import io.aksara.QueryLog;
import io.aksara.errors.FieldError;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/prefetch_related/tests.py {@code PrefetchRelatedTests} on {@code TestDataMixin}'s
 * data: prefetching forward and reverse foreign keys and many-to-manys, nested paths, and the number
 * of queries each takes ({@code assertNumQueries} is {@link QueryLog#capture}).
 */
@OnEveryDatabase
class PrefetchRelatedSuite extends DjangoTestCase {
    Book book1, book2, book3, book4;
    Author author1, author2, author3, author4;
    Reader reader1, reader2;

    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Book.class, Author.class, Book_authors.class, Reader.class, Reader_booksRead.class);
    }

    @Override
    protected void setUpTestData() {
        book1 = Book.objects.create("title", "Poems");
        book2 = Book.objects.create("title", "Jane Eyre");
        book3 = Book.objects.create("title", "Wuthering Heights");
        book4 = Book.objects.create("title", "Sense and Sensibility");

        author1 = Author.objects.create("name", "Charlotte", "firstBook", book1);
        author2 = Author.objects.create("name", "Anne", "firstBook", book1);
        author3 = Author.objects.create("name", "Emily", "firstBook", book1);
        author4 = Author.objects.create("name", "Jane", "firstBook", book4);

        book1.authors.add(author1, author2, author3);
        book2.authors.add(author1);
        book3.authors.add(author3);
        book4.authors.add(author4);

        reader1 = Reader.objects.create("name", "Amy");
        reader2 = Reader.objects.create("name", "Belinda");

        reader1.booksRead.add(book1, book4);
        reader2.booksRead.add(book2, book4);
    }

    /** Runs the block and checks it took {@code n} queries (Django's {@code assertNumQueries}). */
    private static <T> T assertNumQueries(int n, Supplier<T> block) {
        List<T> out = new ArrayList<>(1);
        List<String> sql = QueryLog.capture(() -> out.add(block.get()));
        assertThat(sql).as("queries: %s", sql).hasSize(n);
        return out.getFirst();
    }

    /**
     * Queries for a level that follows a many-to-many: two here (the link rows, then the linked rows),
     * one in Django (a JOIN). docs/relations.md: "many-to-many relations from either side (`"tags"`,
     * `"articles"`: two queries per level, the link rows' keys and then the linked rows)".
     */
    private static final int M2M_LEVEL = 2;

    private static List<Object> pks(List<? extends Model> rows) {
        return rows.stream().map(Model::pk).toList();
    }

    private static List<List<List<String>>> readersPerBookPerAuthor(List<Author> authors) {
        return authors.stream().map(a -> a.books().all().fetch().stream()
                .map(b -> b.readBy().all().fetch().stream().map(Reader::toString).toList()).toList()).toList();
    }

    private static final List<List<List<String>>> READERS = List.of(
            List.of(List.of("Amy"), List.of("Belinda")), // Charlotte - Poems, Jane Eyre
            List.of(List.of("Amy")), // Anne - Poems
            List.of(List.of("Amy"), List.of()), // Emily - Poems, Wuthering Heights
            List.of(List.of("Amy", "Belinda"))); // Jane - Sense and Sense

    // Django 6.0 tests/prefetch_related/tests.py PrefetchRelatedTests.test_m2m_forward
    @Tag("django-difference")
    @Test
    void test_m2m_forward() {
        List<List<Object>> lists = assertNumQueries(1 + M2M_LEVEL, () -> Book.objects.prefetchRelated("authors").fetch().stream()
                .map(b -> pks(b.authors.all().fetch())).toList());
        List<List<Object>> normal = Book.objects.all().fetch().stream().map(b -> pks(b.authors.all().fetch())).toList();
        assertThat(lists).isEqualTo(normal);
    }

    // Django 6.0 tests/prefetch_related/tests.py PrefetchRelatedTests.test_m2m_reverse
    @Tag("django-difference")
    @Test
    void test_m2m_reverse() {
        List<List<Object>> lists = assertNumQueries(1 + M2M_LEVEL, () -> Author.objects.prefetchRelated("books").fetch().stream()
                .map(a -> pks(a.books().all().fetch())).toList());
        List<List<Object>> normal = Author.objects.all().fetch().stream().map(a -> pks(a.books().all().fetch())).toList();
        assertThat(lists).isEqualTo(normal);
    }

    // Django 6.0 tests/prefetch_related/tests.py PrefetchRelatedTests.test_foreignkey_forward
    @Test
    void test_foreignkey_forward() {
        List<Object> books = assertNumQueries(2, () -> Author.objects.prefetchRelated("firstBook").fetch().stream()
                .map(a -> a.firstBook.get().pk()).toList());
        List<Object> normal = Author.objects.all().fetch().stream().map(a -> a.firstBook.get().pk()).toList();
        assertThat(books).isEqualTo(normal);
    }

    // Django 6.0 tests/prefetch_related/tests.py PrefetchRelatedTests.test_foreignkey_reverse
    @Test
    void test_foreignkey_reverse() {
        assertNumQueries(2, () -> Book.objects.prefetchRelated("first_time_authors").fetch().stream()
                .map(b -> b.firstTimeAuthors().all().fetch()).toList());
        assertThat(pks(book2.authors.all().fetch())).containsExactly(author1.pk());
    }

    // Django 6.0 tests/prefetch_related/tests.py PrefetchRelatedTests.test_survives_clone
    @Test
    void test_survives_clone() {
        assertNumQueries(2, () -> Book.objects.prefetchRelated("first_time_authors").exclude("id", 1000).fetch().stream()
                .map(b -> b.firstTimeAuthors().all().fetch()).toList());
    }

    // Django 6.0 tests/prefetch_related/tests.py PrefetchRelatedTests.test_len (Java evaluates once, with fetch())
    @Test
    void test_len() {
        assertNumQueries(2, () -> {
            List<Book> books = Book.objects.prefetchRelated("first_time_authors").fetch();
            assertThat(books).hasSize(4);
            return books.stream().map(b -> b.firstTimeAuthors().all().fetch()).toList();
        });
    }

    // Django 6.0 tests/prefetch_related/tests.py PrefetchRelatedTests.test_count
    @Test
    void test_count() {
        List<Long> counts = assertNumQueries(2, () -> Book.objects.prefetchRelated("first_time_authors").fetch().stream()
                .map(b -> b.firstTimeAuthors().count()).toList());
        assertThat(counts).containsExactly(3L, 0L, 0L, 1L);
    }

    // Django 6.0 tests/prefetch_related/tests.py PrefetchRelatedTests.test_exists
    @Test
    void test_exists() {
        List<Boolean> exists = assertNumQueries(2, () -> Book.objects.prefetchRelated("first_time_authors").fetch().stream()
                .map(b -> b.firstTimeAuthors().exists()).toList());
        assertThat(exists).containsExactly(true, false, false, true);
    }

    // Django 6.0 tests/prefetch_related/tests.py PrefetchRelatedTests.test_in_and_prefetch_related
    @Test
    void test_in_and_prefetch_related() {
        var qs = Book.objects.prefetchRelated("first_time_authors");
        Object first = qs.first().orElseThrow().pk();
        assertThat(pks(qs.fetch())).contains(first);
    }

    // Django 6.0 tests/prefetch_related/tests.py PrefetchRelatedTests.test_m2m_then_m2m
    @Tag("django-difference")
    @Test
    void test_m2m_then_m2m() {
        var lists = assertNumQueries(1 + 2 * M2M_LEVEL, () -> readersPerBookPerAuthor(Author.objects.prefetchRelated("books__read_by").fetch()));
        assertThat(lists).isEqualTo(READERS);
    }

    // Django 6.0 tests/prefetch_related/tests.py PrefetchRelatedTests.test_overriding_prefetch
    @Tag("django-difference")
    @Test
    void test_overriding_prefetch() {
        assertThat(assertNumQueries(1 + 2 * M2M_LEVEL, () -> readersPerBookPerAuthor(
                Author.objects.prefetchRelated("books", "books__read_by").fetch()))).isEqualTo(READERS);
        assertThat(assertNumQueries(1 + 2 * M2M_LEVEL, () -> readersPerBookPerAuthor(
                Author.objects.prefetchRelated("books__read_by", "books").fetch()))).isEqualTo(READERS);
    }

    // Django 6.0 tests/prefetch_related/tests.py PrefetchRelatedTests.test_get
    @Tag("django-difference")
    @Test
    void test_get() {
        var lists = assertNumQueries(1 + 2 * M2M_LEVEL, () -> {
            Author author = Author.objects.prefetchRelated("books__read_by").get("name", "Charlotte");
            return author.books().all().fetch().stream()
                    .map(b -> b.readBy().all().fetch().stream().map(Reader::toString).toList()).toList();
        });
        assertThat(lists).isEqualTo(List.of(List.of("Amy"), List.of("Belinda"))); // Poems, Jane Eyre
    }

    // Django 6.0 tests/prefetch_related/tests.py PrefetchRelatedTests.test_foreign_key_then_m2m
    @Tag("django-difference")
    @Test
    void test_foreign_key_then_m2m() {
        var lists = assertNumQueries(1 + M2M_LEVEL, () -> Author.objects.all().selectRelated("firstBook")
                .prefetchRelated("firstBook__read_by").fetch().stream()
                .map(a -> a.firstBook.get().readBy().all().fetch().stream().map(Reader::toString).toList()).toList());
        assertThat(lists).isEqualTo(List.of(List.of("Amy"), List.of("Amy"), List.of("Amy"), List.of("Amy", "Belinda")));
    }

    // Django 6.0 tests/prefetch_related/tests.py PrefetchRelatedTests.test_attribute_error
    // (refused when the QuerySet is made, before any SQL, rather than when it is evaluated)
    @Test
    void test_attribute_error() {
        assertThatThrownBy(() -> Reader.objects.prefetchRelated("booksRead__xyz")).isInstanceOf(FieldError.class)
                .hasMessageContaining("xyz");
    }

    // Django 6.0 tests/prefetch_related/tests.py PrefetchRelatedTests.test_invalid_final_lookup
    @Test
    void test_invalid_final_lookup() {
        assertThatThrownBy(() -> Book.objects.prefetchRelated("authors__name")).isInstanceOf(FieldError.class)
                .hasMessageContaining("name");
    }

    // Django 6.0 tests/prefetch_related/tests.py PrefetchRelatedTests.test_named_values_list
    @Test
    void test_named_values_list() {
        assertThat(Author.objects.prefetchRelated("books").valuesList("name", String.class).fetch())
                .containsExactlyInAnyOrder("Anne", "Charlotte", "Emily", "Jane");
    }
}
