package io.aksara;

import io.aksara.errors.FieldError;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The {@link QuerySet} methods that compute values rather than read instances: projections
 * ({@code values}, {@code valuesList}), annotations ({@code annotate}, {@code alias}),
 * aggregates ({@code aggregate}) and date lists ({@code dates}, {@code datetimes}).
 *
 * <pre>{@code
 * List<String> names = Product.objects.orderBy("name").valuesList("name", String.class).fetch();
 * Map<String, Object> stats = Book.objects.aggregate(Avg.of("price"));
 * }</pre>
 *
 * <p>Only {@link QuerySet} implements this interface (it is sealed): it groups part of the
 * QuerySet API by job so that each file stays small. Use the methods through {@code QuerySet}.
 *
 * @param <T> the model
 */
public sealed interface QuerySetProjecting<T extends Model> permits QuerySet {
    /**
     * Rows as maps from the given paths to their values, instead of instances. Paths may follow
     * foreign keys ({@code "category__name"}) and end in transforms ({@code "createdAt__year"}); a
     * foreign key gives its key. With no paths, every field (foreign keys as {@code <name>_id}).
     * Paths across to-many relations are refused: they would repeat rows.
     *
     * <pre>{@code
     * List<Map<String, Object>> rows = Product.objects.values("name", "category__name").fetch();
     * // [{name=Laptop, category__name=Electronics}, ...]
     * }</pre>
     */
    default Rows<java.util.Map<String, Object>> values(String... fields) {
        return QueryProjections.values(self(), fields);
    }

    /**
     * Rows as lists of values, in the order of the paths.
     *
     * <pre>{@code List<List<Object>> rows = Product.objects.valuesList("name", "price").fetch(); }</pre>
     */
    default Rows<List<Object>> valuesList(String... fields) {
        return QueryProjections.valuesList(self(), fields);
    }

    /**
     * One column as a flat list of values of the given type (Django's {@code flat=True}).
     *
     * <pre>{@code List<String> names = Product.objects.orderBy("name").valuesList("name", String.class).fetch(); }</pre>
     *
     * @throws FieldError when the column's values are not of that type
     */
    default <V> Rows<V> valuesList(String field, Class<V> type) {
        return QueryProjections.valuesList(self(), field, type);
    }

    /**
     * Rows as instances of a record whose components match the paths in order (Django's
     * {@code named=True}). The record is checked when this is called, not when rows arrive.
     *
     * <pre>{@code
     * record Price(String name, BigDecimal price) {}
     * List<Price> prices = Product.objects.valuesList(Price.class, "name", "price").fetch();
     * }</pre>
     */
    default <R extends Record> Rows<R> valuesList(Class<R> type, String... fields) {
        return QueryProjections.valuesList(self(), type, fields);
    }

    /**
     * Adds a computed value to every row (Django's {@code annotate}). With an aggregate, each row
     * gets the aggregate over its related rows: the query groups by the model's row, and paths to
     * to-many relations ({@code "books__price"}) are joined. An aggregate with no name gets
     * Django's default ({@code "books__count"}); anything else is named with
     * {@link io.aksara.expr.Expression#as}. Read the values with {@link Model#annotation} or in
     * {@code values()}; filter ({@code HAVING} for aggregates) and order by them by name.
     *
     * <p>As in Django, a {@code filter()} on a to-many relation made before {@code annotate()}
     * restricts the related rows aggregated; one made after is a separate condition on the row.
     *
     * <pre>{@code
     * List<Author> authors = Author.objects.annotate(Count.of("books"), Avg.of("books__price").as("avgPrice"))
     *         .filter("books__count__gte", 2).orderBy("-avgPrice").fetch();
     * long n = authors.getFirst().annotation("books__count", Long.class);
     * }</pre>
     *
     * @throws FieldError before any SQL for an unknown name, a name that clashes with a field, an
     *                    expression without a name, or types that do not fit
     */
    default QuerySet<T> annotate(io.aksara.expr.Expression... expressions) {
        QuerySet<T> qs = self();
        if (expressions != null && expressions.length == 0) {
            return qs; // Django: annotate() with no arguments is the same QuerySet
        }
        return QueryAnnotations.annotated(qs, QueryAnnotations.namedAnnotations(qs, "annotate", expressions), true,
                "annotate");
    }

    /**
     * {@link #annotate(io.aksara.expr.Expression...)} with name/expression pairs.
     *
     * <pre>{@code Author.objects.annotate("bookCount", Count.of("books"), "lowName", Lower.of("name")) }</pre>
     */
    default QuerySet<T> annotate(String name, io.aksara.expr.Expression expression, Object... more) {
        return QueryAnnotations.annotated(self(), QueryAnnotations.pairs("annotate", name, expression, more), true, "annotate");
    }

    /**
     * Names computed values for use in filters, ordering and other expressions without reading
     * them back (Django's {@code alias}).
     *
     * <pre>{@code Author.objects.alias("n", Count.of("books")).filter("n__gte", 2) }</pre>
     */
    default QuerySet<T> alias(String name, io.aksara.expr.Expression expression, Object... more) {
        return QueryAnnotations.annotated(self(), QueryAnnotations.pairs("alias", name, expression, more), false, "alias");
    }

    /**
     * Aggregates over every row of the QuerySet (Django's {@code aggregate}): a map from each
     * aggregate's name (Django's default {@code "price__avg"}, or its {@code as()} name) to its
     * value, in order. Paths may cross relations; a filter on a to-many relation restricts the
     * related rows aggregated. Over an annotated, distinct or sliced QuerySet the aggregates are
     * computed over its rows (a subquery). Over no rows a count is 0 and the others are null or
     * their {@code defaultValue}.
     *
     * <pre>{@code
     * Map<String, Object> r = Book.objects.aggregate(Avg.of("price"), Count.all().as("n"), Max.of("published"));
     * BigDecimal avg = (BigDecimal) r.get("price__avg");
     * Author.objects.annotate(Count.of("books").as("n")).aggregate(Avg.of("n"));   // average books per author
     * }</pre>
     */
    default Map<String, Object> aggregate(io.aksara.expr.Expression... aggregates) {
        return QueryAnnotations.aggregate(self(), aggregates);
    }

    /** {@link #aggregate(io.aksara.expr.Expression...)} with name/aggregate pairs. */
    default Map<String, Object> aggregate(String name, io.aksara.expr.Expression aggregate, Object... more) {
        return QueryAnnotations.aggregated(self(), QueryAnnotations.pairs("aggregate", name, aggregate, more));
    }

    /** {@link #aggregate(io.aksara.expr.Expression...)} on a virtual thread; the aggregates are checked now. */
    default CompletableFuture<Map<String, Object>> aggregateAsync(io.aksara.expr.Expression... aggregates) {
        return QueryAnnotations.aggregateAsync(self(), aggregates);
    }

    /**
     * The distinct dates of a date (or timestamp) field truncated to {@code kind} ({@code "year"},
     * {@code "month"}, {@code "week"}, {@code "day"}), without NULLs, ascending: Django's
     * {@code dates()}.
     *
     * <pre>{@code List<LocalDate> years = Book.objects.dates("pubdate", "year");   // [1991-01-01, 1995-01-01, ...] }</pre>
     */
    default List<java.time.LocalDate> dates(String field, String kind) {
        return io.aksara.internal.DateLists.dates(self(), field, kind, "ASC");
    }

    /** {@link #dates(String, String)} in {@code "ASC"} or {@code "DESC"} order. */
    default List<java.time.LocalDate> dates(String field, String kind, String order) {
        return io.aksara.internal.DateLists.dates(self(), field, kind, order);
    }

    /**
     * The distinct timestamps of a timestamp field truncated to {@code kind} (as {@link #dates}, and
     * {@code "hour"}, {@code "minute"}, {@code "second"}), in UTC, without NULLs: Django's
     * {@code datetimes()}.
     *
     * <pre>{@code Article.objects.datetimes("pubDate", "month", "DESC") }</pre>
     */
    default List<OffsetDateTime> datetimes(String field, String kind, String order) {
        return io.aksara.internal.DateLists.datetimes(self(), field, kind, order);
    }

    /** {@link #datetimes(String, String, String)}, ascending. */
    default List<OffsetDateTime> datetimes(String field, String kind) {
        return io.aksara.internal.DateLists.datetimes(self(), field, kind, "ASC");
    }

    /** This QuerySet: the only class permitted to implement this interface. */
    private QuerySet<T> self() {
        return (QuerySet<T>) this;
    }
}
