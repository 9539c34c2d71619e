package io.aksara.expr;

import io.aksara.errors.FieldError;

/**
 * The negation of a boolean expression, as Django's {@code ~Exists(...)}: made by
 * {@link Exists#not()} or {@link ExpressionWrapper#not()}. Annotate with it or filter on it.
 *
 * <pre>{@code
 * Employee.objects.annotate(Exists.of(Company.objects.filter("pointOfContact", OuterRef.of("pk"))).not()
 *         .as("isNotPointOfContact"));
 * Employee.objects.filter(Exists.of(Company.objects.filter("ceo", OuterRef.of("pk"))).not());
 * }</pre>
 *
 * @param expression the boolean expression negated
 */
public record Not(Expression expression) implements Expression {
    public Not {
        if (expression == null) {
            throw new FieldError("not() needs an expression, got null");
        }
    }

    /** The negation of this negation (Django's {@code ~~Exists(...)}). */
    public Not not() {
        return new Not(this);
    }

    @Override
    public String toString() {
        return "~" + expression;
    }
}
