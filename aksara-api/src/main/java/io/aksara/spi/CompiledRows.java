package io.aksara.spi;

import io.aksara.Model;
import java.util.List;

/**
 * The kept statement of a compiled query's rows on one backend: its SQL, how its bind values are
 * made and how its rows are read, so that a run gives only the parameters' values and skips
 * building the query and looking its shape up. Made by {@link Backend#compiledRows} after the
 * query ran once; immutable and thread-safe. {@link CompiledValue} keeps a count or an exists check.
 *
 * <pre>{@code
 * CompiledRows<World> kept = backend.compiledRows(ran, template);   // null: keep running the query
 * Object[] values = new Object[kept.placeholders().size()];
 * for (int i = 0; i < values.length; i++) {
 *     values[i] = kept.placeholders().get(i).prepare().apply(given(kept.placeholders().get(i).name()));
 * }
 * List<World> rows = kept.fetch(values);                              // null: run the query instead
 * }</pre>
 *
 * @param <T> the model
 */
public interface CompiledRows<T extends Model> extends CompiledValue<List<T>> {
    /**
     * Runs the statement with these values, each already prepared by its placeholder; null (and no
     * SQL) when a value is not of the class the statement was kept for, so the caller runs the
     * query the usual way.
     */
    List<T> fetch(Object[] prepared);

    /** {@link #fetch}: the rows are what a run of the kept read answers. */
    @Override
    default List<T> run(Object[] prepared) {
        return fetch(prepared);
    }
}
