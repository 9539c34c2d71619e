package io.aksara.expr;

/**
 * A value computed by the database: a field reference ({@link io.aksara.F}), a constant, or
 * arithmetic on them. Expressions are resolved against a model when used in {@code filter},
 * {@code exclude} or {@code update}, like lookups.
 *
 * <pre>{@code
 * Product.objects.filter("stock__lt", F.of("reserved").plus(1));
 * Product.objects.filter("pk", id).update("stock", F.of("stock").minus(1));
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

    /** {@code this / other}. */
    default Expression div(Object other) {
        return new Arithmetic(Arithmetic.Operator.DIVIDE, this, Value.wrap(other));
    }
}
