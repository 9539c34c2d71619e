package io.aksara.internal.deletion;

import io.aksara.Aksara;
import io.aksara.Transaction;
import io.aksara.internal.Routing;
import io.aksara.meta.ModelMeta;
import io.aksara.query.SelectQuery;
import io.aksara.spi.Backend;
import io.aksara.spi.TransactionContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code Model.delete()} and {@code QuerySet.delete()} with Django's {@code on_delete} rules. When
 * no foreign key acts on the model's deletion (none points to it, or all are DO_NOTHING) the
 * delete is the one DELETE it always was, with no key read. Otherwise the {@link Collector} reads
 * the keys of everything involved, refuses before any write when PROTECT or RESTRICT says so, and
 * the {@link DeletionPlan} writes: all in one transaction (joining an atomic block the caller is
 * in), so a failure of any statement leaves nothing changed.
 *
 * <pre>{@code
 * long rows = Deletion.delete(query, "default");   // every row deleted, cascaded rows included
 * }</pre>
 */
public final class Deletion {
    private Deletion() {}

    /** Deletes the rows the query matches and applies on_delete; returns the rows deleted in all. */
    public static long delete(SelectQuery<?> query, String using) {
        if (query.none()) {
            return 0; // none(): no SQL
        }
        String database = Routing.forQuery(using, query, true);
        Backend backend = Aksara.backend(database);
        ModelMeta<?> model = query.model();
        if (Relations.acting(model).isEmpty()) {
            return backend.delete(query);
        }
        return atomically(database, () -> run(backend, model, KeyQueries.keys(backend, query)));
    }

    /**
     * Deletes the row with a known key ({@code Model.delete()}): {@code byKey} is the one-row
     * query run when nothing acts on the deletion; otherwise no key needs reading.
     */
    public static long deleteByKey(SelectQuery<?> byKey, Object key, String using) {
        String database = Routing.forWrite(using, byKey.model().type());
        Backend backend = Aksara.backend(database);
        ModelMeta<?> model = byKey.model();
        if (Relations.acting(model).isEmpty()) {
            return backend.delete(byKey);
        }
        return atomically(database, () -> run(backend, model, List.of(key)));
    }

    private static long run(Backend backend, ModelMeta<?> model, List<Object> keys) {
        List<Object> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
        if (distinct.isEmpty()) {
            return 0;
        }
        return new Collector(backend).collect(model, distinct).execute(backend);
    }

    /**
     * Runs the work in a transaction of its own, or inside the caller's atomic block without a
     * savepoint (a failure then breaks that block, as Django's {@code atomic(savepoint=False)}).
     */
    private static long atomically(String database, Supplier<Long> work) {
        String alias = database == null ? Aksara.DEFAULT : database;
        if (TransactionContext.isActive(alias)) {
            return work.get();
        }
        return Transaction.using(alias).atomic(work);
    }
}
