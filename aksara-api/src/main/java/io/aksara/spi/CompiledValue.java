package io.aksara.spi;

import io.aksara.query.Placeholder;
import java.util.List;

/**
 * One kept read of a compiled query on one backend, run from the plan its first run kept: the
 * rows ({@link CompiledRows}), the count or whether any row exists. A run gives only its
 * parameters' values and skips building the query and looking its shape up. Made by
 * {@link Backend#compiledRows}, {@link Backend#compiledCount} or {@link Backend#compiledExists}
 * after the query ran once; immutable and thread-safe.
 *
 * <pre>{@code
 * CompiledValue<Long> kept = backend.compiledCount(ran, template);   // null: keep running the query
 * Object[] values = new Object[kept.placeholders().size()];
 * for (int i = 0; i < values.length; i++) {
 *     values[i] = kept.placeholders().get(i).prepare().apply(given(kept.placeholders().get(i).name()));
 * }
 * Long n = kept.run(values);                                        // null: run the query instead
 * }</pre>
 *
 * @param <V> what a run answers: the rows, a count, a boolean
 */
public interface CompiledValue<V> {
    /**
     * The placeholders a run gives values for, in the order {@link #run} takes them (the order
     * they appear in the query's WHERE; a parameter used twice appears twice).
     */
    List<Placeholder> placeholders();

    /**
     * Runs the statement with these values, each already prepared by its placeholder; null (and no
     * SQL) when a value is not of the class the statement was kept for, so the caller runs the
     * query the usual way.
     */
    V run(Object[] prepared);
}
