package io.aksara.it.conformance.raw_query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Model;
import io.aksara.QueryLog;
import io.aksara.errors.AksaraException;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Django 6.0 tests/raw_query/tests.py RawQueryTests: {@code Manager.raw}, rows mapped by column name. */
@OnEveryDatabase
class RawQuerySuite extends DjangoTestCase {
    Author a1;
    Author a2;
    Author a3;
    Author a4;

    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Author.class, Book.class);
    }

    @Override
    protected void setUpTestData() {
        a1 = Author.objects.create("firstName", "Joe", "lastName", "Smith", "dob", LocalDate.of(1950, 9, 20));
        a2 = Author.objects.create("firstName", "Jill", "lastName", "Doe", "dob", LocalDate.of(1920, 4, 2));
        a3 = Author.objects.create("firstName", "Bob", "lastName", "Smith", "dob", LocalDate.of(1986, 1, 25));
        a4 = Author.objects.create("firstName", "Bill", "lastName", "Jones", "dob", LocalDate.of(1932, 5, 10));
        Book.objects.create("title", "The awesome book", "author", a1, "openingLine",
                "It was a bright cold day in April and the clocks were striking thirteen.");
        Book.objects.create("title", "The horrible book", "author", a1, "paperback", true, "openingLine",
                "On an evening in the latter part of May a middle-aged man was walking homeward from Shaston.");
        Book.objects.create("title", "Another awesome book", "author", a1, "openingLine", "A squat grey building.");
        Book.objects.create("title", "Some other book", "author", a3, "paperback", true, "openingLine",
                "It was the day my grandmother exploded.");
    }

    // Django 6.0 tests/raw_query/tests.py RawQueryTests.test_simple_raw_query
    @Test
    void test_simple_raw_query() {
        assertThat(Author.objects.raw("SELECT * FROM raw_query_author ORDER BY id").fetch())
                .containsExactlyElementsOf(Author.objects.orderBy("id").fetch());
        Author joe = Author.objects.raw("SELECT * FROM raw_query_author WHERE id = ?", a1.id).fetch().getFirst();
        assertThat(joe.firstName).isEqualTo("Joe");
        assertThat(joe.dob).isEqualTo(LocalDate.of(1950, 9, 20));
        assertThat(joe.isPersisted()).isTrue();
    }

    // Django 6.0 tests/raw_query/tests.py RawQueryTests.test_params
    @Test
    void test_params() {
        Author author = Author.objects.orderBy("id").fetch().get(2);
        List<String> sql = QueryLog.capture(() -> assertThat(Author.objects
                .raw("SELECT * FROM raw_query_author WHERE first_name = ?", author.firstName).fetch())
                .containsExactly(author));
        assertThat(sql).hasSize(1);
        // the value is bound, never pasted into the text
        assertThat(Author.objects.raw("SELECT * FROM raw_query_author WHERE first_name = ?", "x' OR '1'='1").fetch())
                .isEmpty();
    }

    // Django 6.0 tests/raw_query/tests.py RawQueryTests.test_order_handler
    @Test
    void test_order_handler() {
        for (String select : List.of("dob, last_name, first_name, id", "last_name, dob, first_name, id",
                "first_name, last_name, dob, id")) {
            List<Author> authors = Author.objects.raw("SELECT " + select + " FROM raw_query_author ORDER BY id").fetch();
            assertThat(authors).containsExactly(a1, a2, a3, a4);
            assertThat(authors.stream().map(a -> a.lastName)).containsExactly("Smith", "Doe", "Smith", "Jones");
        }
    }

    // Django 6.0 tests/raw_query/tests.py RawQueryTests.test_missing_fields
    @Test
    void test_missing_fields() {
        List<Author> authors = Author.objects.raw("SELECT id, first_name, dob FROM raw_query_author ORDER BY id").fetch();
        for (Author a : authors) {
            assertThat(a.firstName).isNotNull();
            assertThat(a.deferredFields()).containsExactly("lastName"); // loaded on first use, as Django's
        }
    }

    // Django 6.0 tests/raw_query/tests.py RawQueryTests.test_missing_fields_without_PK
    @Test
    void test_missing_fields_without_PK() {
        assertThatThrownBy(() -> Author.objects.raw("SELECT first_name, dob FROM raw_query_author").fetch())
                .isInstanceOf(AksaraException.class).hasMessageContaining("must include the primary key");
    }

    // Django 6.0 tests/raw_query/tests.py RawQueryTests.test_annotations
    @Test
    void test_annotations() {
        List<Author> authors = Author.objects.raw("SELECT a.*, count(b.id) AS book_count FROM raw_query_author a "
                + "LEFT JOIN raw_query_book b ON a.id = b.author_id "
                + "GROUP BY a.id, a.first_name, a.last_name, a.dob ORDER BY a.id").fetch();
        assertThat(authors).containsExactly(a1, a2, a3, a4);
        assertThat(authors.stream().map(a -> ((Number) a.annotations().entrySet().iterator().next().getValue()).intValue()))
                .containsExactly(3, 0, 1, 0);
    }
}
