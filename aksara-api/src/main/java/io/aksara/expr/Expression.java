package io.aksara.expr;

/**
 * A value computed by the database: a field reference ({@link io.aksara.F}), a constant
 * ({@link Value}), arithmetic, an aggregate ({@code io.aksara.aggregates}), a database function
 * ({@code io.aksara.functions}), {@link Case}, {@link Subquery}, {@link Exists} or a
 * {@link Window}. Expressions are resolved against a model when used in {@code filter},
 * {@code exclude}, {@code update}, {@code annotate}, {@code aggregate} or {@code orderBy}, like
 * lookups: a mistake is a {@link io.aksara.errors.FieldError} before any SQL.
 *
 * <pre>{@code
 * Product.objects.filter("stock__lt", F.of("reserved").plus(1));
 * Product.objects.filter("pk", id).update("stock", F.of("stock").minus(1));
 * Book.objects.annotate(F.of("price").times(F.of("stock")).as("stockValue"));
 * }</pre>
 */
public interface Expression {
    /** {@code this + other}; {@code other} is an expression or a plain value. */
    default Expression plus(Object other) {
        return new Arithmetic(Arithmetic.Operator.ADD, this, Value.wrap(other));
    }

    /** {@code this - other}. */
    default Expression minus(Object other) {
        return new Arithmetic(Arithmetic.Operator.SUBTRACT, this, Value.wrap(other));
    }

    /** {@code this * other}. */
    default Expression times(Object other) {
        return new Arithmetic(Arithmetic.Operator.MULTIPLY, this, Value.wrap(other));
    }

    /**
     * {@code this / other}. Integers divide as integers on every database (MySQL's {@code /}
     * would give a decimal): {@code 7 / 2} is {@code 3}.
     */
    default Expression div(Object other) {
        return new Arithmetic(Arithmetic.Operator.DIVIDE, this, Value.wrap(other));
    }

    /**
     * Ascending order by this expression, for {@code orderBy(...)}.
     *
     * <pre>{@code Author.objects.orderBy(Lower.of("name").asc()) }</pre>
     */
    default OrderBy asc() {
        return new OrderBy(this, false, null);
    }

    /**
     * Descending order by this expression, for {@code orderBy(...)}.
     *
     * <pre>{@code Article.objects.orderBy(F.of("pubDate").desc().nullsLast()) }</pre>
     */
    default OrderBy desc() {
        return new OrderBy(this, true, null);
    }

    /**
     * This expression under a name, for {@code annotate} and {@code aggregate}.
     *
     * <pre>{@code Book.objects.annotate(Lower.of("title").as("lowTitle")) }</pre>
     */
    default Expression as(String name) {
        return new Named(this, name);
    }
}
