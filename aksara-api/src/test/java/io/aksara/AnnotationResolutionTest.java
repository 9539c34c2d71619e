package io.aksara;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.aggregates.Avg;
import io.aksara.aggregates.Count;
import io.aksara.aggregates.Max;
import io.aksara.aggregates.Min;
import io.aksara.aggregates.StdDev;
import io.aksara.aggregates.Sum;
import io.aksara.aggregates.Variance;
import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.expr.Case;
import io.aksara.expr.Exists;
import io.aksara.expr.OuterRef;
import io.aksara.expr.Subquery;
import io.aksara.expr.Value;
import io.aksara.expr.When;
import io.aksara.expr.Window;
import io.aksara.functions.Cast;
import io.aksara.functions.Coalesce;
import io.aksara.functions.Extract;
import io.aksara.functions.Lower;
import io.aksara.functions.RowNumber;
import io.aksara.functions.Trunc;
import io.aksara.internal.Expressions;
import io.aksara.meta.FieldType;
import io.aksara.query.Annotation;
import io.aksara.query.Expr;
import io.aksara.query.Filter;
import io.aksara.query.SelectQuery;
import io.aksara.testmodels.Author;
import io.aksara.testmodels.Book;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** annotate, aggregate and expressions resolve (names, types, grouping, errors) with no database involved. */
class AnnotationResolutionTest {
    static {
        Author.META.table(); // both hand-written metamodels registered
    }

    private static final Manager<Author> AUTHORS = Manager.of(Author.class);

    private static Annotation only(QuerySet<?> qs) {
        assertThat(qs.query().annotations()).hasSize(1);
        return qs.query().annotations().getFirst();
    }

    @Test
    void defaultNamesAreDjangos() {
        assertThat(Expressions.defaultName(Count.of("books"), "annotate")).isEqualTo("books__count");
        assertThat(Expressions.defaultName(Avg.of("price"), "aggregate")).isEqualTo("price__avg");
        assertThat(Expressions.defaultName(Sum.of(F.of("pages")), "aggregate")).isEqualTo("pages__sum");
        assertThat(Expressions.defaultName(Max.of("author__name"), "aggregate")).isEqualTo("author__name__max");
        assertThat(Expressions.defaultName(StdDev.of("pages").sample(), "aggregate")).isEqualTo("pages__stddev");
        assertThat(Expressions.defaultName(Variance.of("pages"), "aggregate")).isEqualTo("pages__variance");
        assertThat(Expressions.defaultName(Count.of("id").distinct().filter("pages__gt", 1), "aggregate")).isEqualTo("id__count");
        assertThat(Expressions.defaultName(Min.of("price").as("cheapest"), "aggregate")).isEqualTo("cheapest");
        assertThat(Expressions.defaultName(Lower.of("title").as("low"), "annotate")).isEqualTo("low");
        assertThat(only(AUTHORS.annotate(Count.of("books"))).name()).isEqualTo("books__count");
        assertThat(only(AUTHORS.annotate("n", Count.of("books"))).name()).isEqualTo("n");
    }

    @Test
    void complexExpressionsNeedANameAsInDjango() {
        assertThatThrownBy(() -> Book.objects.aggregate(Count.all())).isInstanceOf(FieldError.class)
                .hasMessageStartingWith("Complex aggregates require an alias");
        assertThatThrownBy(() -> Book.objects.aggregate(Sum.of(F.of("pages").times(2)))).isInstanceOf(FieldError.class)
                .hasMessageStartingWith("Complex aggregates require an alias");
        assertThatThrownBy(() -> Book.objects.annotate(Lower.of("title"))).isInstanceOf(FieldError.class)
                .hasMessageStartingWith("Complex annotations require an alias");
        assertThatThrownBy(() -> Book.objects.annotate(Count.of("id"), Count.of("id"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("two expressions named 'id__count'");
        assertThatThrownBy(() -> Book.objects.annotate("n", Count.of("id"), "m")).isInstanceOf(FieldError.class)
                .hasMessageContaining("name/expression pairs");
        assertThatThrownBy(() -> Book.objects.annotate("n", Count.of("id"), "m", 5)).isInstanceOf(FieldError.class)
                .hasMessageContaining("expects an expression for 'm', got Integer 5 (wrap constants in Value.of)");
    }

    @Test
    void aggregatesHaveTheDocumentedTypes() {
        assertThat(only(Book.objects.annotate(Count.of("id"))).expr().type()).isEqualTo(FieldType.BIG_INTEGER);
        assertThat(only(Book.objects.annotate(Sum.of("pages"))).expr().type()).isEqualTo(FieldType.BIG_INTEGER);
        assertThat(only(Book.objects.annotate(Avg.of("pages"))).expr().type()).isEqualTo(FieldType.FLOAT);
        assertThat(only(Book.objects.annotate(Sum.of("price"))).expr().type()).isEqualTo(FieldType.DECIMAL);
        assertThat(only(Book.objects.annotate(Avg.of("price"))).expr().type()).isEqualTo(FieldType.DECIMAL);
        assertThat(only(Book.objects.annotate(Min.of("published"))).expr().type()).isEqualTo(FieldType.DATE_TIME);
        assertThat(only(Book.objects.annotate(Max.of("pages"))).expr().type()).isEqualTo(FieldType.INTEGER);
        assertThat(only(Book.objects.annotate(Max.of("id"))).expr().type()).isEqualTo(FieldType.BIG_INTEGER);
        assertThat(only(Book.objects.annotate(StdDev.of("price"))).expr().type()).isEqualTo(FieldType.FLOAT);
        Expr.Aggregate count = (Expr.Aggregate) only(AUTHORS.annotate(Count.of("books"))).expr();
        Expr.Column counted = (Expr.Column) count.argument();
        assertThat(counted.path().crossesToMany()).isTrue();              // the related books' keys
        assertThat(counted.path().field().name()).isEqualTo("id");
        Expr.Aggregate withDefault = (Expr.Aggregate) only(Book.objects.annotate(Sum.of("price").defaultValue(0))).expr();
        assertThat(((Expr.Constant) withDefault.defaultValue()).value()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void filtersOnAggregatesGoToHavingAndFilterCallsBeforeAnnotateAreRemembered() {
        SelectQuery<Author> q = AUTHORS.annotate(Count.of("books").as("n")).filter("n__gt", 1, "name", "Ann").query();
        assertThat(q.where()).isInstanceOf(Filter.Match.class);
        assertThat(q.having()).isInstanceOfSatisfying(Filter.Compare.class, c -> {
            assertThat(c.lookup().name()).isEqualTo("gt");
            assertThat(c.value()).isEqualTo(1L);
        });
        assertThat(AUTHORS.filter("books__title", "x").annotate(Count.of("books")).query().joinedCalls()).isEqualTo(1);
        assertThat(AUTHORS.annotate(Count.of("books")).filter("books__title", "x").query().joinedCalls()).isZero();
        // a non-aggregate annotation is a WHERE condition, names with "__" match their longest prefix
        SelectQuery<Book> low = Book.objects.annotate(Lower.of("title").as("low")).filter("low__startswith", "a").query();
        assertThat(low.where()).isInstanceOf(Filter.Compare.class);
        assertThat(AUTHORS.annotate(Count.of("books")).filter("books__count__gte", 2).query().having())
                .isInstanceOf(Filter.Compare.class);
        assertThat(AUTHORS.annotate(Count.of("books")).orderBy("-books__count").query().ordering().getFirst().expression())
                .isInstanceOf(Expr.Ref.class);
    }

    @Test
    void badInputIsAFieldErrorBeforeSql() {
        assertThatThrownBy(() -> Book.objects.aggregate(Sum.of("title"))).isInstanceOf(FieldError.class)
                .hasMessage("Sum needs numbers; 'title' is a StringField");
        assertThatThrownBy(() -> Book.objects.aggregate(Avg.of("titel"))).isInstanceOf(FieldError.class)
                .hasMessageStartingWith("Cannot resolve 'titel' on Book. Did you mean 'title'?");
        assertThatThrownBy(() -> Count.of("id").defaultValue(0)).isInstanceOf(FieldError.class)
                .hasMessageContaining("Count does not allow a default");
        assertThatThrownBy(() -> Book.objects.annotate(Count.of("id").as("title"))).isInstanceOf(FieldError.class)
                .hasMessage("The annotation 'title' conflicts with a field on the model Book");
        assertThatThrownBy(() -> AUTHORS.annotate(Count.of("id").as("books"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("conflicts with the relation 'books'");
        assertThatThrownBy(() -> Book.objects.aggregate(Sum.of(Count.of("id")).as("x"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("aggregates cannot be nested");
        assertThatThrownBy(() -> AUTHORS.annotate(Count.of("books").as("n")).annotate(Sum.of("n")))
                .isInstanceOf(FieldError.class).hasMessage("Cannot compute Sum('n'): 'n' is an aggregate");
        assertThatThrownBy(() -> Book.objects.aggregate(Lower.of("title").as("x"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("aggregate() takes aggregates");
        assertThatThrownBy(() -> AUTHORS.annotate(F.of("books__title").as("t"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("crosses a to-many relation").hasMessageContaining("or aggregate it");
        assertThatThrownBy(() -> AUTHORS.annotate(Count.of("books").as("n")).filter("m", 1)).isInstanceOf(FieldError.class)
                .hasMessageContaining("Cannot resolve 'm' on Author").hasMessageContaining("Choices: id, name, books, n");
        assertThatThrownBy(() -> AUTHORS.annotate(Count.of("books").as("n")).filter("n__icontains", "1"))
                .isInstanceOf(FieldError.class).hasMessageContaining("Unsupported lookup 'icontains' for the annotation 'n'");
        assertThatThrownBy(() -> AUTHORS.annotate(Count.of("books").as("n")).filter("n__gt", "many"))
                .isInstanceOf(FieldError.class).hasMessageContaining("expects a long");
        assertThatThrownBy(() -> Book.objects.all().limit(2).annotate(Count.of("id"))).isInstanceOf(AksaraException.class)
                .hasMessageContaining("Cannot annotate a query once a slice has been taken");
    }

    @Test
    void functionArgumentsAreChecked() {
        assertThatThrownBy(() -> Book.objects.annotate(Lower.of("pages").as("x"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("needs text; 'pages' is a IntegerField");
        assertThatThrownBy(() -> Book.objects.annotate(Trunc.of("title", "month").as("x"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("Trunc needs a date, a time or a timestamp");
        assertThatThrownBy(() -> Trunc.of("published", "fortnight")).isInstanceOf(FieldError.class)
                .hasMessageContaining("Trunc kind must be one of year, quarter, month, week, day, hour, minute, second");
        assertThatThrownBy(() -> Book.objects.annotate(Extract.of("published", "fortnight").as("x")))
                .isInstanceOf(FieldError.class).hasMessageContaining("Cannot extract 'fortnight'");
        assertThatThrownBy(() -> Book.objects.annotate(Coalesce.of("title", "pages").as("x"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("Cannot infer the type of COALESCE(F(title), F(pages)) involving StringField, IntegerField");
        assertThatThrownBy(() -> Cast.of("price", BigDecimal.class)).isInstanceOf(FieldError.class)
                .hasMessageContaining("Cast.toDecimal");
        assertThatThrownBy(() -> Book.objects.annotate(RowNumber.of().as("rn"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("is a window function: use it inside Window.of(...)");
        assertThatThrownBy(() -> Book.objects.annotate(Window.of(Lower.of("title")).as("x"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("Window needs a window function");
        assertThatThrownBy(() -> Book.objects.annotate(Window.of(RowNumber.of()).as("rn")).filter("rn", 1))
                .isInstanceOf(FieldError.class).hasMessageContaining("it is a window expression");
        assertThatThrownBy(() -> Book.objects.annotate(Case.of(When.of("pages", 1, "one")).otherwise(2).as("x")))
                .isInstanceOf(FieldError.class).hasMessageContaining("Cannot infer the type of Case involving StringField, IntegerField");
        assertThatThrownBy(() -> Book.objects.filter(Lower.of("title"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("take a boolean expression");
        // a Case's constants take the type of the branches beside them
        Expr.Case c = (Expr.Case) only(Book.objects.annotate(Case.of(When.of("pages__gt", 100, F.of("pages"))).otherwise(0)
                .as("x"))).expr();
        assertThat(c.type()).isEqualTo(FieldType.INTEGER);
        assertThat(((Expr.Constant) c.otherwise()).value()).isEqualTo(0);
        assertThat(only(Book.objects.annotate(Coalesce.of("price", Value.of(1)).as("p"))).expr().type())
                .isEqualTo(FieldType.DECIMAL);
    }

    @Test
    void outerRefsBindToTheOuterModel() {
        QuerySet<Book> inner = Book.objects.filter("author", OuterRef.of("pk")).orderBy("-published");
        Expr.Scalar s = (Expr.Scalar) only(AUTHORS.annotate(Subquery.of(inner, "title").as("latest"))).expr();
        assertThat(s.type()).isEqualTo(FieldType.STRING);
        assertThat(s.query().limit()).isEqualTo(1L);
        Filter.Match m = (Filter.Match) s.query().where();
        assertThat(m.value()).isInstanceOfSatisfying(Expr.Outer.class,
                o -> assertThat(((Expr.Column) o.expression()).path().field().model().name()).isEqualTo("Author"));
        assertThat(AUTHORS.filter(Exists.of(inner)).query().where()).isInstanceOf(Filter.Compare.class);
        assertThatThrownBy(() -> AUTHORS.annotate(Subquery.of(Book.objects.filter("title", OuterRef.of("pk")), "title").as("x")))
                .isInstanceOf(FieldError.class)
                .hasMessageContaining("OuterRef('pk') is a BigAutoField of Author, but the subquery compares it with a StringField");
        assertThatThrownBy(() -> AUTHORS.annotate(OuterRef.of("pk").as("x"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("can only be used inside a Subquery or Exists");
        assertThatThrownBy(() -> Subquery.of(Book.objects.values("title", "pages"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("exactly one column");
    }

    @Test
    void aggregateOfNoneRunsNoSql() {
        assertThat(Book.objects.none().aggregate(Count.of("id"), Sum.of("pages").defaultValue(0).as("z"), Avg.of("price")))
                .containsExactly(java.util.Map.entry("id__count", 0L), java.util.Map.entry("z", 0L),
                        new java.util.AbstractMap.SimpleEntry<>("price__avg", null));
        assertThat(Book.objects.none().values("title").annotate(Count.of("id").as("n")).fetch()).isEmpty();
    }
}
