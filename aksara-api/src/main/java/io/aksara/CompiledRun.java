package io.aksara;

import io.aksara.internal.Placeholders;
import io.aksara.internal.Routing;
import io.aksara.internal.TenantGuard;
import io.aksara.query.Placeholder;
import io.aksara.query.SelectQuery;
import io.aksara.spi.Backend;
import io.aksara.spi.CompiledRows;
import java.util.List;

/**
 * One terminal read of a {@link CompiledQuery} ({@code fetch()}, or {@code get()} with its probe
 * slice) on the statement its first run kept: after a run the usual way, the backend is asked for
 * that run's plan ({@link Backend#compiledRows}); later runs put their values straight into it, so
 * they build no filter tree, QuerySet or query and look no shape up. Only where the usual path
 * would reach the backend itself: with a query router, a tenant guard, a {@code timeout()}, a row
 * lock or {@code none()} in the way, every run takes the usual path.
 *
 * @param <T> the model
 */
final class CompiledRun<T extends Model> {
    /** The statement kept on one backend (null rows: that backend keeps none for this query). */
    private record Kept<T extends Model>(Backend backend, CompiledRows<T> rows, int[] parameters) {}

    /** The compiled QuerySet as this read runs it (for get(), with its probe slice). */
    private final QuerySet<T> template;
    private final List<String> names;
    /** Whether this is get(), whose query is read with get()'s probe slice. */
    private final boolean probe;
    private volatile Kept<T> kept;

    /** The read of {@code compiled}: its {@code fetch()}, or with {@code probe} its {@code get()}. */
    CompiledRun(QuerySet<T> compiled, List<String> names, boolean probe) {
        this.template = probe ? compiled.withQuery(QueryReads.limitedTo(compiled, QuerySet.GET_PROBE)) : compiled;
        this.names = names;
        this.probe = probe;
    }

    /**
     * The rows of a run with these values (every one set, in the order of {@link CompiledQuery#parameters()}),
     * read through the kept statement, before the QuerySet's loading (prefetches) is applied; null
     * when there is none for the backend the run would use, and the caller runs the query.
     */
    List<T> rows(Object[] values) {
        Kept<T> k = kept;
        if (k == null || k.rows() == null || direct() != k.backend()) {
            return null;
        }
        List<Placeholder> placeholders = k.rows().placeholders();
        Object[] prepared = new Object[placeholders.size()];
        for (int i = 0; i < prepared.length; i++) {
            // converted and checked in the order the full path converts them, with the same errors
            prepared[i] = Placeholders.prepared(placeholders.get(i), values[k.parameters()[i]]);
        }
        return k.rows().fetch(prepared);
    }

    /** After {@code run} ran the usual way: keeps the plan of the query that reached the backend for the next runs. */
    void learn(QuerySet<T> run) {
        Backend backend = direct();
        Kept<T> k = kept;
        if (backend == null || k != null && k.backend() == backend) {
            return; // asked once per backend: a plan is kept by the first run, or never
        }
        SelectQuery<T> ran = probe ? QueryReads.limitedTo(run, QuerySet.GET_PROBE) : run.query;
        CompiledRows<T> rows = backend.compiledRows(ran, template.query);
        int[] parameters = null;
        if (rows != null) {
            parameters = new int[rows.placeholders().size()];
            for (int i = 0; i < parameters.length; i++) {
                parameters[i] = names.indexOf(rows.placeholders().get(i).name());
            }
        }
        kept = new Kept<>(backend, rows, parameters);
    }

    /** The backend a run would use, when nothing stands between it and the run; else null. */
    private Backend direct() {
        SelectQuery<T> q = template.query;
        if (q.lock() != null || q.none() || template.loading.timeout() != null || !Routing.routers().isEmpty()) {
            return null;
        }
        Backend real = Aksara.backend(template.database);
        return TenantGuard.over(real, q.model()) == real ? real : null;
    }
}
