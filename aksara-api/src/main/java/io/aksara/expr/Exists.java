package io.aksara.expr;

import io.aksara.QuerySet;
import io.aksara.query.SelectQuery;

/**
 * Whether another query, usually correlated through {@link OuterRef}, has any row ({@code EXISTS});
 * a {@code Boolean}. Annotate with it, or filter on it directly.
 *
 * <pre>{@code
 * Exists dear = Exists.of(Book.objects.filter("author", OuterRef.of("pk"), "price__gt", 40));
 * Author.objects.annotate(dear.as("hasDearBook"));
 * Author.objects.filter(dear);     // authors with such a book
 * Author.objects.exclude(dear);    // authors without
 * }</pre>
 *
 * @param query the inner query
 */
public record Exists(SelectQuery<?> query) implements Expression {
    public static Exists of(QuerySet<?> query) {
        return new Exists(query.query());
    }

    /**
     * {@code NOT EXISTS (query)} as a boolean value (Django's {@code ~Exists(...)}).
     *
     * <pre>{@code Employee.objects.annotate(Exists.of(inner).not().as("isNotPointOfContact")) }</pre>
     */
    public Not not() {
        return new Not(this);
    }

    @Override
    public String toString() {
        return "Exists(" + query.model().name() + ")";
    }
}
