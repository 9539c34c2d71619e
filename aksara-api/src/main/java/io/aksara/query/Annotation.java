package io.aksara.query;

/**
 * A named computed value of a query ({@code annotate}, {@code alias}): selected and read into each
 * row unless it is an alias, usable by name in filters, ordering and other expressions.
 *
 * @param name     the name, unique among the model's fields and the query's annotations
 * @param expr     the resolved expression
 * @param selected false for {@code alias()}: usable in the query but not read back
 */
public record Annotation(String name, Expr expr, boolean selected) {
    /** Whether the annotation aggregates rows, so the query groups them. */
    public boolean isAggregate() {
        return Expr.containsAggregate(expr);
    }
}
