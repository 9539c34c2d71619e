package io.aksara.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.testmodels.Author;
import io.aksara.testmodels.Book;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code in} lookup's list: kept as it is when no element needs converting, converted and checked otherwise. */
class InPrepareTest {
    static {
        assertThat(Author.META).isNotNull(); // registers the foreign key's target
    }

    private static Object in(String field, Object values) {
        FieldMeta<?, ?> meta = Book.META.field(field);
        return Lookups.find(meta, "in").prepare(meta, values);
    }

    @Test
    void keysAlreadyOfTheColumnsClassAreKeptAsTheyAre() {
        List<Integer> pages = List.of(1000, 2000, 1000); // above the Integer cache: a conversion would box anew
        assertThat(in("pages", pages)).isSameAs(pages);
        List<Long> authors = List.of(500L, 600L);
        assertThat(in("author", authors)).as("a foreign key's list of its target's keys").isSameAs(authors);
        assertThat(in("id", authors)).isSameAs(authors);
    }

    @Test
    void otherElementsAreStillConverted() {
        assertThat(in("pages", List.of(1000L, 2000L))).as("a long for an int column").isEqualTo(List.of(1000, 2000));
        assertThat(in("author", List.of(500L, "600"))).as("text digits for an integer key").isEqualTo(List.of(500L, 600L));
        assertThat(in("author", List.of(7, 8))).as("an int for a 64-bit key").isEqualTo(List.of(7L, 8L));
        Author saved = new Author();
        saved.id = 42L;
        assertThat(in("author", List.of(saved, 43L))).isEqualTo(List.of(42L, 43L));
        assertThat(in("pages", Arrays.asList(1000, null, 2000))).as("null never matches in").isEqualTo(List.of(1000, 2000));
        assertThat(in("pages", new int[] {1000, 2000})).isEqualTo(List.of(1000, 2000));
        assertThat(in("pages", List.of())).isEqualTo(List.of());
    }

    @Test
    void valuesThatCannotBeConvertedFailAsBefore() {
        assertThatThrownBy(() -> in("pages", List.of(1000, 5_000_000_000L))).isInstanceOf(FieldError.class)
                .hasMessageContaining("pages").hasMessageContaining("32-bit");
        assertThatThrownBy(() -> in("author", List.of(1L, "x"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("author").hasMessageContaining("Author instance");
        assertThatThrownBy(() -> in("title", List.of("ok", "bad\u0000"))).as("text is always checked")
                .isInstanceOf(FieldError.class).hasMessageContaining("title");
    }
}
