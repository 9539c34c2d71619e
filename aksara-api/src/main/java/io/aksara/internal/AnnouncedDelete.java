package io.aksara.internal;

import io.aksara.Aksara;
import io.aksara.Lifecycle;
import io.aksara.Model;
import io.aksara.Transaction;
import io.aksara.internal.deletion.Deletion;
import io.aksara.query.SelectQuery;
import java.util.List;

/**
 * {@code QuerySet.delete()} as Django runs it when a delete receiver is connected: the rows are read
 * first, each is announced ({@code preDelete}), deleted, and announced again ({@code postDelete}),
 * all in one atomic block so the rows announced are the rows deleted. Without a listener it is
 * the plain {@link Deletion}, with no extra read.
 */
public final class AnnouncedDelete {
    private AnnouncedDelete() {}

    public static long delete(SelectQuery<?> query, String database) {
        if (query.model().parentLink() != null && !query.none()) {
            return deleteWithParents(query, database);
        }
        if (query.none() || !Lifecycle.hasDeleteListeners(query.model().type())) {
            return Deletion.delete(query, database);
        }
        String alias = database == null ? Aksara.DEFAULT : database;
        return Transaction.using(alias).atomic(() -> {
            List<? extends Model> rows = Aksara.backend(database).fetch(query);
            rows.forEach(Lifecycle::preDelete);
            long n = Deletion.delete(query, database);
            rows.forEach(Lifecycle::postDelete);
            return n;
        });
    }

    /**
     * Rows of a multi-table child go with their root parent's rows, as in Django: the keys are read,
     * then the root rows are deleted, and the parent links cascade to every child table.
     */
    private static long deleteWithParents(SelectQuery<?> query, String database) {
        String alias = database == null ? Aksara.DEFAULT : database;
        return Transaction.using(alias).atomic(() -> {
            List<Object> keys = Aksara.backend(database).fetch(query).stream().map(Model::pk).toList();
            if (keys.isEmpty()) {
                return 0L;
            }
            io.aksara.QuerySet<?> roots = io.aksara.QuerySet.of(MultiTableRows.root(query.model())).filter("pk__in", keys);
            return (database == null ? roots : roots.using(database)).delete();
        });
    }
}
