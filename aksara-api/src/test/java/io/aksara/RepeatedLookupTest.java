package io.aksara;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.errors.FieldError;
import io.aksara.query.Filter;
import io.aksara.testmodels.Author;
import io.aksara.testmodels.Book;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lookup string used again (the usual case: a constant in a query built on every call) resolves
 * as the first time, with the new value, while bad lookups are refused every time.
 */
class RepeatedLookupTest {
    static {
        Author.META.table(); // make sure both hand-written metamodels are registered
    }

    @Test
    void theSameLookupTakesEachCallsValue() {
        for (int i = 0; i < 3; i++) {
            Filter.Match m = (Filter.Match) Book.objects.filter("price__lt", 100 + i).query().where();
            assertThat(m.field().name()).isEqualTo("price");
            assertThat(m.lookup().name()).isEqualTo("lt");
            assertThat(m.value()).isEqualTo(new BigDecimal(100 + i));
        }
        Filter.Match isNull = (Filter.Match) Book.objects.filter("pages", null).query().where();
        assertThat(isNull.lookup().name()).isEqualTo("isnull");
        Filter.Match exact = (Filter.Match) Book.objects.filter("pages", 3).query().where();
        assertThat(exact.lookup().name()).isEqualTo("exact");
        assertThat(exact.value()).isEqualTo(3);
    }

    @Test
    void aTextLookupOnANumberConvertsEveryValue() {
        for (int i = 0; i < 3; i++) {
            Filter.Match m = (Filter.Match) Book.objects.filter("pages__icontains", i).query().where();
            assertThat(m.path().transforms()).containsExactly(io.aksara.lookup.AsText.INSTANCE);
            assertThat(m.value()).isEqualTo(String.valueOf(i));
        }
    }

    @Test
    void splittingGivesTheSameSegmentsEachTime() {
        assertThat(Q.split("author__name__icontains")).containsExactly("author", "name", "icontains");
        assertThat(Q.split("author__name__icontains")).containsExactly("author", "name", "icontains");
        assertThat(Q.split("pk")).containsExactly("pk");
        assertThatThrownBy(() -> Q.split("price____lt")).isInstanceOf(FieldError.class).hasMessageContaining("empty segment");
        assertThatThrownBy(() -> Q.split("price____lt")).isInstanceOf(FieldError.class).hasMessageContaining("empty segment");
        assertThatThrownBy(() -> Q.split(null)).isInstanceOf(FieldError.class);
    }

    @Test
    void aBadLookupIsRefusedEveryTimeNamingModelAndField() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> Book.objects.filter("titel", "x"))
                    .isInstanceOf(FieldError.class).hasMessageStartingWith("Cannot resolve 'titel' on Book.");
            assertThatThrownBy(() -> Book.objects.filter("inPrint__gt", true))
                    .isInstanceOf(FieldError.class)
                    .hasMessageStartingWith("Unsupported lookup 'gt' for BooleanField 'inPrint' on Book.");
        }
    }

    @Test
    void aGoodLookupStillRefusesABadValueEachTime() {
        Book.objects.filter("pages__in", List.of(1, 2)); // resolved and kept
        assertThatThrownBy(() -> Book.objects.filter("pages__in", 5)).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> Book.objects.filter("pages__in", 5)).isInstanceOf(FieldError.class);
    }
}
