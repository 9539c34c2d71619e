package io.aksara.it.conformance.force_insert_update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Model;
import io.aksara.Transaction;
import io.aksara.errors.IntegrityError;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.get_or_create.Author;
import io.aksara.it.conformance.get_or_create.Book;
import io.aksara.it.conformance.get_or_create.Book_authors;
import io.aksara.it.conformance.get_or_create.Publisher;
import io.aksara.it.conformance.support.DjangoTestCase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/force_insert_update/tests.py {@code ForceTests}: {@code create()} is
 * {@code save(force_insert=True)} in Django, so a primary key that already has a row is an
 * {@code IntegrityError}, never an update of that row. Aksara has no {@code force_insert} flag on
 * {@code save()}; its {@code create()} is the forced insert, on a manager, a reverse foreign key
 * manager and a many-to-many manager alike.
 */
@OnEveryDatabase
public class ForceInsertUpdateSuite extends DjangoTestCase {
    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Counter.class, WithCustomPK.class, Publisher.class, Author.class, Book.class, Book_authors.class);
    }

    // Django 6.0 tests/force_insert_update/tests.py ForceTests.test_force_update (the insert half; Aksara
    // has no force_update, and save() of an instance with a key is its update)
    @Test
    void test_force_update() {
        Counter c = Counter.objects.create("name", "one", "value", 1);
        // The normal case
        c.value = 2;
        c.save();
        c.value = 3;
        c.save();
        assertThat(Counter.objects.get("pk", c.id).value).isEqualTo(3);
        // a new row through a forced insert
        Counter c1 = Counter.objects.create("name", "two", "value", 2);
        assertThat(c1.id).isNotEqualTo(c.id);
        // Won't work because we can't insert a pk of the same value.
        assertThatThrownBy(() -> Transaction.atomic(() -> Counter.objects.create("id", c.id, "name", "one", "value", 5)))
                .isInstanceOf(IntegrityError.class);
        assertThat(Counter.objects.get("pk", c.id).value).isEqualTo(3);
        assertThat(Counter.objects.count()).isEqualTo(2);
    }

    /** The same with a key the user chooses (Django's {@code WithCustomPK}): the first row stays as it was. */
    @Test
    void createWithAnExistingCustomKeyIsAnIntegrityError() {
        WithCustomPK.objects.create("name", 1, "value", 1);
        assertThatThrownBy(() -> WithCustomPK.objects.create("name", 1, "value", 2)).isInstanceOf(IntegrityError.class);
        assertThat(WithCustomPK.objects.get("pk", 1).value).isEqualTo(1);
        assertThat(WithCustomPK.objects.count()).isEqualTo(1);
    }

    /** Through the related managers too: nothing is updated, moved or linked. */
    @Test
    void relatedManagersCreateWithAnExistingKeyIsAnIntegrityError() {
        Publisher acme = Publisher.objects.create("name", "Acme");
        Publisher other = Publisher.objects.create("name", "Other");
        Book book = acme.books().create("name", "Original");
        assertThatThrownBy(() -> other.books().create("id", book.id, "name", "Copy")).isInstanceOf(IntegrityError.class);
        Book stored = Book.objects.get("pk", book.id);
        assertThat(stored.name).isEqualTo("Original");
        assertThat(stored.publisher.id()).isEqualTo(acme.id);

        Author ann = Author.objects.create("name", "Ann");
        assertThatThrownBy(() -> ann.books().create("id", book.id, "name", "Linked", "publisher", other))
                .isInstanceOf(IntegrityError.class);
        assertThat(Book.objects.get("pk", book.id).name).isEqualTo("Original");
        assertThat(ann.books().all().count()).isZero();
    }
}
