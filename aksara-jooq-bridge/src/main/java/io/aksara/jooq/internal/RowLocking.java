package io.aksara.jooq.internal;

import io.aksara.errors.TransactionError;
import io.aksara.jooq.ModelTable;
import io.aksara.jooq.vendor.Feature;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.query.RowLock;
import io.aksara.query.SelectQuery;
import io.aksara.spi.TransactionContext;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectForUpdateStep;
import org.jooq.SelectForUpdateWaitStep;

/** {@code SELECT ... FOR UPDATE [OF t] [NOWAIT | SKIP LOCKED]}, and the rule that it needs a transaction. */
public final class RowLocking {
    private RowLocking() {}

    /**
     * As Django: outside a transaction each statement commits at once and its row locks go with
     * it, so a locking SELECT there is a mistake, reported before any SQL runs.
     */
    public static void requireTransaction(SelectQuery<?> q, String alias) {
        if (q.lock() != null && !TransactionContext.isActive(alias)) {
            throw new TransactionError("selectForUpdate() needs a transaction: run the query inside Transaction"
                    + (alias.equals("default") ? "" : ".using(\"" + alias + "\")") + ".atomic(...). Outside"
                    + " atomic each statement commits at once, so its row locks would be released immediately.");
        }
    }

    /**
     * Throws {@link io.aksara.jooq.vendor.UnsupportedFeature} when the database has no row locks,
     * or not the NOWAIT or SKIP LOCKED asked for; before any SQL runs.
     */
    public static void requireSupported(RowLock lock, Vendor vendor) {
        if (lock == null) {
            return;
        }
        vendor.require(Feature.SELECT_FOR_UPDATE, "selectForUpdate()");
        switch (lock.mode()) {
            case NOWAIT -> vendor.require(Feature.SELECT_FOR_UPDATE_NOWAIT, "selectForUpdate(ForUpdate.NOWAIT)");
            case SKIP_LOCKED -> vendor.require(Feature.SELECT_FOR_UPDATE_SKIP_LOCKED, "selectForUpdate(ForUpdate.SKIP_LOCKED)");
            case WAIT -> { }
        }
    }

    /** Adds the lock to a SELECT built by {@code QueryLowering}; without one, the SELECT as it is. */
    public static Select<Record> apply(Select<Record> select, RowLock lock, ModelTable table, Vendor vendor) {
        if (lock == null) {
            return select;
        }
        if (!(select instanceof SelectForUpdateStep<Record> lockable)) {
            throw new IllegalStateException("Cannot add FOR UPDATE to " + select.getClass().getName());
        }
        requireSupported(lock, vendor);
        SelectForUpdateWaitStep<Record> forUpdate = lockable.forUpdate();
        // "of" names the tables to lock, so PostgreSQL leaves the LEFT JOINed ones alone (it refuses to
        // lock their nullable side). MariaDB and H2 have no OF; there the lock covers every row read.
        if (!lock.of().isEmpty() && vendor.has(Feature.SELECT_FOR_UPDATE_OF)) {
            forUpdate = lockable.forUpdate().of(table.table());
        }
        return switch (lock.mode()) {
            case WAIT -> forUpdate;
            case NOWAIT -> forUpdate.noWait();
            case SKIP_LOCKED -> forUpdate.skipLocked();
        };
    }
}
