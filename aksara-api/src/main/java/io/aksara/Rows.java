package io.aksara;

import io.aksara.errors.FieldError;
import io.aksara.expr.Expression;
import io.aksara.internal.Async;
import io.aksara.query.Expr;
import io.aksara.query.SelectQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A lazy query that returns chosen columns instead of model instances: what
 * {@link QuerySet#values}, {@link QuerySet#valuesList} and their flat and record forms build.
 * Like a QuerySet it is immutable, can be refined further, and runs only on a terminal method.
 *
 * <pre>{@code
 * List<Map<String, Object>> rows = Product.objects.filter("inStock", true).values("name", "category__name").fetch();
 * List<String> names = Product.objects.orderBy("name").valuesList("name", String.class).fetch();
 * record NameAndPrice(String name, BigDecimal price) {}
 * List<NameAndPrice> pairs = Product.objects.valuesList(NameAndPrice.class, "name", "price").fetch();
 * // one row per category, with its product count (GROUP BY):
 * Product.objects.values("category__name").annotate(Count.of("id").as("n")).orderBy("-n").fetch();
 * }</pre>
 *
 * @param <R> the type of one row
 */
public final class Rows<R> {
    private final QuerySet<?> source;
    private final List<String> names;
    private final List<Expr> columns;
    private final BiFunction<List<String>, List<Expr>, Function<Object[], R>> shaper;
    private final Function<Object[], R> shape;

    /**
     * @param shaper builds the row shape for the names and columns; null when the shape cannot take
     *               more columns (flat values and records), so {@link #annotate} is refused
     */
    Rows(QuerySet<?> source, List<String> names, List<Expr> columns,
            BiFunction<List<String>, List<Expr>, Function<Object[], R>> shaper, Function<Object[], R> shape) {
        this.source = source;
        this.names = List.copyOf(names);
        this.columns = List.copyOf(columns);
        this.shaper = shaper;
        this.shape = shape != null ? shape : shaper.apply(this.names, this.columns);
    }

    /** The columns selected, in order: {@link Expr.Column} for field paths, {@link Expr.Ref} for annotations. */
    public List<Expr> columns() {
        return columns;
    }

    /** The names of the columns, in order, as given ({@code "category__name"}, {@code "bookCount"}). */
    public List<String> names() {
        return names;
    }

    /** The alias of the database these rows are read from; null for the default one. */
    public String database() {
        return source.database();
    }

    /** The query these rows come from (its grouping and annotations included). */
    public SelectQuery<?> query() {
        return source.query();
    }

    /**
     * Adds computed columns to each row; with an aggregate, rows are grouped by the columns chosen
     * so far (Django's {@code values(...).annotate(...)}): one row per distinct combination. An
     * aggregate with no name gets Django's default ({@code "books__count"}).
     *
     * <pre>{@code
     * Book.objects.values("author__name").annotate(Count.of("id").as("n"), Avg.of("price")).fetch();
     * // [{author__name=Ann, n=2, price__avg=39.450000}, ...]
     * }</pre>
     */
    public Rows<R> annotate(Expression... expressions) {
        return annotated(QueryAnnotations.namedAnnotations(source, "annotate", expressions));
    }

    /** {@link #annotate(Expression...)} with name/expression pairs. */
    public Rows<R> annotate(String name, Expression expression, Object... more) {
        return annotated(QueryAnnotations.pairs("annotate", name, expression, more));
    }

    private Rows<R> annotated(LinkedHashMap<String, Expression> named) {
        if (shaper == null) {
            throw new FieldError("annotate() adds columns, which flat valuesList(field, type) and record rows cannot take;"
                    + " use values(...) or valuesList(...) before annotate()");
        }
        QuerySet<?> grouped = QueryAnnotations.groupedAnnotate(source, columns, named);
        List<String> newNames = new ArrayList<>(names);
        List<Expr> newColumns = new ArrayList<>(columns);
        for (String n : named.keySet()) {
            newNames.add(n);
            newColumns.add(new Expr.Ref(n, grouped.query().annotation(n).expr()));
        }
        return new Rows<>(grouped, newNames, newColumns, shaper, null);
    }

    /**
     * Aggregates over these rows (after {@link #annotate}, over the groups), as
     * {@link QuerySet#aggregate(Expression...)}.
     *
     * <pre>{@code Book.objects.values("year").annotate(Count.of("id").as("n")).aggregate(Avg.of("n"))   // books per year }</pre>
     */
    public Map<String, Object> aggregate(Expression... aggregates) {
        return source.aggregate(aggregates);
    }

    /** Rows that also match the lookups (see {@link QuerySet#filter(String, Object, Object...)}); annotation names too. */
    public Rows<R> filter(String lookup, Object value, Object... more) {
        return with(source.filter(lookup, value, more));
    }

    /** Rows that also match the conditions. */
    public Rows<R> filter(Q... conditions) {
        return with(source.filter(conditions));
    }

    /** Rows that do not match the lookups. */
    public Rows<R> exclude(String lookup, Object value, Object... more) {
        return with(source.exclude(lookup, value, more));
    }

    /** Ordered by these fields or annotations ({@code "-name"} descending). */
    public Rows<R> orderBy(String... fields) {
        return with(source.orderBy(fields));
    }

    /** Orders by names and expressions ({@code F.of("x").desc().nullsLast()}), as {@link QuerySet#orderBy(Object...)}. */
    public Rows<R> orderBy(Object... terms) {
        return with(source.orderBy(terms));
    }

    /** Without duplicate rows ({@code SELECT DISTINCT}). */
    public Rows<R> distinct() {
        return with(source.distinct());
    }

    /** At most {@code n} rows. */
    public Rows<R> limit(long n) {
        return with(source.limit(n));
    }

    /** Skips {@code n} rows. */
    public Rows<R> offset(long n) {
        return with(source.offset(n));
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive). */
    public Rows<R> slice(long from, long to) {
        return with(source.slice(from, to));
    }

    /** Runs the query. */
    public List<R> fetch() {
        if (source.isNone()) {
            return List.of();
        }
        List<Object[]> raw = source.backend().fetchValues(source.query(), columns);
        return raw.stream().map(shape).toList();
    }

    /** {@link #fetch()} on a virtual thread. */
    public CompletableFuture<List<R>> fetchAsync() {
        return Async.supply(this::fetch);
    }

    /** The first row, if any. */
    public Optional<R> first() {
        return limit(1).fetch().stream().findFirst();
    }

    /** The number of rows (the slice applied; after {@code annotate}, the number of groups). */
    public long count() {
        if (source.query().distinct()) {
            // distinct combinations of these columns, not distinct rows of the model
            return source.backend().countValues(source.query(), columns);
        }
        return source.count();
    }

    /** Whether there is any row. */
    public boolean exists() {
        return source.exists();
    }

    /** The SQL of the query, {@code ?} for parameters. */
    public String sql() {
        return source.backend().valuesSql(source.query(), columns);
    }

    private Rows<R> with(QuerySet<?> refined) {
        return new Rows<>(refined, names, columns, shaper, shape);
    }
}
