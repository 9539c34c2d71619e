package io.aksara.aggregates;

import io.aksara.F;
import io.aksara.Q;
import io.aksara.errors.FieldError;
import io.aksara.expr.Expression;
import io.aksara.expr.Named;

/**
 * The base of the aggregates: {@link Count}, {@link Sum}, {@link Avg}, {@link Min}, {@link Max},
 * {@link StdDev} and {@link Variance}. An aggregate is immutable; each option returns a copy.
 * Use one in {@code aggregate(...)} (one value over the whole QuerySet) or {@code annotate(...)}
 * (one value per row, or per group after {@code values(...)}), or over a partition inside a
 * {@link io.aksara.expr.Window}.
 *
 * <pre>{@code
 * Map<String, Object> r = Book.objects.aggregate(Avg.of("price"), Max.of("price").as("top"));
 * // {price__avg=29.3475, top=49.00}
 * List<Author> authors = Author.objects.annotate(Count.of("books").filter(Q.of("books__year", 2022))).fetch();
 * long n = authors.getFirst().annotation("books__count", Long.class);
 * }</pre>
 *
 * <p>Result types are the same on every database: a count is a {@code Long}; a sum of integers a
 * {@code Long}; an average of integers or floats, a standard deviation and a variance a
 * {@code Double}; a sum or average of decimals a {@code BigDecimal} (an average has the column's
 * decimal places plus 4); a minimum or maximum has the column's type. Over no rows every aggregate
 * but {@link Count} is null unless a {@link #defaultValue(Object)} is given.
 *
 * @param <A> the concrete aggregate, so options keep the type
 */
public abstract sealed class Aggregate<A extends Aggregate<A>> implements Expression
        permits Count, Sum, Avg, Min, Max, StdDev, Variance {
    private final Expression source;
    private final boolean distinct;
    private final Q condition;
    private final Object defaultValue;
    private final String alias;

    Aggregate(Expression source, boolean distinct, Q condition, Object defaultValue, String alias) {
        this.source = source;
        this.distinct = distinct;
        this.condition = condition;
        this.defaultValue = defaultValue;
        this.alias = alias;
    }

    /** A field path becomes an {@link F}; an expression stays as it is. */
    static Expression source(String function, Object source) {
        if (source instanceof String path) {
            return F.of(path);
        }
        if (source instanceof Expression e) {
            return e;
        }
        throw new FieldError(function + " needs a field path or an expression, got " + FieldError.describe(source));
    }

    abstract A copy(Expression source, boolean distinct, Q condition, Object defaultValue, String alias);

    /** The function's name as Django spells it in default names: {@code count}, {@code avg}, ... */
    public abstract String functionName();

    /** What is aggregated; null for {@code Count.all()}. */
    public Expression source() {
        return source;
    }

    /** Whether only distinct values are aggregated. */
    public boolean isDistinct() {
        return distinct;
    }

    /** The condition rows must meet to be aggregated, or null. */
    public Q condition() {
        return condition;
    }

    /** The value for no rows instead of null, or null. */
    public Object defaultValue() {
        return defaultValue;
    }

    /** The explicit name, or null. */
    public String alias() {
        return alias;
    }

    A withDistinct() {
        return copy(source, true, condition, defaultValue, alias);
    }

    /**
     * Aggregates only the rows that match (SQL's {@code FILTER (WHERE ...)}, emulated with
     * {@code CASE} where the database lacks it). Conditions on the relation being aggregated hold
     * for the aggregated related row itself.
     *
     * <pre>{@code Count.of("books").filter(Q.of("books__year__gte", 2020)) }</pre>
     */
    public A filter(Q condition) {
        if (condition == null) {
            throw new FieldError(functionName() + "().filter() needs a Q, got null");
        }
        return copy(source, distinct, this.condition == null ? condition : this.condition.and(condition), defaultValue, alias);
    }

    /** {@link #filter(Q)} with lookups as name/value pairs. */
    public A filter(String lookup, Object value, Object... more) {
        return filter(Q.of(lookup, value, more));
    }

    /**
     * The value when there are no rows to aggregate (SQL's {@code COALESCE}): a constant, converted
     * to the aggregate's type, or an expression of a compatible type, computed by the database
     * (another aggregate included).
     *
     * <pre>{@code
     * Sum.of("price").defaultValue(0)
     * Sum.of("price").filter("rating__lt", 3.0).defaultValue(Avg.of("pages").div(10.0))
     * }</pre>
     */
    public A defaultValue(Object value) {
        if (value == null) {
            throw new FieldError(functionName() + "().defaultValue() needs a value; null is already the default");
        }
        return copy(source, distinct, condition, value, alias);
    }

    /** The aggregate under this name (its key in {@code aggregate()}, its annotation name). */
    @Override
    public A as(String name) {
        return copy(source, distinct, condition, defaultValue, Named.checkName(name));
    }

    /**
     * Django's default name: {@code <field path>__<function>}, e.g. {@code price__avg} or
     * {@code books__count}.
     *
     * @throws FieldError when the aggregate is over something other than a field (give it a name
     *                    with {@link #as(String)})
     */
    public String defaultAlias() {
        if (source instanceof F f) {
            return f.path() + "__" + functionName();
        }
        throw new FieldError("Complex aggregates require an alias: name " + this + " with .as(\"name\")");
    }

    @Override
    public String toString() {
        String name = getClass().getSimpleName();
        return name + "(" + (distinct ? "distinct " : "") + (source == null ? "*" : source)
                + (condition == null ? "" : ", filter=" + condition)
                + (defaultValue == null ? "" : ", default=" + defaultValue) + ")";
    }
}
