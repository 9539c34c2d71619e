package io.aksara.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.errors.FieldError;
import io.aksara.errors.ValidationError;
import io.aksara.testmodels.Book;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules every write shares: text, ranges, JSON documents, and values given by name. */
class WriteRulesTest {
    @Test
    void textWithNulOrAnUnpairedSurrogateIsRefusedAndPairsAreKept() {
        assertThat(TextRules.problem("plain, 日本語 and 🙂")).isNull();
        assertThat(TextRules.problem("a\u0000b")).isEqualTo("Null characters are not allowed (found at index 1).");
        assertThat(TextRules.problem("x\uD83D")).startsWith("Unpaired surrogate \\uD83D at index 1");
        assertThat(TextRules.problem("\uDE42x")).startsWith("Unpaired surrogate \\uDE42 at index 0");
        assertThat(Validator.check(Book.META.field("title"), "a\u0000")).containsExactly(
                "Null characters are not allowed (found at index 1).");
        // in a filter it is a FieldError: no row holds such text
        assertThatThrownBy(() -> Book.objects.filter("title__in", List.of("ok", "a\u0000")))
                .isInstanceOf(FieldError.class).hasMessageContaining("Book.title").hasMessageContaining("Null characters");
    }

    @Test
    void jsonThatContainsItselfOrAnotherTypeIsNamedWithItsPath() {
        Map<String, Object> doc = new LinkedHashMap<>();
        List<Object> tags = new ArrayList<>();
        doc.put("tags", tags);
        tags.add(doc);
        assertThatThrownBy(() -> Json.write(doc)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at $.tags[0]: the map contains itself, so it has no JSON text");
        List<Object> self = new ArrayList<>();
        self.add(self);
        assertThatThrownBy(() -> Json.write(self)).hasMessage("at $[0]: the list contains itself, so it has no JSON text");
        assertThatThrownBy(() -> Json.write(Map.of("when", Instant.EPOCH))).hasMessageStartingWith(
                "at $.when: cannot write a Instant as JSON");
        assertThatThrownBy(() -> Json.write(List.of("ok", "a\u0000"))).hasMessageStartingWith("at $[1]: Null characters");

        List<Object> shared = List.of(1, 2);
        assertThat(Json.write(List.of(shared, shared))).isEqualTo("[[1,2],[1,2]]"); // shared, not a cycle
    }

    @Test
    void valuesBeyondAFieldsRangeAreNamedBeforeConversion() {
        assertThat(ValueRanges.given(Book.META.field("pages"), 3_000_000_000L))
                .isEqualTo("Ensure this value is less than or equal to 2147483647.");
        assertThat(ValueRanges.given(Book.META.field("pages"), new BigDecimal("-1E+30")))
                .isEqualTo("Ensure this value is greater than or equal to -2147483648.");
        assertThat(ValueRanges.given(Book.META.field("price"), Double.NaN)).isEqualTo("Enter a number: a DecimalField cannot hold NaN.");
        assertThat(ValueRanges.given(Book.META.field("published"), Instant.MAX)).startsWith(
                "Ensure this date and time is between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999Z (in UTC)");
        assertThat(ValueRanges.given(Book.META.field("published"), OffsetDateTime.MAX)).isNotNull();
        // as a filter value it is a FieldError, not an exception from java.time while binding
        assertThatThrownBy(() -> Book.objects.filter("published__lt", OffsetDateTime.MAX))
                .isInstanceOf(FieldError.class).hasMessageContaining("Book.published");
        assertThatThrownBy(() -> Book.objects.filter("published__lt", Instant.MAX)).isInstanceOf(FieldError.class);
        // text names a timestamp as in Django ("2005-07-27 00:00:00", UTC); other text is refused before any SQL
        assertThat(Book.objects.filter("published__lt", "2005-07-27 00:00:00")).isNotNull();
        assertThatThrownBy(() -> Book.objects.filter("published__lt", "yesterday' or 1=1 --"))
                .isInstanceOf(FieldError.class).hasMessageContaining("Book.published").hasMessageContaining("2005-07-27 14:30:00");
        // the last nanoseconds of 9999 are stored truncated to the microsecond: still 9999
        assertThat(ValueRanges.given(Book.META.field("published"), Instant.parse("9999-12-31T23:59:59.9999999Z"))).isNull();
        // 23:00 at UTC-05:00 on the last day is already year 10000 in UTC
        assertThat(Validator.check(Book.META.field("published"),
                OffsetDateTime.of(9999, 12, 31, 23, 0, 0, 0, ZoneOffset.ofHours(-5)))).hasSize(1);
    }

    @Test
    void valuesGivenByNameAreCollectedIntoOneValidationError() {
        WriteValues check = WriteValues.of(Book.META);
        check.column(Book.META.field("title"), "x".repeat(21));
        check.column(Book.META.field("price"), new BigDecimal("1.005"));
        check.column(Book.META.field("pages"), Long.MAX_VALUE);
        check.column(Book.META.field("author"), null);
        assertThatThrownBy(check::throwIfInvalid).isInstanceOfSatisfying(ValidationError.class, e -> {
            assertThat(e.model()).isEqualTo("Book");
            assertThat(e.errors()).containsOnlyKeys("title", "price", "pages", "author");
            assertThat(e.errors().get("price")).containsExactly("Ensure that there are no more than 2 decimal places.");
            assertThat(e.errors().get("author")).containsExactly("This field cannot be null.");
        });
        // a value of the wrong type is not a validation problem but a FieldError, as before
        assertThatThrownBy(() -> WriteValues.of(Book.META).column(Book.META.field("pages"), "many"))
                .isInstanceOf(FieldError.class);
        // for an instance to insert, a null is refused when nothing (no default, no automatic value) fills it
        WriteValues forInstance = WriteValues.of(Book.META);
        assertThat(forInstance.attribute(Book.META.field("email"), null)).isNull();
        forInstance.throwIfInvalid();
        forInstance.attribute(Book.META.field("author"), null);
        assertThatThrownBy(forInstance::throwIfInvalid).isInstanceOfSatisfying(ValidationError.class,
                e -> assertThat(e.errors()).containsOnlyKeys("author"));
    }

    @Test
    void updateRefusesInvalidLiteralsBeforeTheBackendIsAsked() {
        assertThatThrownBy(() -> Book.objects.filter("pages", 1).update("title", "y".repeat(30), "pages", 5_000_000_000L))
                .isInstanceOfSatisfying(ValidationError.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("title", "pages"));
    }
}
