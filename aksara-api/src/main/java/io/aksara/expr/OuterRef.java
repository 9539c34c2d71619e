package io.aksara.expr;

import io.aksara.errors.FieldError;

/**
 * A field of the outer query, used inside a {@link Subquery} or {@link Exists}: the inner query is
 * correlated with each outer row. The path is resolved against the outer model (its fields,
 * foreign keys and annotations) when the subquery is used.
 *
 * <pre>{@code
 * QuerySet<Book> newest = Book.objects.filter("author", OuterRef.of("pk")).orderBy("-year");
 * Author.objects.annotate(Subquery.of(newest, "title").as("newestTitle"));
 * }</pre>
 *
 * @param path a field path of the outer model
 */
public record OuterRef(String path) implements Expression {
    public OuterRef {
        if (path == null || path.isBlank()) {
            throw new FieldError("OuterRef needs a field path, got " + (path == null ? "null" : "\"" + path + "\""));
        }
    }

    public static OuterRef of(String path) {
        return new OuterRef(path);
    }

    @Override
    public String toString() {
        return "OuterRef(" + path + ")";
    }
}
