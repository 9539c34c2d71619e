package io.aksara;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.query.Filter;
import io.aksara.query.OrderTerm;
import io.aksara.testmodels.Author;
import io.aksara.testmodels.Book;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Building QuerySets resolves names and values at once, with no database involved. */
class ResolutionTest {
    static {
        Author.META.table(); // make sure both hand-written metamodels are registered
    }

    @Test
    void stringLookupResolvesToFieldLookupAndConvertedValue() {
        Filter f = Book.objects.filter("price__lt", 100).query().where();
        assertThat(f).isInstanceOfSatisfying(Filter.Match.class, m -> {
            assertThat(m.field().name()).isEqualTo("price");
            assertThat(m.lookup().name()).isEqualTo("lt");
            assertThat(m.value()).isEqualTo(new BigDecimal("100"));
        });
    }

    @Test
    void columnNamesAndPkAreAcceptedAsPathSegments() {
        Filter byColumn = Book.objects.filter("in_print", true).query().where();
        assertThat(((Filter.Match) byColumn).field().name()).isEqualTo("inPrint");
        Filter byPk = Book.objects.filter("pk__in", List.of(1, 2L)).query().where();
        assertThat(((Filter.Match) byPk).value()).isEqualTo(List.of(1L, 2L));
    }

    @Test
    void noLookupMeansExactAndNullMeansIsNull() {
        Filter.Match m = (Filter.Match) Book.objects.filter("pages", null).query().where();
        assertThat(m.lookup().name()).isEqualTo("isnull");
        assertThat(m.value()).isEqualTo(true);
    }

    @Test
    void foreignKeyTakesAnInstanceARefOrAKey() {
        Author a = new Author();
        a.id = 7L;
        assertThat(((Filter.Match) Book.objects.filter("author", a).query().where()).value()).isEqualTo(7L);
        assertThat(((Filter.Match) Book.objects.filter("author", Ref.to(a)).query().where()).value()).isEqualTo(7L);
        assertThat(((Filter.Match) Book.objects.filter("author_id", 7).query().where()).value()).isEqualTo(7L);
        assertThat(((Filter.Match) Book.objects.filter("author__id", 7).query().where()).value()).isEqualTo(7L);
        assertThatThrownBy(() -> Book.objects.filter("author", new Author()))
                .isInstanceOf(FieldError.class).hasMessageContaining("unsaved Author");
    }

    @Test
    void unknownFieldNamesTheModelSuggestsAndListsChoices() {
        assertThatThrownBy(() -> Book.objects.filter("titel", "x"))
                .isInstanceOf(FieldError.class)
                .hasMessage("Cannot resolve 'titel' on Book. Did you mean 'title'? "
                        + "Choices: id, title, email, price, inPrint, pages, author, published");
    }

    @Test
    void lookupThatDoesNotFitTheTypeNamesBoth() {
        assertThatThrownBy(() -> Book.objects.filter("inPrint__gt", true))
                .isInstanceOf(FieldError.class)
                .hasMessageStartingWith("Unsupported lookup 'gt' for BooleanField 'inPrint' on Book.")
                .hasMessageContaining("Valid lookups: exact, in, isnull");
        // as Django, a text lookup on a number compares it as text (CAST), so it is not refused
        assertThat(Book.objects.filter("pages__icontains", 3).query().where())
                .isInstanceOfSatisfying(io.aksara.query.Filter.Match.class, m -> {
                    assertThat(m.path().transforms()).containsExactly(io.aksara.lookup.AsText.INSTANCE);
                    assertThat(m.value()).isEqualTo("3"); // the number, written as text
                });
        assertThatThrownBy(() -> Book.objects.filter("title__gt__lt", "a"))
                .isInstanceOf(FieldError.class).hasMessageContaining("only the last segment can be a lookup");
    }

    @Test
    void wrongValueTypesAreRejectedWithTheFieldAndExpectation() {
        assertThatThrownBy(() -> Book.objects.filter("pages", "many"))
                .isInstanceOf(FieldError.class).hasMessage("Book.pages (IntegerField) expects an int, got String \"many\"");
        assertThatThrownBy(() -> Book.objects.filter("pages", 3.5))
                .isInstanceOf(FieldError.class).hasMessageContaining("expects an int");
        assertThatThrownBy(() -> Book.objects.filter("pages", 5_000_000_000L))
                .isInstanceOf(FieldError.class).hasMessageContaining("32-bit range");
        assertThatThrownBy(() -> Book.objects.filter("inPrint", "yes"))
                .isInstanceOf(FieldError.class).hasMessageContaining("expects a boolean");
        assertThatThrownBy(() -> Book.objects.filter("pages__in", 3))
                .isInstanceOf(FieldError.class).hasMessageContaining("a collection or array");
        assertThatThrownBy(() -> Book.objects.filter("pages__isnull", "no"))
                .isInstanceOf(FieldError.class).hasMessageContaining("true or false");
        assertThatThrownBy(() -> Book.objects.filter("pages__gt", null))
                .isInstanceOf(FieldError.class).hasMessageContaining("cannot take null");
    }

    @Test
    void emptyPathsAndBadPairsAreRejected() {
        assertThatThrownBy(() -> Book.objects.filter("", 1)).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> Book.objects.filter("title____exact", 1)).isInstanceOf(FieldError.class)
                .hasMessageContaining("empty segment");
        assertThatThrownBy(() -> Book.objects.filter("title", "a", "pages")).isInstanceOf(FieldError.class)
                .hasMessageContaining("has no value");
        assertThatThrownBy(() -> Book.objects.filter("title", "a", 5, 6)).isInstanceOf(FieldError.class)
                .hasMessageContaining("Expected a lookup name");
    }

    @Test
    void querySetsAreImmutable() {
        QuerySet<Book> base = Book.objects.all();
        QuerySet<Book> filtered = base.filter("pages__gt", 10);
        QuerySet<Book> ordered = filtered.orderBy("-price");
        assertThat(base.query().where()).isInstanceOf(Filter.Everything.class);
        assertThat(filtered.query().where()).isInstanceOf(Filter.Match.class);
        assertThat(filtered.query().ordering()).extracting(OrderTerm::descending).containsExactly(true, false);
        assertThat(ordered.query().ordering()).singleElement().satisfies(t -> assertThat(t.field().name()).isEqualTo("price"));
        assertThat(base.orderBy().isOrdered()).isFalse();
    }

    @Test
    void metaOrderingIsTheDefault() {
        List<OrderTerm> terms = Book.objects.all().query().ordering();
        assertThat(terms).extracting(t -> t.field().name()).containsExactly("published", "title");
        assertThat(terms).extracting(OrderTerm::descending).containsExactly(true, false);
    }

    @Test
    void slicesCombineLikePythonSlices() {
        QuerySet<Book> page = Book.objects.all().slice(10, 30).slice(5, 10);
        assertThat(page.query().offset()).isEqualTo(15);
        assertThat(page.query().limit()).isEqualTo(5L);
        assertThat(Book.objects.all().limit(5).offset(10).query().limit()).isZero();
        assertThatThrownBy(() -> Book.objects.all().slice(-1, 3)).isInstanceOf(FieldError.class)
                .hasMessageContaining("Negative indexing is not supported");
        assertThatThrownBy(() -> Book.objects.all().limit(-1)).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> Book.objects.all().limit(3).filter("pages", 1)).isInstanceOf(AksaraException.class)
                .hasMessageContaining("Cannot filter a query once a slice has been taken");
        assertThatThrownBy(() -> Book.objects.all().limit(3).delete()).isInstanceOf(AksaraException.class)
                .hasMessageContaining("Cannot delete");
    }

    @Test
    void qCombinatorsFlattenAndEmptyIsIdentity() {
        Q a = Q.of("pages__gt", 1);
        Q b = Q.of("title", "x");
        assertThat(Q.empty().and(a)).isEqualTo(a);
        assertThat(a.or(Q.empty())).isEqualTo(a);
        assertThat(Q.empty().not()).isEqualTo(Q.empty());
        assertThat(a.not().not()).isEqualTo(a);
        assertThat(a.and(b).and(a)).isInstanceOfSatisfying(Q.And.class, and -> assertThat(and.parts()).hasSize(3));
        Filter f = Book.objects.filter(a.or(b).not()).query().where();
        assertThat(f).isInstanceOfSatisfying(Filter.Not.class, n -> assertThat(n.part()).isInstanceOf(Filter.Or.class));
        assertThat(Book.objects.filter(Q.empty()).query().where()).isInstanceOf(Filter.Everything.class);
    }

    @Test
    void createValuesAreConvertedOrRejectedPerField() {
        Book b = Book.objects.build("title", "Dune", "price", 9.99, "pages", 412L, "author_id", 3);
        assertThat(b.price).isEqualTo(new BigDecimal("9.99"));
        assertThat(b.pages).isEqualTo(412);
        assertThat(b.author.id()).isEqualTo(3L);
        assertThat(b.inPrint).isTrue(); // field initializer = default
        assertThatThrownBy(() -> Book.objects.build("inPrint", null)).isInstanceOf(FieldError.class)
                .hasMessageContaining("primitive boolean and cannot be set to null");
        assertThatThrownBy(() -> Book.objects.build("pirce", 1)).isInstanceOf(FieldError.class)
                .hasMessageContaining("Did you mean 'price'?");
        assertThat(Book.META.defaults()).containsOnlyKeys(Book.META.field("inPrint"));
    }
}
