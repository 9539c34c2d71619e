package io.aksara.internal;

import io.aksara.Aksara;
import io.aksara.Created;
import io.aksara.Model;
import io.aksara.Q;
import io.aksara.QuerySet;
import io.aksara.Transaction;
import io.aksara.TransactionOptions;
import io.aksara.errors.FieldError;
import io.aksara.errors.UniqueViolation;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.spi.TransactionContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code getOrCreate} and {@code updateOrCreate} with Django's semantics. Every name and value is
 * checked before the first query. The object to create is built from the lookups without
 * {@code "__"} (plain field names, {@code "pk"}) plus the defaults, which win.
 *
 * <p>The race: two callers may both miss the row and both insert. The loser's INSERT hits the
 * unique constraint; it then reads the winner's row and returns it with {@code created=false}
 * (as Django, which retries the get on IntegrityError). Inside an atomic block the INSERT runs in a
 * savepoint, so the failed INSERT does not break the caller's transaction.
 *
 * <p>Under heavy contention the database may also pick one of the racing transactions as a
 * deadlock victim (MariaDB's gap locks make this common for {@code updateOrCreate}, whose locking
 * read of a missing row locks the gap the INSERT needs). Outside an atomic block the work runs in
 * its own transaction with {@link #RETRIES} retries, so such a {@link io.aksara.errors.TransactionConflict}
 * never reaches the caller; inside the caller's block only the caller's outermost block can run
 * again, so there the conflict propagates (use {@code Transaction.retries(n)} on that block).
 */
public final class GetOrCreate {
    /** How many times the work runs again after a deadlock or serialization failure. */
    static final int RETRIES = 8;

    private GetOrCreate() {}

    /** See {@code QuerySet.getOrCreate}. Checks every name and value now; returns the work. */
    public static <T extends Model> Supplier<Created<T>> getOrCreate(QuerySet<T> qs, String database,
            BoundRelation<T> bound, Map<String, ?> lookup, Map<String, ?> defaults) {
        Map<String, ?> given = lookup == null ? Map.of() : lookup;
        QuerySet<T> filtered = qs.filter(toQ(given));
        Map<FieldMeta<T, ?>, Object> params = createParams(qs.meta(), "getOrCreate", given, defaults);
        return () -> run(filtered, database, bound, params);
    }

    /** See {@code QuerySet.updateOrCreate}. Checks every name and value now; returns the work. */
    public static <T extends Model> Supplier<Created<T>> updateOrCreate(QuerySet<T> qs, String database,
            BoundRelation<T> bound, Map<String, ?> lookup, Map<String, ?> defaults, Map<String, ?> createDefaults) {
        ModelMeta<T> meta = qs.meta();
        Map<String, ?> given = lookup == null ? Map.of() : lookup;
        String alias = database == null ? Aksara.DEFAULT : database;
        QuerySet<T> filtered = qs.filter(toQ(given));
        Map<FieldMeta<T, ?>, Object> params = createParams(meta, "updateOrCreate", given,
                createDefaults != null ? createDefaults : defaults);
        Map<FieldMeta<T, ?>, Object> updates = attributes(meta, "updateOrCreate", defaults);
        // as Django: the row is locked from the read until the update is written
        return () -> ownTransaction(alias).atomic(() -> {
            // without row locks (SQLite) the transaction's write lock already keeps other writers out
            QuerySet<T> locked = Aksara.backend(alias).hasRowLocks() ? filtered.selectForUpdate() : filtered;
            Created<T> found = run(locked, database, bound, params);
            if (found.created()) {
                return found;
            }
            T row = found.object();
            updates.forEach((f, v) -> f.setUnchecked(row, v));
            Persistence.save(row, database);
            return new Created<>(row, false);
        });
    }

    private static <T extends Model> Created<T> run(QuerySet<T> filtered, String database, BoundRelation<T> bound,
            Map<FieldMeta<T, ?>, Object> params) {
        T existing = filtered.getOrNull();
        if (existing != null) {
            return new Created<>(existing, false);
        }
        T instance = filtered.meta().newInstance();
        params.forEach((f, v) -> f.setUnchecked(instance, v));
        String alias = database == null ? Aksara.DEFAULT : database;
        try {
            // inside a block, a savepoint: a failed INSERT must not break the caller's transaction;
            // and a many-to-many link is written with its row or not at all
            ownTransaction(alias).atomic(() -> insertBound(instance, database, bound));
            return new Created<>(instance, true);
        } catch (UniqueViolation e) {
            T winner = filtered.getOrNull();
            if (winner != null) {
                return new Created<>(winner, false);
            }
            throw e;
        }
    }

    /**
     * Saves a new instance; through a related manager the relation's hooks run around the INSERT,
     * in one transaction. Returns the instance.
     */
    public static <T extends Model> T insert(T instance, String database, BoundRelation<T> bound) {
        // always an INSERT, as Django's create() (force_insert): a key that has a row is an
        // IntegrityError, never an update of that row
        if (bound == null) {
            Persistence.insert(instance, database);
            return instance;
        }
        String alias = database == null ? Aksara.DEFAULT : database;
        Transaction.using(alias).atomic(() -> {
            bound.beforeInsert(instance);
            Persistence.insert(instance, database);
            bound.afterInsert(instance);
        });
        return instance;
    }

    private static <T extends Model> void insertBound(T instance, String database, BoundRelation<T> bound) {
        if (bound != null) {
            bound.beforeInsert(instance);
        }
        Persistence.insert(instance, database);
        if (bound != null) {
            bound.afterInsert(instance);
        }
    }

    /** A block of its own, run again after a conflict; nested in the caller's block (no retries) if there is one. */
    private static TransactionOptions ownTransaction(String alias) {
        TransactionOptions options = Transaction.using(alias);
        return TransactionContext.isActive(alias) ? options : options.retries(RETRIES);
    }

    private static Q toQ(Map<String, ?> lookup) {
        List<Q> parts = new ArrayList<>();
        lookup.forEach((name, value) -> {
            if (name == null) {
                throw new FieldError("A lookup name cannot be null");
            }
            parts.add(Q.of(name, value));
        });
        return Q.and(parts);
    }

    /** Django's {@code _extract_model_params}: plain lookups, then the defaults over them. */
    private static <T extends Model> Map<FieldMeta<T, ?>, Object> createParams(ModelMeta<T> meta, String method,
            Map<String, ?> lookup, Map<String, ?> defaults) {
        Map<String, Object> plain = new LinkedHashMap<>();
        lookup.forEach((name, value) -> {
            if (!name.contains("__")) {
                plain.put(name, value);
            }
        });
        Map<FieldMeta<T, ?>, Object> out = attributes(meta, method, plain);
        out.putAll(attributes(meta, method, defaults));
        return out;
    }

    /**
     * Field values converted for the instance, every name and value checked now by save()'s rules
     * (a null only where no default or automatic value would fill it on INSERT).
     */
    @SuppressWarnings("unchecked")
    private static <T extends Model> Map<FieldMeta<T, ?>, Object> attributes(ModelMeta<T> meta, String method,
            Map<String, ?> values) {
        Map<FieldMeta<T, ?>, Object> out = new LinkedHashMap<>();
        if (values == null) {
            return out;
        }
        WriteValues check = WriteValues.of(meta); // save()'s rules, before the first query
        values.forEach((name, value) -> {
            if (name == null || name.contains("__")) {
                throw new FieldError(method + "() defaults must name fields of " + meta.name() + ", got "
                        + (name == null ? "null" : "'" + name + "'"));
            }
            FieldMeta<T, ?> f = (FieldMeta<T, ?>) Resolver.field(meta, name);
            out.put(f, check.attribute(f, value));
        });
        check.throwIfInvalid();
        return out;
    }
}
