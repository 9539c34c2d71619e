package io.aksara;

import io.aksara.errors.FieldError;
import io.aksara.errors.MultipleObjectsReturned;
import io.aksara.internal.Async;
import io.aksara.internal.GetOrCreate;
import io.aksara.query.Assignment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The {@link QuerySet} methods that write: {@code create}, {@code getOrCreate},
 * {@code updateOrCreate}, {@code update} and {@code delete}, each with an {@code ...Async}
 * variant on a virtual thread. The bulk writes are in {@link BulkOperations}.
 *
 * <pre>{@code
 * Product.objects.filter("category", electronics).update("inStock", true);
 * Created<User> r = User.objects.all().getOrCreate(Map.of("email", "ann@example.com"));
 * }</pre>
 *
 * <p>Only {@link QuerySet} implements this interface (it is sealed): it groups part of the
 * QuerySet API by job so that each file stays small. Use the methods through {@code QuerySet}.
 *
 * @param <T> the model
 */
public sealed interface QuerySetWriting<T extends Model> permits QuerySet {
    /**
     * Builds, validates and inserts an instance from field/value pairs, on this QuerySet's
     * database. Through a related manager ({@code author.books().all().create(...)}) the new row
     * belongs to the owner: its foreign key is set, or it is linked (many-to-many). It is always an
     * INSERT, as Django's {@code create()} ({@code save(force_insert=True)}): a primary key that
     * already has a row raises {@link io.aksara.errors.IntegrityError}, it never updates that row.
     *
     * <pre>{@code Product mouse = Product.objects.all().create("name", "Mouse", "price", 25); }</pre>
     */
    default T create(String field, Object value, Object... more) {
        QuerySet<T> qs = self();
        T instance = Manager.of(qs.meta().type()).build(field, value, more);
        return GetOrCreate.insert(instance, QueryWrites.createAlias(qs, instance), qs.bound());
    }

    /** {@link #create} on a virtual thread; names and values are checked now. */
    default CompletableFuture<T> createAsync(String field, Object value, Object... more) {
        QuerySet<T> qs = self();
        T instance = Manager.of(qs.meta().type()).build(field, value, more);
        String alias = QueryWrites.createAlias(qs, instance);
        return Async.supply(() -> GetOrCreate.insert(instance, alias, qs.bound()));
    }

    /**
     * The row matching the lookups, created when there is none (Django's {@code get_or_create}).
     * The new row takes the lookups that name a plain field ({@code "email"}, not
     * {@code "email__iexact"}) plus {@code defaults}, which win. If another caller creates the
     * same row at the same moment, this one's INSERT hits the unique constraint, and the row the
     * other created is returned with {@code created() == false}; that needs a unique constraint
     * over the lookups. Inside an atomic block the INSERT runs in a savepoint.
     *
     * <pre>{@code
     * Created<User> r = User.objects.getOrCreate(Map.of("email", "ann@example.com"), Map.of("name", "Ann", "age", 30));
     * User ann = r.object();
     * boolean isNew = r.created();
     * }</pre>
     *
     * @throws MultipleObjectsReturned when several rows match
     * @throws FieldError before any SQL for an unknown field or a value of the wrong type
     */
    default Created<T> getOrCreate(Map<String, ?> lookup, Map<String, ?> defaults) {
        QuerySet<T> qs = self();
        return GetOrCreate.getOrCreate(QueryWrites.forWriting(qs), QueryWrites.writeAlias(qs), qs.bound(), lookup, defaults)
                .get();
    }

    /** {@link #getOrCreate(Map, Map)} without defaults. */
    default Created<T> getOrCreate(Map<String, ?> lookup) {
        return getOrCreate(lookup, Map.of());
    }

    /** {@link #getOrCreate(Map, Map)} on a virtual thread; names and values are checked now. */
    default CompletableFuture<Created<T>> getOrCreateAsync(Map<String, ?> lookup, Map<String, ?> defaults) {
        QuerySet<T> qs = self();
        return Async.supply(
                GetOrCreate.getOrCreate(QueryWrites.forWriting(qs), QueryWrites.writeAlias(qs), qs.bound(), lookup, defaults));
    }

    /**
     * Updates the row matching the lookups with {@code defaults}, or creates it from the lookups
     * and {@code defaults} (Django's {@code update_or_create}). It runs in a transaction and locks
     * the row ({@code SELECT ... FOR UPDATE}) from the read to the write, so concurrent calls do
     * not lose each other's updates. The update is a {@code save()}: validated, {@code autoNow}
     * fields stamped.
     *
     * <pre>{@code
     * Created<User> r = User.objects.updateOrCreate(Map.of("email", "ann@example.com"), Map.of("age", 31));
     * }</pre>
     */
    default Created<T> updateOrCreate(Map<String, ?> lookup, Map<String, ?> defaults) {
        return updateOrCreate(lookup, defaults, null);
    }

    /**
     * As {@link #updateOrCreate(Map, Map)}, creating with {@code createDefaults} instead of
     * {@code defaults} (Django 5's {@code create_defaults}).
     *
     * <pre>{@code
     * User.objects.updateOrCreate(Map.of("email", e), Map.of("lastSeen", now), Map.of("lastSeen", now, "name", "New"));
     * }</pre>
     */
    default Created<T> updateOrCreate(Map<String, ?> lookup, Map<String, ?> defaults, Map<String, ?> createDefaults) {
        QuerySet<T> qs = self();
        return GetOrCreate.updateOrCreate(QueryWrites.forWriting(qs), QueryWrites.writeAlias(qs), qs.bound(), lookup, defaults,
                createDefaults).get();
    }

    /** {@link #updateOrCreate(Map, Map)} on a virtual thread; names and values are checked now. */
    default CompletableFuture<Created<T>> updateOrCreateAsync(Map<String, ?> lookup, Map<String, ?> defaults) {
        QuerySet<T> qs = self();
        return Async.supply(GetOrCreate.updateOrCreate(QueryWrites.forWriting(qs), QueryWrites.writeAlias(qs), qs.bound(),
                lookup, defaults, null));
    }

    /**
     * Sets fields on every matching row in one UPDATE statement; returns the number of rows.
     * Instances already in memory are not changed, and {@code autoNow} fields are not touched
     * (as in Django).
     *
     * <pre>{@code Product.objects.filter("category", electronics).update("inStock", true); }</pre>
     */
    default long update(String field, Object value, Object... more) {
        QuerySet<T> qs = self();
        qs.requireNoHaving("update");
        List<Assignment> assignments = QueryWrites.assignments(qs, field, value, more);
        return QueryWrites.writeBackend(qs).update(qs.query, assignments);
    }

    /** {@link #update} on a virtual thread. */
    default CompletableFuture<Long> updateAsync(String field, Object value, Object... more) {
        QuerySet<T> qs = self();
        List<Assignment> assignments = QueryWrites.assignments(qs, field, value, more);
        return Async.supply(() -> QueryWrites.writeBackend(qs).update(qs.query, assignments));
    }

    /**
     * Deletes every matching row and applies the {@link io.aksara.fields.OnDelete on_delete} rule
     * of each foreign key that points to them, as Django: CASCADE deletes the pointing rows too
     * (through any number of levels), SET_NULL / SET_DEFAULT / SET rewrite them, PROTECT and
     * RESTRICT refuse with {@link io.aksara.errors.ProtectedError} / {@link io.aksara.errors.RestrictedError}
     * before anything is written, DO_NOTHING leaves it to the database. Returns the number of rows
     * deleted, cascaded rows included.
     *
     * <p>When no foreign key acts on the deletion this is one DELETE statement. Otherwise Aksara
     * reads the keys involved (never whole rows), then writes in chunks of keys, children before
     * parents, all in one transaction (inside an atomic block, in that block): a failure leaves
     * nothing deleted. See docs/relations.md.
     *
     * <pre>{@code Product.objects.filter("inStock", false).delete(); }</pre>
     */
    default long delete() {
        QuerySet<T> qs = self();
        qs.requireNotSliced("delete");
        qs.requireNotCombined("delete");
        qs.requireNoHaving("delete");
        return io.aksara.internal.ExecutionScope.withTimeout(qs.loading().timeout(), qs.meta().name() + " delete()",
                () -> io.aksara.internal.AnnouncedDelete.delete(io.aksara.internal.TenantRows.restrict(qs.query), qs.database()));
    }

    /** {@link #delete()} on a virtual thread. */
    default CompletableFuture<Long> deleteAsync() {
        QuerySet<T> qs = self();
        qs.requireNotSliced("delete");
        qs.requireNotCombined("delete");
        qs.requireNoHaving("delete");
        return Async.supply(this::delete);
    }

    /** This QuerySet: the only class permitted to implement this interface. */
    private QuerySet<T> self() {
        return (QuerySet<T>) this;
    }
}
