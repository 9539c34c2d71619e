package io.aksara;

import io.aksara.errors.AksaraException;
import io.aksara.errors.DoesNotExist;
import io.aksara.errors.FieldError;
import io.aksara.errors.MultipleObjectsReturned;
import io.aksara.internal.Async;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The {@link QuerySet} methods that run the query and read rows: {@code fetch}, {@code get},
 * {@code getOrNull}, {@code first}, {@code last}, {@code latest}, {@code earliest},
 * {@code count}, {@code exists}, {@code inBulk}, each with an {@code ...Async} variant on a
 * virtual thread, and the statement itself ({@code sql}, {@code explain}, {@code compile}).
 *
 * <pre>{@code
 * QuerySet<Product> cheap = Product.objects.filter("price__lt", 100);
 * long n = cheap.count();
 * Optional<Product> first = cheap.orderBy("price").first();
 * }</pre>
 *
 * <p>Only {@link QuerySet} implements this interface (it is sealed): it groups part of the
 * QuerySet API by job so that each file stays small. Use the methods through {@code QuerySet}.
 *
 * @param <T> the model
 */
public sealed interface QuerySetReading<T extends Model> permits QuerySet {
    /** Runs the query and returns every row. */
    default List<T> fetch() {
        QuerySet<T> qs = self();
        if (qs.results() != null) {
            return qs.results();
        }
        return qs.loading().apply(qs.backend().fetch(qs.query), qs.database());
    }

    /** {@link #fetch()} on a virtual thread. */
    default CompletableFuture<List<T>> fetchAsync() {
        return Async.supply(this::fetch);
    }

    /**
     * The only row the query matches.
     *
     * @throws DoesNotExist when none matches
     * @throws MultipleObjectsReturned when several match
     */
    default T get() {
        return QueryReads.get(self());
    }

    /**
     * The only row matching these lookups.
     *
     * <pre>{@code Product laptop = Product.objects.get("name", "Laptop"); }</pre>
     */
    default T get(String lookup, Object value, Object... more) {
        return QueryReads.get(QueryReads.filteredForGet(self(), lookup, value, more));
    }

    /**
     * The only row matching this one lookup; {@link #get(String, Object, Object...)} without the
     * empty array a call with no more lookups would make on every call.
     *
     * <pre>{@code World w = World.objects.get("pk", 42); }</pre>
     */
    default T get(String lookup, Object value) {
        return QueryReads.get(QueryReads.filteredForGet(self(), lookup, value, QueryRefinements.NO_MORE));
    }

    /** {@link #get()} on a virtual thread. */
    default CompletableFuture<T> getAsync() {
        return Async.supply(this::get);
    }

    /** {@link #get(String, Object, Object...)} on a virtual thread. */
    default CompletableFuture<T> getAsync(String lookup, Object value, Object... more) {
        QuerySet<T> filtered = self().filter(lookup, value, more); // resolve now: errors belong to the caller
        return Async.supply(filtered::get);
    }

    /**
     * The only row the query matches, or null when there is none.
     *
     * <pre>{@code User u = User.objects.filter("email", email).getOrNull(); }</pre>
     *
     * @throws MultipleObjectsReturned when several match
     */
    default T getOrNull() {
        return QueryReads.getOrNull(self());
    }

    /**
     * The only row matching these lookups, or null.
     *
     * <pre>{@code User ann = User.objects.getOrNull("email", "ann@example.com"); }</pre>
     *
     * @throws MultipleObjectsReturned when several match
     */
    default T getOrNull(String lookup, Object value, Object... more) {
        return QueryReads.getOrNull(QueryReads.filteredForGet(self(), lookup, value, more));
    }

    /** {@link #getOrNull()} on a virtual thread. */
    default CompletableFuture<T> getOrNullAsync() {
        return Async.supply(this::getOrNull);
    }

    /** {@link #getOrNull(String, Object, Object...)} on a virtual thread; the lookups are checked now. */
    default CompletableFuture<T> getOrNullAsync(String lookup, Object value, Object... more) {
        QuerySet<T> filtered = self().filter(lookup, value, more);
        return Async.supply(filtered::getOrNull);
    }

    /** The first row, ordered by the primary key when the QuerySet has no ordering. */
    default Optional<T> first() {
        return QueryReads.limitedRows(QueryReads.firstOrdering(self()), 1).stream().findFirst();
    }

    /** {@link #first()} on a virtual thread. */
    default CompletableFuture<Optional<T>> firstAsync() {
        return Async.supply(this::first);
    }

    /** The last row: the ordering reversed (by primary key when there is none), then the first. */
    default Optional<T> last() {
        return QueryReads.last(self());
    }

    /** {@link #last()} on a virtual thread. */
    default CompletableFuture<Optional<T>> lastAsync() {
        return Async.supply(this::last);
    }

    /**
     * The row that comes last when ordered by these fields (Django's {@code latest}): the
     * ordering is replaced by the fields, descending, and the first row read.
     *
     * <pre>{@code Product newest = Product.objects.filter("inStock", true).latest("createdAt"); }</pre>
     *
     * @throws DoesNotExist when the query matches no row
     * @throws FieldError   when no field is given (Aksara has no Meta {@code get_latest_by})
     */
    default T latest(String... fields) {
        return QueryReads.byOrder(self(), "latest", fields, true).get();
    }

    /** {@link #latest} on a virtual thread; the fields are checked now. */
    default CompletableFuture<T> latestAsync(String... fields) {
        QuerySet<T> qs = QueryReads.byOrder(self(), "latest", fields, true);
        return Async.supply(qs::get);
    }

    /**
     * The row that comes first when ordered by these fields (Django's {@code earliest}).
     *
     * <pre>{@code User firstSignup = User.objects.earliest("joinedAt", "id"); }</pre>
     *
     * @throws DoesNotExist when the query matches no row
     */
    default T earliest(String... fields) {
        return QueryReads.byOrder(self(), "earliest", fields, false).get();
    }

    /** {@link #earliest} on a virtual thread; the fields are checked now. */
    default CompletableFuture<T> earliestAsync(String... fields) {
        QuerySet<T> qs = QueryReads.byOrder(self(), "earliest", fields, false);
        return Async.supply(qs::get);
    }

    /** The number of rows the query matches (the slice applied). */
    default long count() {
        QuerySet<T> qs = self();
        if (qs.results() != null) {
            return qs.results().size();
        }
        return qs.backend().count(qs.query);
    }

    /** {@link #count()} on a virtual thread. */
    default CompletableFuture<Long> countAsync() {
        return Async.supply(this::count);
    }

    /** Whether the query matches any row; cheaper than {@code count() > 0}. */
    default boolean exists() {
        QuerySet<T> qs = self();
        if (qs.results() != null) {
            return !qs.results().isEmpty();
        }
        return qs.backend().exists(qs.query);
    }

    /** {@link #exists()} on a virtual thread. */
    default CompletableFuture<Boolean> existsAsync() {
        return Async.supply(this::exists);
    }

    /**
     * The rows with these primary keys, by key (Django's {@code in_bulk}). Keys are the values
     * as read from the database ({@code Long} for the implicit {@code id}), whatever numeric type
     * was passed; keys without a row are simply absent. An empty collection runs no SQL; a large
     * one is read in several queries of at most {@value QuerySet#IN_BULK_BATCH} keys.
     *
     * <pre>{@code
     * Map<Object, User> byId = User.objects.inBulk(List.of(1, 2, 3));
     * User one = byId.get(1L);
     * }</pre>
     */
    default Map<Object, T> inBulk(java.util.Collection<?> keys) {
        return inBulk(keys, "pk");
    }

    /**
     * The rows whose {@code field} has one of these values, by value. The field must be unique
     * (the primary key, a unique field, or a one-field unique constraint), so each value names at
     * most one row.
     *
     * <pre>{@code Map<Object, User> byEmail = User.objects.inBulk(List.of("ann@example.com"), "email"); }</pre>
     *
     * @throws FieldError before any SQL when the field is not unique
     */
    default Map<Object, T> inBulk(java.util.Collection<?> values, String field) {
        return QueryReads.inBulkPlan(self(), values, field).get();
    }

    /** Every row of the query, by primary key. */
    default Map<Object, T> inBulk() {
        return QueryReads.inBulk(self());
    }

    /** {@link #inBulk(java.util.Collection)} on a virtual thread; the keys are checked now. */
    default CompletableFuture<Map<Object, T>> inBulkAsync(java.util.Collection<?> keys) {
        return Async.supply(QueryReads.inBulkPlan(self(), keys, "pk"));
    }

    /** {@link #inBulk(java.util.Collection, String)} on a virtual thread; the values are checked now. */
    default CompletableFuture<Map<Object, T>> inBulkAsync(java.util.Collection<?> values, String field) {
        return Async.supply(QueryReads.inBulkPlan(self(), values, field));
    }

    /**
     * This QuerySet as a compiled query: names, lookups and the SQL statement are worked out once,
     * and each run gives only the values of its {@link Param}s. Compile once, keep it in a
     * {@code static final} field, and run it from any number of threads.
     *
     * <pre>{@code
     * static final CompiledQuery<Product> CHEAP = Product.objects.filter("price__lt", param("max")).compile();
     * List<Product> rows = CHEAP.with("max", 100).fetch();
     * }</pre>
     */
    default CompiledQuery<T> compile() {
        QuerySet<T> qs = self();
        if (qs.results() != null) {
            throw new AksaraException("A prefetched relation answers from memory; compile the query of its model instead");
        }
        return new CompiledQuery<>(qs);
    }

    /** The SQL this QuerySet runs, with {@code ?} for each bound value. */
    default String sql() {
        QuerySet<T> qs = self();
        return qs.backend().sql(qs.query);
    }

    /**
     * The database's plan for this QuerySet's SQL, as text ({@code EXPLAIN}): PostgreSQL's and
     * H2's plan text, MySQL's and MariaDB's plan table with one line per row. Nothing is
     * executed beyond the planning; an empty QuerySet ({@link QuerySet#none()}) runs no SQL at all.
     *
     * <pre>{@code System.out.println(User.objects.filter("email", "a@b.io").explain()); }</pre>
     */
    default String explain() {
        QuerySet<T> qs = self();
        return qs.backend().explain(qs.query);
    }

    /** {@link #explain()} on a virtual thread. */
    default CompletableFuture<String> explainAsync() {
        return Async.supply(this::explain);
    }

    /** This QuerySet: the only class permitted to implement this interface. */
    private QuerySet<T> self() {
        return (QuerySet<T>) this;
    }
}
