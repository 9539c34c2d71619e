package io.aksara;

import io.aksara.errors.AksaraException;
import io.aksara.errors.DoesNotExist;
import io.aksara.errors.FieldError;
import io.aksara.errors.MultipleObjectsReturned;
import io.aksara.internal.Async;
import io.aksara.internal.Resolver;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.Values;
import io.aksara.query.Assignment;
import io.aksara.query.Filter;
import io.aksara.query.OrderTerm;
import io.aksara.query.SelectQuery;
import io.aksara.spi.Backend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A lazy, immutable query over one model. Every method that refines the query returns a new
 * QuerySet; nothing runs until a terminal method ({@code fetch}, {@code get}, {@code first},
 * {@code count}, {@code exists}, {@code update}, {@code delete}). A QuerySet can be kept in a
 * {@code static final} field and shared by any number of threads.
 *
 * <pre>{@code
 * QuerySet<Product> cheap = Product.objects.filter("price__lt", 100).orderBy("-price");
 * List<Product> rows = cheap.fetch();                  // runs now
 * long n = cheap.count();                              // runs again: results are never cached
 * CompletableFuture<List<Product>> f = cheap.fetchAsync();   // on a virtual thread
 * }</pre>
 *
 * <p>Names and lookups are checked when the QuerySet is built: {@code filter("prce", 1)} throws
 * {@link FieldError} at once, not when the query runs.
 *
 * @param <T> the model
 */
public final class QuerySet<T extends Model> {
    /** As in Django, {@code get()} reads at most this many rows to report how many matched. */
    static final int GET_PROBE = 21;

    private final SelectQuery<T> query;
    private final boolean ordered;
    private final String database;

    private QuerySet(SelectQuery<T> query, boolean ordered, String database) {
        this.query = query;
        this.ordered = ordered;
        this.database = database;
    }

    /** Every row of a model, in its Meta ordering. */
    public static <T extends Model> QuerySet<T> of(ModelMeta<T> meta) {
        List<OrderTerm> defaults = Resolver.ordering(meta, meta.ordering());
        return new QuerySet<>(SelectQuery.of(meta).withOrdering(defaults), !defaults.isEmpty(), null);
    }

    /** The query this QuerySet describes, as the backend sees it. */
    public SelectQuery<T> query() {
        return query;
    }

    /** The model's metadata. */
    public ModelMeta<T> meta() {
        return query.model();
    }

    // ---------------------------------------------------------------- refining (each returns a new QuerySet)

    /** A copy of this QuerySet (QuerySets are immutable, so this is the same query). */
    public QuerySet<T> all() {
        return this;
    }

    /**
     * Rows that also match every lookup, given as name/value pairs.
     *
     * <pre>{@code Product.objects.filter("inStock", true, "price__lt", 100) }</pre>
     */
    public QuerySet<T> filter(String lookup, Object value, Object... more) {
        return where(Q.of(lookup, value, more), false, "filter");
    }

    /**
     * Rows that also match every condition.
     *
     * <pre>{@code Product.objects.filter(Product_.price.lt(100), Q.of("name__icontains", "pro")) }</pre>
     */
    public QuerySet<T> filter(Q... conditions) {
        return where(Q.and(List.of(conditions)), false, "filter");
    }

    /**
     * Rows that do not match all of the lookups together (Django's {@code exclude}).
     *
     * <pre>{@code User.objects.exclude("status", "deleted") }</pre>
     */
    public QuerySet<T> exclude(String lookup, Object value, Object... more) {
        return where(Q.of(lookup, value, more), true, "exclude");
    }

    /** Rows that do not match the condition. */
    public QuerySet<T> exclude(Q condition) {
        return where(condition, true, "exclude");
    }

    private QuerySet<T> where(Q q, boolean negate, String operation) {
        requireNotSliced(operation);
        Filter resolved = Resolver.filter(meta(), q);
        if (negate && !(resolved instanceof Filter.Everything)) {
            resolved = new Filter.Not(resolved);
        }
        return with(query.withWhere(query.where().and(resolved)), ordered);
    }

    /**
     * Orders by these fields, replacing any ordering; {@code "-name"} is descending. With no
     * arguments the rows are unordered (the Meta ordering is dropped too).
     *
     * <pre>{@code User.objects.orderBy("status", "-createdAt") }</pre>
     */
    public QuerySet<T> orderBy(String... fields) {
        requireNotSliced("orderBy");
        List<OrderTerm> terms = Resolver.ordering(meta(), List.of(fields));
        return with(query.withOrdering(terms), !terms.isEmpty());
    }

    /**
     * At most {@code n} rows (from the current offset).
     *
     * <pre>{@code Product.objects.orderBy("name").limit(20) }</pre>
     */
    public QuerySet<T> limit(long n) {
        if (n < 0) {
            throw new FieldError("limit must not be negative, got " + n);
        }
        long newLimit = query.limit() == null ? n : Math.min(n, query.limit());
        return with(query.withSlice(query.offset(), newLimit), ordered);
    }

    /** Skips {@code n} rows; combines with an earlier slice as Python's slicing does. */
    public QuerySet<T> offset(long n) {
        if (n < 0) {
            throw new FieldError("offset must not be negative, got " + n);
        }
        Long newLimit = query.limit() == null ? null : Math.max(0, query.limit() - n);
        return with(query.withSlice(query.offset() + n, newLimit), ordered);
    }

    /**
     * Rows {@code from} (inclusive) to {@code to} (exclusive), as Python's {@code qs[from:to]}.
     *
     * <pre>{@code Product.objects.orderBy("name").slice(20, 40)   // the second page of 20 }</pre>
     */
    public QuerySet<T> slice(long from, long to) {
        if (from < 0 || to < 0) {
            throw new FieldError("Negative indexing is not supported: slice(" + from + ", " + to + ")");
        }
        if (to < from) {
            throw new FieldError("slice end " + to + " is before its start " + from);
        }
        return offset(from).limit(to - from);
    }

    /**
     * The same query on another configured database.
     *
     * <pre>{@code Product.objects.all().using("reports").count() }</pre>
     */
    public QuerySet<T> using(String alias) {
        return new QuerySet<>(query, ordered, alias);
    }

    /**
     * Locks the rows the query returns until the transaction ends ({@code SELECT ... FOR UPDATE});
     * another transaction that wants to lock or change them waits. It needs an atomic block: run
     * outside one, {@code fetch}, {@code get}, {@code first} and {@code last} throw
     * {@link io.aksara.errors.TransactionError} before any SQL. {@code count} and {@code exists}
     * do not lock.
     *
     * <pre>{@code
     * Transaction.atomic(() -> {
     *     Product p = Product.objects.selectForUpdate().get("pk", id);
     *     p.stock -= 1;
     *     p.save();
     * });
     * }</pre>
     */
    public QuerySet<T> selectForUpdate() {
        return selectForUpdate(ForUpdate.WAIT);
    }

    /**
     * As {@link #selectForUpdate()}, choosing what happens to rows another transaction has locked:
     * wait, fail at once ({@link ForUpdate#NOWAIT}), or leave them out ({@link ForUpdate#SKIP_LOCKED}).
     * {@code of} names the tables to lock, as Django's {@code of=}: {@code "self"} is this model's.
     *
     * <pre>{@code
     * List<Job> batch = Job.objects.filter("state", "new").orderBy("id")
     *         .selectForUpdate(ForUpdate.SKIP_LOCKED, "self").limit(10).fetch();
     * }</pre>
     */
    public QuerySet<T> selectForUpdate(ForUpdate mode, String... of) {
        return with(query.withLock(io.aksara.internal.RowLocks.resolve(meta(), mode, of)), ordered);
    }

    /** Whether the rows come in a defined order (explicit or Meta ordering). */
    public boolean isOrdered() {
        return ordered;
    }

    // ---------------------------------------------------------------- terminal operations

    /** Runs the query and returns every row. */
    public List<T> fetch() {
        return backend().fetch(query);
    }

    /** {@link #fetch()} on a virtual thread. */
    public CompletableFuture<List<T>> fetchAsync() {
        return Async.supply(this::fetch);
    }

    /**
     * The only row the query matches.
     *
     * @throws DoesNotExist when none matches
     * @throws MultipleObjectsReturned when several match
     */
    public T get() {
        List<T> rows = backend().fetch(limitedTo(GET_PROBE));
        if (rows.isEmpty()) {
            throw new DoesNotExist(meta().name(), describeFilter());
        }
        if (rows.size() > 1) {
            throw new MultipleObjectsReturned(meta().name(), rows.size(), GET_PROBE);
        }
        return rows.getFirst();
    }

    /**
     * The only row matching these lookups.
     *
     * <pre>{@code Product laptop = Product.objects.get("name", "Laptop"); }</pre>
     */
    public T get(String lookup, Object value, Object... more) {
        return filter(lookup, value, more).get();
    }

    /** {@link #get()} on a virtual thread. */
    public CompletableFuture<T> getAsync() {
        return Async.supply(this::get);
    }

    /** {@link #get(String, Object, Object...)} on a virtual thread. */
    public CompletableFuture<T> getAsync(String lookup, Object value, Object... more) {
        QuerySet<T> filtered = filter(lookup, value, more); // resolve now: errors belong to the caller
        return Async.supply(filtered::get);
    }

    /** The first row, ordered by the primary key when the QuerySet has no ordering. */
    public Optional<T> first() {
        QuerySet<T> qs = ordered ? this : orderByKey(false);
        return qs.limitedRows(1).stream().findFirst();
    }

    /** {@link #first()} on a virtual thread. */
    public CompletableFuture<Optional<T>> firstAsync() {
        return Async.supply(this::first);
    }

    /** The last row: the ordering reversed (by primary key when there is none), then the first. */
    public Optional<T> last() {
        if (query.isSliced()) {
            throw new AksaraException("Cannot reverse a query once a slice has been taken; call last() before limit/slice");
        }
        QuerySet<T> qs = ordered ? reversed() : orderByKey(true);
        return qs.limitedRows(1).stream().findFirst();
    }

    /** {@link #last()} on a virtual thread. */
    public CompletableFuture<Optional<T>> lastAsync() {
        return Async.supply(this::last);
    }

    /** The number of rows the query matches (the slice applied). */
    public long count() {
        return backend().count(query);
    }

    /** {@link #count()} on a virtual thread. */
    public CompletableFuture<Long> countAsync() {
        return Async.supply(this::count);
    }

    /** Whether the query matches any row; cheaper than {@code count() > 0}. */
    public boolean exists() {
        return backend().exists(query);
    }

    /** {@link #exists()} on a virtual thread. */
    public CompletableFuture<Boolean> existsAsync() {
        return Async.supply(this::exists);
    }

    /**
     * Sets fields on every matching row in one UPDATE statement; returns the number of rows.
     * Instances already in memory are not changed, and {@code autoNow} fields are not touched
     * (as in Django).
     *
     * <pre>{@code Product.objects.filter("category", electronics).update("inStock", true); }</pre>
     */
    public long update(String field, Object value, Object... more) {
        List<Assignment> assignments = assignments(field, value, more);
        return backend().update(query, assignments);
    }

    /** {@link #update} on a virtual thread. */
    public CompletableFuture<Long> updateAsync(String field, Object value, Object... more) {
        List<Assignment> assignments = assignments(field, value, more);
        return Async.supply(() -> backend().update(query, assignments));
    }

    /**
     * Deletes every matching row in one DELETE statement; returns the number of rows deleted
     * (rows removed by database cascades are not counted).
     *
     * <pre>{@code Product.objects.filter("inStock", false).delete(); }</pre>
     */
    public long delete() {
        requireNotSliced("delete");
        return backend().delete(query);
    }

    /** {@link #delete()} on a virtual thread. */
    public CompletableFuture<Long> deleteAsync() {
        requireNotSliced("delete");
        return Async.supply(() -> backend().delete(query));
    }

    /** The SQL this QuerySet runs, with {@code ?} for each bound value. */
    public String sql() {
        return backend().sql(query);
    }

    @Override
    public String toString() {
        return "QuerySet<" + meta().name() + ">[" + describeFilter() + "]";
    }

    // ---------------------------------------------------------------- helpers

    private List<Assignment> assignments(String field, Object value, Object... more) {
        requireNotSliced("update");
        if (more.length % 2 != 0) {
            throw new FieldError("update() takes field/value pairs; '" + more[more.length - 1] + "' has no value");
        }
        Map<FieldMeta<?, ?>, Object> values = new LinkedHashMap<>();
        addAssignment(values, field, value);
        for (int i = 0; i < more.length; i += 2) {
            if (!(more[i] instanceof String name)) {
                throw new FieldError("Expected a field name of " + meta().name() + " at position " + (i + 3)
                        + ", got " + FieldError.describe(more[i]));
            }
            addAssignment(values, name, more[i + 1]);
        }
        List<Assignment> out = new ArrayList<>(values.size());
        values.forEach((f, v) -> out.add(new Assignment(f, v)));
        return out;
    }

    private void addAssignment(Map<FieldMeta<?, ?>, Object> values, String name, Object value) {
        FieldMeta<?, ?> f = Resolver.field(meta(), name);
        if (f.primaryKey() && f.generated()) {
            throw new FieldError("update() cannot change the generated primary key " + f.qualifiedName());
        }
        if (value instanceof io.aksara.expr.Expression e) {
            // computed by the database from the row's own values: no read-modify-write race
            values.put(f, io.aksara.internal.Expressions.resolve(meta(), e, f));
            return;
        }
        Object converted = Values.toColumnValue(f, value);
        if (converted == null && !f.nullable()) {
            throw new FieldError(f.qualifiedName() + " is not nullable; update() cannot set it to null");
        }
        values.put(f, converted);
    }

    private QuerySet<T> with(SelectQuery<T> q, boolean isOrdered) {
        return new QuerySet<>(q, isOrdered, database);
    }

    private QuerySet<T> orderByKey(boolean descending) {
        List<OrderTerm> terms = List.of(new OrderTerm(meta().primaryKey(), descending));
        return with(query.withOrdering(terms), true);
    }

    private QuerySet<T> reversed() {
        List<OrderTerm> terms = query.ordering().stream().map(OrderTerm::reversed).toList();
        return with(query.withOrdering(terms), true);
    }

    private List<T> limitedRows(long n) {
        return backend().fetch(limitedTo(n));
    }

    private SelectQuery<T> limitedTo(long n) {
        long limit = query.limit() == null ? n : Math.min(n, query.limit());
        return query.withSlice(query.offset(), limit);
    }

    private void requireNotSliced(String operation) {
        if (query.isSliced()) {
            throw new AksaraException("Cannot " + operation + " a query once a slice has been taken; call "
                    + operation + "() before limit/offset/slice");
        }
    }

    private String describeFilter() {
        return query.where() instanceof Filter.Everything ? "all" : query.where().toString();
    }

    private Backend backend() {
        return Aksara.backend(database);
    }
}
