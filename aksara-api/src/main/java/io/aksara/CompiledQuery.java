package io.aksara;

import io.aksara.errors.ParameterError;
import io.aksara.internal.Placeholders;
import io.aksara.spi.Backend;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A QuerySet with named {@link Param}s, resolved once: field names, lookups, relation paths and
 * value conversions are checked when it is compiled, and the SQL statement is rendered on its
 * first run and reused after. Each run gives only the values. Immutable and thread-safe: keep one
 * in a {@code static final} field.
 *
 * <pre>{@code
 * import static io.aksara.Param.param;
 *
 * static final CompiledQuery<Product> IN_RANGE = Product.objects
 *         .filter("price__gte", param("min"), "price__lt", param("max"))
 *         .orderBy("price")
 *         .compile();
 *
 * List<Product> rows = IN_RANGE.with("min", 10).with("max", 100).fetch();
 * long n = IN_RANGE.with(Map.of("min", 10, "max", 100)).count();
 * }</pre>
 *
 * @param <T> the model
 */
public final class CompiledQuery<T extends Model> {
    private final QuerySet<T> template;
    private final List<String> names;
    /** Each read on the statement its first run kept (see {@link CompiledRun}). */
    private final CompiledRun<T, List<T>> fetchRun;
    private final CompiledRun<T, List<T>> getRun;
    private final CompiledRun<T, List<T>> firstRun;
    private final CompiledRun<T, Long> countRun;
    private final CompiledRun<T, Boolean> existsRun;

    CompiledQuery(QuerySet<T> template) {
        this.template = template;
        this.names = Placeholders.names(template.query());
        // each read keeps the plan of the query it hands the backend, as its QuerySet method makes it
        this.fetchRun = new CompiledRun<>(template, names, qs -> qs.query, Backend::compiledRows);
        this.getRun = new CompiledRun<>(template, names, qs -> QueryReads.limitedTo(qs, QuerySet.GET_PROBE),
                Backend::compiledRows);
        this.firstRun = new CompiledRun<>(template, names, qs -> QueryReads.limitedTo(QueryReads.firstOrdering(qs), 1),
                Backend::compiledRows);
        this.countRun = new CompiledRun<>(template, names, qs -> qs.query, Backend::compiledCount);
        this.existsRun = new CompiledRun<>(template, names, qs -> qs.query, Backend::compiledExists);
    }

    /** The names of the parameters, in the order they appear in the query. */
    public List<String> parameters() {
        return names;
    }

    /**
     * A run of this query with one parameter's value; give the others with
     * {@link BoundQuery#with(String, Object)}.
     *
     * @throws ParameterError when the query has no parameter of this name, or the value is a
     *     parameter, expression or QuerySet
     */
    public BoundQuery<T> with(String name, Object value) {
        BoundQuery.requirePlain(name, value);
        Object[] values = unset();
        values[index(name)] = value;
        return new BoundQuery<>(this, values); // one array, not an unset one and its copy
    }

    /** A run of this query with these parameter values (every name must be a parameter of it). */
    public BoundQuery<T> with(Map<String, ?> values) {
        BoundQuery<T> run = new BoundQuery<>(this, unset());
        for (Map.Entry<String, ?> e : values.entrySet()) {
            run = run.with(e.getKey(), e.getValue());
        }
        return run;
    }

    /** The QuerySet it was compiled from (with its parameters in place). */
    public QuerySet<T> querySet() {
        return template;
    }

    @Override
    public String toString() {
        return "CompiledQuery(" + template.meta().name() + ": " + Placeholders.describe(template.query()) + ")";
    }

    // ---------------------------------------------------------------- used by BoundQuery

    int index(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new ParameterError("Unknown parameter '" + name + "' for " + template.meta().name()
                    + (names.isEmpty() ? ": the query has no parameters" : "; its parameters are: " + describe()));
        }
        return i;
    }

    /** The query of a run, every value in place. */
    QuerySet<T> bind(Object[] values) {
        requireSet(values);
        return template.withQuery(Placeholders.bind(template.query(), names, values));
    }

    /** {@link BoundQuery#fetch()}: on the kept statement when there is one, else the usual way (which keeps it). */
    List<T> fetch(Object[] values) {
        requireSet(values);
        List<T> rows = fetchRun.answer(values);
        if (rows != null) {
            return template.loading().apply(rows, template.database());
        }
        QuerySet<T> run = bind(values);
        List<T> out = run.fetch();
        fetchRun.learn(run);
        return out;
    }

    /** {@link BoundQuery#get()}, as {@link #fetch(Object[])}; a miss or several rows are reported with the run's values. */
    T get(Object[] values) {
        requireSet(values);
        List<T> rows = getRun.answer(values);
        if (rows != null) {
            return QueryReads.single(rows.size() == 1 ? template : bind(values), rows);
        }
        QuerySet<T> run = bind(values);
        T out = run.get();
        getRun.learn(run);
        return out;
    }

    /** {@link BoundQuery#first()}, as {@link #fetch(Object[])}. */
    Optional<T> first(Object[] values) {
        return read(values, firstRun, rows -> template.loading().apply(rows, template.database()).stream().findFirst(),
                QuerySet::first);
    }

    /** {@link BoundQuery#count()}, as {@link #fetch(Object[])}. */
    long count(Object[] values) {
        return read(values, countRun, Function.identity(), QuerySet::count);
    }

    /** {@link BoundQuery#exists()}, as {@link #fetch(Object[])}. */
    boolean exists(Object[] values) {
        return read(values, existsRun, Function.identity(), QuerySet::exists);
    }

    /**
     * A read on the statement its first run kept ({@code fromKept} makes the answer of it), else
     * the usual way, which keeps it. fetch() and get() spell this out: no function objects on the
     * hot path.
     */
    private <V, R> R read(Object[] values, CompiledRun<T, V> run, Function<V, R> fromKept, Function<QuerySet<T>, R> usual) {
        requireSet(values);
        V kept = run.answer(values);
        if (kept != null) {
            return fromKept.apply(kept);
        }
        QuerySet<T> bound = bind(values);
        R out = usual.apply(bound);
        run.learn(bound);
        return out;
    }

    private void requireSet(Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == BoundQuery.UNSET) {
                throw new ParameterError("The parameter '" + names.get(i) + "' of " + template.meta().name()
                        + " has no value; give every one of " + describe() + " with with(name, value)");
            }
        }
    }

    private String describe() {
        return Placeholders.describe(template.query());
    }

    private Object[] unset() {
        Object[] values = new Object[names.size()];
        Arrays.fill(values, BoundQuery.UNSET);
        return values;
    }
}
