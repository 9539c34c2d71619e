package io.aksara.expr;

import io.aksara.errors.FieldError;

/**
 * An ordering by an expression, for {@code orderBy(...)}: made by {@link Expression#asc()} or
 * {@link Expression#desc()}, with NULLs first or last if asked (else where the database puts
 * them: last ascending on PostgreSQL, first on MySQL, MariaDB and H2).
 *
 * <pre>{@code
 * Article.objects.orderBy(F.of("author").desc().nullsLast(), "headline");
 * Employee.objects.orderBy(Exists.of(Company.objects.filter("ceo", OuterRef.of("pk"))).desc());
 * Author.objects.orderBy(Lower.of("name").asc());
 * }</pre>
 *
 * @param expression what is ordered by
 * @param descending true for descending order
 * @param nulls      where NULLs go, or null for the database's default
 */
public record OrderBy(Expression expression, boolean descending, Nulls nulls) {
    /** Where NULLs go. */
    public enum Nulls { FIRST, LAST }

    public OrderBy {
        if (expression == null) {
            throw new FieldError("orderBy needs an expression, got null");
        }
    }

    /** NULLs before every value. */
    public OrderBy nullsFirst() {
        return new OrderBy(expression, descending, Nulls.FIRST);
    }

    /** NULLs after every value. */
    public OrderBy nullsLast() {
        return new OrderBy(expression, descending, Nulls.LAST);
    }

    @Override
    public String toString() {
        return expression + (descending ? " DESC" : " ASC") + (nulls == null ? "" : " NULLS " + nulls);
    }
}
