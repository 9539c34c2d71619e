package io.aksara.expr;

import io.aksara.QuerySet;
import io.aksara.Rows;
import io.aksara.errors.FieldError;
import io.aksara.query.Expr;
import io.aksara.query.SelectQuery;

/**
 * The value of one column in the first row of another query, usually correlated with the outer
 * row through {@link OuterRef} (a scalar subquery). Use it in {@code annotate}, in filters and in
 * {@code update}. Without a row it is NULL.
 *
 * <pre>{@code
 * QuerySet<Book> newest = Book.objects.filter("author", OuterRef.of("pk")).orderBy("-year", "title");
 * List<Author> authors = Author.objects.annotate(Subquery.of(newest, "title").as("newestTitle")).fetch();
 * // an aggregate per outer row, Django's values().annotate() idiom:
 * Author.objects.annotate(Subquery.of(Book.objects.filter("author", OuterRef.of("pk"))
 *         .values("author").annotate(Sum.of("price").as("total")), "total").as("spent"));
 * }</pre>
 *
 * @param query  the inner query (only its first row is used)
 * @param column the column read, resolved against the inner model
 */
public record Subquery(SelectQuery<?> query, Expr column) implements Expression {
    /** The first row's value of {@code field} (a field path or annotation of the inner QuerySet). */
    public static Subquery of(QuerySet<?> query, String field) {
        return of(query.values(field));
    }

    /** The first row's value of the only column of {@code values(...)} rows. */
    public static Subquery of(Rows<?> rows) {
        if (rows.columns().size() != 1) {
            throw new FieldError("Subquery needs rows of exactly one column, got " + rows.names()
                    + "; name the one to use with Subquery.of(rows, \"name\")");
        }
        return new Subquery(rows.query().withSlice(rows.query().offset(), 1L), rows.columns().getFirst());
    }

    /** The first row's value of the column called {@code name} of {@code values(...)} rows. */
    public static Subquery of(Rows<?> rows, String name) {
        int i = rows.names().indexOf(name);
        if (i < 0) {
            throw new FieldError("Subquery: the rows have no column '" + name + "'; they have " + rows.names());
        }
        return new Subquery(rows.query().withSlice(rows.query().offset(), 1L), rows.columns().get(i));
    }

    @Override
    public String toString() {
        return "Subquery(" + query.model().name() + "." + column + ")";
    }
}
