package io.aksara;

import io.aksara.internal.Placeholders;
import io.aksara.internal.Routing;
import io.aksara.internal.TenantGuard;
import io.aksara.query.Placeholder;
import io.aksara.query.SelectQuery;
import io.aksara.spi.Backend;
import io.aksara.spi.CompiledValue;
import java.util.List;
import java.util.function.Function;

/**
 * One terminal read of a {@link CompiledQuery} ({@code fetch()}, {@code get()}, {@code first()},
 * {@code count()} or {@code exists()}) on the statement its first run kept: after a run the usual
 * way, the backend is asked for that run's plan ({@link Backend#compiledRows} and its siblings);
 * later runs put their values straight into it, so they build no filter tree, QuerySet or query
 * and look no shape up. Only where the usual path would reach the backend itself: with a query
 * router, a tenant guard, a {@code timeout()}, a row lock or {@code none()} in the way, every run
 * takes the usual path.
 *
 * @param <T> the model
 * @param <V> what the read answers (its rows, a count, a boolean)
 */
final class CompiledRun<T extends Model, V> {
    /** How a backend keeps the plan of this read ({@code Backend::compiledRows}, {@code ::compiledCount}, ...). */
    @FunctionalInterface
    interface Keeper<T extends Model, V> {
        /** The backend's kept plan of {@code ran}, bound from {@code template}; null: none. */
        CompiledValue<V> keep(Backend backend, SelectQuery<T> ran, SelectQuery<T> template);
    }

    /** The statement kept on one backend (null value: that backend keeps none for this query). */
    private record Kept<V>(Backend backend, CompiledValue<V> value, int[] parameters) {}

    /** The compiled QuerySet (its settings: database, loading, time limit). */
    private final QuerySet<T> compiled;
    /** The compiled query as this read hands it to the backend, placeholders in place. */
    private final SelectQuery<T> template;
    private final List<String> names;
    /** The query this read hands the backend for a QuerySet (get(): with its probe slice). */
    private final Function<QuerySet<T>, SelectQuery<T>> query;
    private final Keeper<T, V> keeper;
    private volatile Kept<V> kept;

    /** The read of {@code compiled} that hands the backend {@code query} of a QuerySet, kept by {@code keeper}. */
    CompiledRun(QuerySet<T> compiled, List<String> names, Function<QuerySet<T>, SelectQuery<T>> query, Keeper<T, V> keeper) {
        this.compiled = compiled;
        this.template = query.apply(compiled);
        this.names = names;
        this.query = query;
        this.keeper = keeper;
    }

    /**
     * The answer of a run with these values (every one set, in the order of {@link CompiledQuery#parameters()})
     * from the kept statement, rows before the QuerySet's loading (prefetches) is applied; null
     * when there is none for the backend the run would use, and the caller runs the query.
     */
    V answer(Object[] values) {
        Kept<V> k = kept;
        if (k == null || k.value() == null || direct() != k.backend()) {
            return null;
        }
        List<Placeholder> placeholders = k.value().placeholders();
        Object[] prepared = new Object[placeholders.size()];
        for (int i = 0; i < prepared.length; i++) {
            // converted and checked in the order the full path converts them, with the same errors
            prepared[i] = Placeholders.prepared(placeholders.get(i), values[k.parameters()[i]]);
        }
        return k.value().run(prepared);
    }

    /** After {@code run} ran the usual way: keeps the plan of the query that reached the backend for the next runs. */
    void learn(QuerySet<T> run) {
        Backend backend = direct();
        Kept<V> k = kept;
        if (backend == null || k != null && k.backend() == backend) {
            return; // asked once per backend: a plan is kept by the first run, or never
        }
        CompiledValue<V> value = keeper.keep(backend, query.apply(run), template);
        int[] parameters = null;
        if (value != null) {
            parameters = new int[value.placeholders().size()];
            for (int i = 0; i < parameters.length; i++) {
                parameters[i] = names.indexOf(value.placeholders().get(i).name());
            }
        }
        kept = new Kept<>(backend, value, parameters);
    }

    /** The backend a run would use, when nothing stands between it and the run; else null. */
    private Backend direct() {
        SelectQuery<T> q = template;
        if (q.lock() != null || q.none() || compiled.loading().timeout() != null || !Routing.routers().isEmpty()) {
            return null;
        }
        Backend real = Aksara.backend(compiled.database());
        return TenantGuard.over(real, q.model()) == real ? real : null;
    }
}
