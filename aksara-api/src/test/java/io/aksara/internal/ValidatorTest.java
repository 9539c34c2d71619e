package io.aksara.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.errors.ValidationError;
import io.aksara.testmodels.Book;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation runs before any SQL and reports every invalid field at once. */
class ValidatorTest {
    @Test
    void reportsEveryProblemPerField() {
        Book b = new Book();
        b.title = "A title that is far too long";
        b.email = "someone@";
        b.price = new BigDecimal("12345.678");
        assertThatThrownBy(() -> Validator.validate(Book.META, b))
                .isInstanceOfSatisfying(ValidationError.class, e -> {
                    assertThat(e.model()).isEqualTo("Book");
                    assertThat(e.errors().get("title")).containsExactly("Ensure this value has at most 20 characters (it has 28).");
                    assertThat(e.errors().get("email")).containsExactly("Enter a valid email address.");
                    assertThat(e.errors().get("price")).containsExactly(
                            "Ensure that there are no more than 6 digits in total.",
                            "Ensure that there are no more than 2 decimal places.",
                            "Ensure that there are no more than 4 digits before the decimal point.");
                    assertThat(e.errors().get("author")).containsExactly("This field cannot be null.");
                });
    }

    @Test
    void acceptsValidValuesAndCountsCharactersNotBytes() {
        Book b = new Book();
        b.title = "日本語のタイトル🙂";
        b.email = "first.last+tag@sub.example.org";
        b.price = new BigDecimal("9999.90");
        // Author.META registers the model: a class literal alone does not initialise it, and Ref.toId needs it
        b.author = io.aksara.Ref.toId(io.aksara.testmodels.Author.META.type(), 1L);
        Validator.validate(Book.META, b);
        assertThat(Validator.check(Book.META.field("price"), new BigDecimal("0.05"))).isEmpty();
        assertThat(Validator.check(Book.META.field("price"), new BigDecimal("1E+3"))).isEmpty();
        assertThat(Validator.check(Book.META.field("email"), "no spaces@x.io")).isEqualTo(List.of("Enter a valid email address."));
    }

    @Test
    void asyncWorkRunsOnVirtualThreads() throws Exception {
        assertThat(Async.supply(() -> Thread.currentThread().isVirtual()).get()).isTrue();
    }

    @Test
    void skipsOnlyFieldsEveryValueOfWhichPasses() {
        // the generated key may be null on a new instance; a nullable integer too; a primitive is never null
        assertThat(Validator.alwaysValid(Book.META.field("id"))).isTrue();
        assertThat(Validator.alwaysValid(Book.META.field("pages"))).isTrue();
        assertThat(Validator.alwaysValid(Book.META.field("inPrint"))).isTrue();
        // these have something to check: length, digits, a saved target
        assertThat(Validator.alwaysValid(Book.META.field("title"))).isFalse();
        assertThat(Validator.alwaysValid(Book.META.field("price"))).isFalse();
        assertThat(Validator.alwaysValid(Book.META.field("author"))).isFalse();
    }

    @Test
    void countsCodePointsOnlyForTextLongerThanTheLimitInChars() {
        // 20 emoji are 40 chars but 20 characters: within title's limit of 20
        assertThat(Validator.check(Book.META.field("title"), "🙂".repeat(20))).isEmpty();
        assertThat(Validator.check(Book.META.field("title"), "🙂".repeat(21)))
                .containsExactly("Ensure this value has at most 20 characters (it has 21).");
        assertThat(Validator.check(Book.META.field("title"), "x".repeat(20))).isEmpty();
    }
}
