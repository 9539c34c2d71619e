package io.aksara.it.conformance.get_or_create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Created;
import io.aksara.Model;
import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.errors.IntegrityError;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/get_or_create/tests.py: GetOrCreateTests, GetOrCreateTestsWithManualPKs,
 * GetOrCreateThroughManyToMany, UpdateOrCreateTests and InvalidCreateArgumentsTests, through
 * managers, reverse foreign key managers and many-to-many managers. (The fork uses MongoDB object
 * ids for keys; these use Django's integer keys.)
 */
@OnEveryDatabase
class GetOrCreateSuite extends DjangoTestCase {
    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Person.class, DefaultPerson.class, ManualPrimaryKeyTest.class, Tag.class, Thing.class,
                Thing_tags.class, Publisher.class, Author.class, Book.class, Book_authors.class);
    }

    @Override
    protected void setUpTestData() {
        Person.objects.create("firstName", "John", "lastName", "Lennon", "birthday", LocalDate.of(1940, 10, 9));
    }

    private static Map<String, Object> george() {
        return Map.of("firstName", "George", "lastName", "Harrison");
    }

    // Django 6.0 tests/get_or_create/tests.py GetOrCreateTests.test_get_or_create_method_with_get
    @Test
    void test_get_or_create_method_with_get() {
        boolean created = Person.objects.getOrCreate(Map.of("firstName", "John", "lastName", "Lennon"),
                Map.of("birthday", LocalDate.of(1940, 10, 9))).created();
        assertThat(created).isFalse();
        assertThat(Person.objects.count()).isEqualTo(1);
    }

    // Django 6.0 tests/get_or_create/tests.py GetOrCreateTests.test_get_or_create_method_with_create
    @Test
    void test_get_or_create_method_with_create() {
        boolean created = Person.objects.getOrCreate(george(), Map.of("birthday", LocalDate.of(1943, 2, 25))).created();
        assertThat(created).isTrue();
        assertThat(Person.objects.count()).isEqualTo(2);
    }

    // Django 6.0 tests/get_or_create/tests.py GetOrCreateTests.test_get_or_create_redundant_instance
    @Test
    void test_get_or_create_redundant_instance() {
        Person.objects.getOrCreate(george(), Map.of("birthday", LocalDate.of(1943, 2, 25)));
        boolean created = Person.objects.getOrCreate(george(), Map.of("birthday", LocalDate.of(1943, 2, 25))).created();
        assertThat(created).isFalse();
        assertThat(Person.objects.count()).isEqualTo(2);
    }

    // Django 6.0 tests/get_or_create/tests.py GetOrCreateTests.test_get_or_create_invalid_params
    @Test
    void test_get_or_create_invalid_params() {
        // Django: IntegrityError from the database; here the missing birthday may be refused before any SQL
        assertThatThrownBy(() -> Person.objects.getOrCreate(Map.of("firstName", "Tom", "lastName", "Smith")))
                .isInstanceOf(AksaraException.class).hasMessageContaining("birthday");
        assertThat(Person.objects.count()).isEqualTo(1);
    }

    // Django 6.0 tests/get_or_create/tests.py GetOrCreateTests.test_get_or_create_with_pk_property
    @Test
    void test_get_or_create_with_pk_property() {
        Created<Thing> made = Thing.objects.getOrCreate(Map.of("pk", 1));
        assertThat(made.created()).isTrue();
        assertThat(made.object().pk()).isEqualTo(1L);
    }

    // Django 6.0 tests/get_or_create/tests.py GetOrCreateTests.test_get_or_create_on_related_manager
    @Test
    void test_get_or_create_on_related_manager() {
        Publisher p = Publisher.objects.create("name", "Acme Publishing");
        Created<Book> book = p.books().getOrCreate(Map.of("name", "The Book of Ed & Fred"));
        assertThat(book.created()).isTrue();
        assertThat(p.books().count()).isEqualTo(1);
        assertThat(p.books().getOrCreate(Map.of("name", "The Book of Ed & Fred")).created()).isFalse();
        assertThat(p.books().count()).isEqualTo(1);
        // an author through the book's many-to-many
        Created<Author> ed = book.object().authors.getOrCreate(Map.of("name", "Ed"));
        assertThat(ed.created()).isTrue();
        assertThat(book.object().authors.count()).isEqualTo(1);
        assertThat(book.object().authors.getOrCreate(Map.of("name", "Ed")).created()).isFalse();
        assertThat(book.object().authors.count()).isEqualTo(1);
        Created<Author> fred = book.object().authors.getOrCreate(Map.of("name", "Fred"));
        assertThat(fred.created()).isTrue();
        assertThat(book.object().authors.count()).isEqualTo(2);
        Author.objects.create("name", "Ted");
        assertThat(Author.objects.count()).isEqualTo(3);
        assertThat(book.object().authors.count()).isEqualTo(2);
        // a book through an author
        assertThat(ed.object().books().getOrCreate(Map.of("name", "Ed's Recipes", "publisher", p)).created()).isTrue();
        assertThat(ed.object().books().count()).isEqualTo(2);
        assertThat(fred.object().books().count()).isEqualTo(1);
        // the publisher's key instead of the instance
        assertThat(ed.object().books().getOrCreate(Map.of("name", "The Great Book of Ed", "publisher_id", p.id))
                .created()).isTrue();
        assertThat(ed.object().books().getOrCreate(Map.of("name", "The Great Book of Ed", "publisher_id", p.id))
                .created()).isFalse();
        assertThat(p.books().count()).isEqualTo(3);
    }

    // Django 6.0 tests/get_or_create/tests.py GetOrCreateTests.test_defaults_exact
    @Test
    void test_defaults_exact() {
        Map<String, Object> lookup = Map.of("firstName", "George", "lastName", "Harrison", "defaults__exact", "testing");
        Map<String, Object> defaults = Map.of("birthday", LocalDate.of(1943, 2, 25), "defaults", "testing");
        Created<Person> first = Person.objects.getOrCreate(lookup, defaults);
        assertThat(first.created()).isTrue();
        assertThat(first.object().defaults).isEqualTo("testing");
        Created<Person> second = Person.objects.getOrCreate(lookup, defaults);
        assertThat(second.created()).isFalse();
        assertThat(second.object()).isEqualTo(first.object());
    }

    // Django 6.0 tests/get_or_create/tests.py GetOrCreateTestsWithManualPKs.test_create_with_duplicate_primary_key
    @Test
    void test_create_with_duplicate_primary_key() {
        ManualPrimaryKeyTest.objects.create("pk", 1, "data", "Original");
        assertThatThrownBy(() -> ManualPrimaryKeyTest.objects.getOrCreate(Map.of("pk", 1, "data", "Different")))
                .isInstanceOf(IntegrityError.class);
        assertThat(ManualPrimaryKeyTest.objects.get("pk", 1).data).isEqualTo("Original");
    }

    // Django 6.0 tests/get_or_create/tests.py GetOrCreateTestsWithManualPKs.test_savepoint_rollback
    @Test
    void test_savepoint_rollback() {
        Tag.objects.create("text", "foo");
        // pk 123456789 does not exist, so the tag is created, and its text breaks the unique constraint
        assertThatThrownBy(() -> Tag.objects.getOrCreate(Map.of("pk", 123456789), Map.of("text", "foo")))
                .isInstanceOf(IntegrityError.class);
        // the connection is still usable
        Tag.objects.create("text", "bar");
        assertThat(Tag.objects.count()).isEqualTo(2);
    }

    // Django 6.0 tests/get_or_create/tests.py GetOrCreateTestsWithManualPKs.test_get_or_create_empty
    @Test
    void test_get_or_create_empty() {
        Created<DefaultPerson> made = DefaultPerson.objects.getOrCreate(Map.of());
        assertThat(made.created()).isTrue();
        assertThat(made.object().firstName).isEqualTo("Anonymous");
    }

    // Django 6.0 tests/get_or_create/tests.py GetOrCreateThroughManyToMany.test_get_get_or_create
    @Test
    void test_get_get_or_create() {
        Tag tag = Tag.objects.create("text", "foo");
        Thing aThing = Thing.objects.create("name", "a");
        aThing.tags.add(tag);
        Created<Tag> got = aThing.tags.getOrCreate(Map.of("text", "foo"));
        assertThat(got.created()).isFalse();
        assertThat(got.object().pk()).isEqualTo(tag.pk());
    }

    // Django 6.0 tests/get_or_create/tests.py GetOrCreateThroughManyToMany.test_create_get_or_create
    @Test
    void test_create_get_or_create() {
        Thing aThing = Thing.objects.create("name", "a");
        Created<Tag> made = aThing.tags.getOrCreate(Map.of("text", "foo"));
        assertThat(made.created()).isTrue();
        assertThat(made.object().text).isEqualTo("foo");
        assertThat(aThing.tags.all().fetch()).contains(made.object());
    }

    // Django 6.0 tests/get_or_create/tests.py GetOrCreateThroughManyToMany.test_something
    @Test
    void test_something() {
        Tag.objects.create("text", "foo");
        Thing aThing = Thing.objects.create("name", "a");
        // not linked, so it is created again, which the unique text refuses
        assertThatThrownBy(() -> aThing.tags.getOrCreate(Map.of("text", "foo"))).isInstanceOf(IntegrityError.class);
        assertThat(aThing.tags.count()).isZero();
    }

    // Django 6.0 tests/get_or_create/tests.py UpdateOrCreateTests.test_update
    @Test
    void test_update() {
        Created<Person> r = Person.objects.updateOrCreate(Map.of("firstName", "John", "lastName", "Lennon"),
                Map.of("birthday", LocalDate.of(1940, 10, 10)));
        assertThat(r.created()).isFalse();
        assertThat(r.object().firstName).isEqualTo("John");
        assertThat(r.object().lastName).isEqualTo("Lennon");
        assertThat(r.object().birthday).isEqualTo(LocalDate.of(1940, 10, 10));
    }

    // Django 6.0 tests/get_or_create/tests.py UpdateOrCreateTests.test_create
    @Test
    void test_create() {
        Person.objects.all().delete(); // Django's UpdateOrCreateTests starts without John
        Created<Person> r = Person.objects.updateOrCreate(Map.of("firstName", "John", "lastName", "Lennon"),
                Map.of("birthday", LocalDate.of(1940, 10, 10)));
        assertThat(r.created()).isTrue();
        assertThat(r.object().firstName).isEqualTo("John");
        assertThat(r.object().birthday).isEqualTo(LocalDate.of(1940, 10, 10));
    }

    // Django 6.0 tests/get_or_create/tests.py UpdateOrCreateTests.test_create_twice
    @Test
    void test_create_twice() {
        Person.objects.all().delete();
        Map<String, Object> lookup = Map.of("firstName", "John", "lastName", "Lennon");
        Created<Person> r = Person.objects.updateOrCreate(lookup, Map.of("birthday", LocalDate.of(1950, 2, 2)),
                Map.of("birthday", LocalDate.of(1940, 10, 10)));
        assertThat(r.created()).isTrue();
        assertThat(r.object().birthday).isEqualTo(LocalDate.of(1940, 10, 10));
        r = Person.objects.updateOrCreate(lookup, Map.of("birthday", LocalDate.of(1950, 2, 2)),
                Map.of("birthday", LocalDate.of(1940, 10, 10)));
        assertThat(r.created()).isFalse();
        assertThat(r.object().birthday).isEqualTo(LocalDate.of(1950, 2, 2));
    }

    // Django 6.0 tests/get_or_create/tests.py UpdateOrCreateTests.test_integrity
    @Test
    void test_integrity() {
        assertThatThrownBy(() -> Person.objects.updateOrCreate(Map.of("firstName", "Tom", "lastName", "Smith"), Map.of()))
                .isInstanceOf(AksaraException.class).hasMessageContaining("birthday");
    }

    // Django 6.0 tests/get_or_create/tests.py UpdateOrCreateTests.test_manual_primary_key_test
    @Test
    void test_manual_primary_key_test() {
        ManualPrimaryKeyTest.objects.create("pk", 1, "data", "Original");
        assertThatThrownBy(() -> ManualPrimaryKeyTest.objects.updateOrCreate(Map.of("pk", 1, "data", "Different"),
                Map.of())).isInstanceOf(IntegrityError.class);
        assertThat(ManualPrimaryKeyTest.objects.get("pk", 1).data).isEqualTo("Original");
    }

    // Django 6.0 tests/get_or_create/tests.py UpdateOrCreateTests.test_with_pk_property
    @Test
    void test_with_pk_property() {
        assertThat(Thing.objects.updateOrCreate(Map.of("pk", 1), Map.of()).created()).isTrue();
    }

    // Django 6.0 tests/get_or_create/tests.py UpdateOrCreateTests.test_create_with_related_manager
    @Test
    void test_create_with_related_manager() {
        Publisher p = Publisher.objects.create("name", "Acme Publishing");
        Created<Book> book = p.books().updateOrCreate(Map.of("name", "The Book of Ed & Fred"), Map.of());
        assertThat(book.created()).isTrue();
        assertThat(p.books().count()).isEqualTo(1);
        book = p.books().updateOrCreate(Map.of("name", "Basics of Django"), Map.of(), Map.of("name", "Advanced Django"));
        assertThat(book.created()).isTrue();
        assertThat(book.object().name).isEqualTo("Advanced Django");
        assertThat(p.books().count()).isEqualTo(2);
    }

    // Django 6.0 tests/get_or_create/tests.py UpdateOrCreateTests.test_update_with_related_manager
    @Test
    void test_update_with_related_manager() {
        Publisher p = Publisher.objects.create("name", "Acme Publishing");
        Book book = Book.objects.create("name", "The Book of Ed & Fred", "publisher", p);
        assertThat(p.books().count()).isEqualTo(1);
        String name = "The Book of Django";
        Created<Book> r = p.books().updateOrCreate(Map.of("id", book.id), Map.of("name", name));
        assertThat(r.created()).isFalse();
        assertThat(r.object().name).isEqualTo(name);
        // createDefaults are not used for an update
        r = p.books().updateOrCreate(Map.of("id", book.id), Map.of("name", name), Map.of("name", "Basics of Django"));
        assertThat(r.created()).isFalse();
        assertThat(r.object().name).isEqualTo(name);
        assertThat(p.books().count()).isEqualTo(1);
    }

    // Django 6.0 tests/get_or_create/tests.py UpdateOrCreateTests.test_create_with_many
    @Test
    void test_create_with_many() {
        Publisher p = Publisher.objects.create("name", "Acme Publishing");
        Author author = Author.objects.create("name", "Ted");
        Created<Book> book = author.books().updateOrCreate(Map.of("name", "The Book of Ed & Fred", "publisher", p), Map.of());
        assertThat(book.created()).isTrue();
        assertThat(author.books().count()).isEqualTo(1);
        book = author.books().updateOrCreate(Map.of("name", "Basics of Django", "publisher", p), Map.of(),
                Map.of("name", "Advanced Django"));
        assertThat(book.created()).isTrue();
        assertThat(book.object().name).isEqualTo("Advanced Django");
        assertThat(author.books().count()).isEqualTo(2);
    }

    // Django 6.0 tests/get_or_create/tests.py UpdateOrCreateTests.test_update_with_many
    @Test
    void test_update_with_many() {
        Publisher p = Publisher.objects.create("name", "Acme Publishing");
        Author author = Author.objects.create("name", "Ted");
        Book book = Book.objects.create("name", "The Book of Ed & Fred", "publisher", p);
        book.authors.add(author);
        assertThat(author.books().count()).isEqualTo(1);
        String name = "The Book of Django";
        Created<Book> r = author.books().updateOrCreate(Map.of("id", book.id), Map.of("name", name));
        assertThat(r.created()).isFalse();
        assertThat(r.object().name).isEqualTo(name);
        r = author.books().updateOrCreate(Map.of("id", book.id), Map.of("name", name), Map.of("name", "Basics of Django"));
        assertThat(r.created()).isFalse();
        assertThat(r.object().name).isEqualTo(name);
        assertThat(author.books().count()).isEqualTo(1);
    }

    // Django 6.0 tests/get_or_create/tests.py UpdateOrCreateTests.test_create_defaults_exact
    @Test
    void test_create_defaults_exact() {
        Map<String, Object> lookup = Map.of("firstName", "George", "lastName", "Harrison", "createDefaults__exact", "testing");
        Created<Person> r = Person.objects.updateOrCreate(lookup, Map.of(),
                Map.of("birthday", LocalDate.of(1943, 2, 25), "createDefaults", "testing"));
        assertThat(r.created()).isTrue();
        assertThat(r.object().createDefaults).isEqualTo("testing");
        r = Person.objects.updateOrCreate(lookup, Map.of(),
                Map.of("birthday", LocalDate.of(1943, 2, 25), "createDefaults", "another testing"));
        assertThat(r.created()).isFalse();
        assertThat(r.object().createDefaults).isEqualTo("testing");
    }

    // Django 6.0 tests/get_or_create/tests.py InvalidCreateArgumentsTests (all six cases)
    @Test
    void test_get_or_create_with_invalid_defaults() {
        assertThatThrownBy(() -> Thing.objects.getOrCreate(Map.of("name", "a"), Map.of("nonexistent", "b")))
                .isInstanceOf(FieldError.class).hasMessageContaining("nonexistent");
        assertThatThrownBy(() -> Thing.objects.getOrCreate(Map.of("name", "a", "nonexistent", "b")))
                .isInstanceOf(FieldError.class).hasMessageContaining("nonexistent");
        assertThatThrownBy(() -> Thing.objects.updateOrCreate(Map.of("name", "a"), Map.of("nonexistent", "b")))
                .isInstanceOf(FieldError.class).hasMessageContaining("nonexistent");
        assertThatThrownBy(() -> Thing.objects.updateOrCreate(Map.of("name", "a"), Map.of(), Map.of("nonexistent", "b")))
                .isInstanceOf(FieldError.class).hasMessageContaining("nonexistent");
        assertThatThrownBy(() -> Thing.objects.updateOrCreate(Map.of("name", "a", "nonexistent", "b"), Map.of()))
                .isInstanceOf(FieldError.class).hasMessageContaining("nonexistent");
        assertThatThrownBy(() -> Thing.objects.updateOrCreate(Map.of("name", "a", "nonexistent", "b"),
                Map.of("invalid", "c"))).isInstanceOf(FieldError.class);
        assertThat(Thing.objects.count()).isZero();
    }
}
