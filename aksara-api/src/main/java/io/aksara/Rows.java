package io.aksara;

import io.aksara.internal.Async;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import io.aksara.query.ColumnPath;

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
 * }</pre>
 *
 * @param <R> the type of one row
 */
public final class Rows<R> {
    private final QuerySet<?> source;
    private final List<ColumnPath> columns;
    private final Function<Object[], R> shape;

    Rows(QuerySet<?> source, List<ColumnPath> columns, Function<Object[], R> shape) {
        this.source = source;
        this.columns = List.copyOf(columns);
        this.shape = shape;
    }

    /** The columns selected, in order. */
    public List<ColumnPath> columns() {
        return columns;
    }

    /** Rows that also match the lookups (see {@link QuerySet#filter(String, Object, Object...)}). */
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

    /** Ordered by these fields (any to-one path, {@code "-name"} descending). */
    public Rows<R> orderBy(String... fields) {
        return with(source.orderBy(fields));
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
        List<Object[]> raw = Aksara.backend(source.database()).fetchValues(source.query(), columns);
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

    /** The number of rows (the slice applied). */
    public long count() {
        return source.count();
    }

    /** Whether there is any row. */
    public boolean exists() {
        return source.exists();
    }

    /** The SQL of the query, {@code ?} for parameters. */
    public String sql() {
        return Aksara.backend(source.database()).valuesSql(source.query(), columns);
    }

    private Rows<R> with(QuerySet<?> refined) {
        return new Rows<>(refined, columns, shape);
    }
}
