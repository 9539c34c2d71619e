package io.aksara;

import io.aksara.errors.DoesNotExist;
import io.aksara.errors.MultipleObjectsReturned;
import io.aksara.errors.ParameterError;
import io.aksara.expr.Expression;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One run of a {@link CompiledQuery}: its parameter values, and the terminal methods of a
 * QuerySet. Immutable: {@link #with} returns a new run, so a partly bound run can be shared.
 *
 * <pre>{@code
 * BoundQuery<Product> cheap = CHEAP.with("max", 100);
 * List<Product> rows = cheap.fetch();
 * boolean any = cheap.exists();
 * }</pre>
 *
 * @param <T> the model
 */
public final class BoundQuery<T extends Model> {
    /** Marks a parameter not given yet (null is a value, which the lookup then judges). */
    static final Object UNSET = new Object();

    private final CompiledQuery<T> compiled;
    private final Object[] values;

    BoundQuery(CompiledQuery<T> compiled, Object[] values) {
        this.compiled = compiled;
        this.values = values;
    }

    /** This run with one more parameter's value (or another value for it). */
    public BoundQuery<T> with(String name, Object value) {
        requirePlain(name, value);
        int i = compiled.index(name);
        Object[] next = values.clone();
        next[i] = value;
        return new BoundQuery<>(compiled, next);
    }

    /** Refuses a value that is not a plain value (a parameter, expression or QuerySet). */
    static void requirePlain(String name, Object value) {
        if (value instanceof Param || value instanceof Expression || value instanceof QuerySet<?>) {
            throw new ParameterError("The value of parameter '" + name + "' must be a plain value, not "
                    + value.getClass().getSimpleName() + ": expressions and subqueries belong in the compiled QuerySet");
        }
    }

    /** The QuerySet of this run, every parameter replaced by its value; for anything else a QuerySet does. */
    public QuerySet<T> querySet() {
        return compiled.bind(values);
    }

    /** Every row. */
    public List<T> fetch() {
        return compiled.fetch(values);
    }

    /** {@link #fetch()} on a virtual thread (the values are checked first, on the caller's thread). */
    public CompletableFuture<List<T>> fetchAsync() {
        return querySet().fetchAsync();
    }

    /**
     * The only matching row.
     *
     * @throws DoesNotExist when none matches
     * @throws MultipleObjectsReturned when several match
     */
    public T get() {
        return compiled.get(values);
    }

    /** The first row (by primary key when the query has no ordering). */
    public Optional<T> first() {
        return compiled.first(values);
    }

    /** The number of matching rows. */
    public long count() {
        return compiled.count(values);
    }

    /** Whether any row matches. */
    public boolean exists() {
        return compiled.exists(values);
    }
}
