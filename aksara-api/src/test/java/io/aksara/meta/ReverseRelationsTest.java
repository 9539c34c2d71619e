package io.aksara.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.OnDelete;
import io.aksara.testmodels.Author;
import io.aksara.testmodels.Book;
import org.junit.jupiter.api.Test;

/** {@link ModelRegistry#reverseRelations}: found once per registry generation, and found again after a registration. */
class ReverseRelationsTest {
    /** A model registered only by this test, after the author's reverse relations were first asked for. */
    static final class Review extends Model {
        Ref<Author> subject;
    }

    @Test
    void theRelationsAreKeptUntilAModelIsRegisteredAndThenFoundAgain() {
        ModelMeta<Author> author = Author.META;
        FieldMeta<Book, ?> bookAuthor = Book.META.field("author"); // registers Book
        var first = ModelRegistry.reverseRelations(author);
        assertThat(first).contains(bookAuthor);
        assertThat(ModelRegistry.reverseRelations(author)).isSameAs(first); // nothing registered since: the same list
        assertThatThrownBy(() -> first.add(first.getFirst())).isInstanceOf(UnsupportedOperationException.class);

        ModelMeta<Review> review = ModelRegistry.register(ModelMeta.builder(Review.class, Review::new)
                .table("reviews")
                .field(FieldMeta.<Review, Long>builder("id", FieldType.BIG_AUTO, Long.class).primaryKey(true)
                        .access(FieldAccess.of(m -> m.id, (m, v) -> m.id = v)).build())
                .field(FieldMeta.<Review, Ref<Author>>builder("subject", FieldType.FOREIGN_KEY, Ref.class)
                        .relation(Author.class, OnDelete.CASCADE, "reviews")
                        .access(FieldAccess.of(m -> m.subject, (m, v) -> m.subject = v)).build())
                .build());

        var after = ModelRegistry.reverseRelations(author);
        assertThat(after).contains(review.field("subject")).containsAll(first).hasSize(first.size() + 1);
    }
}
