package io.aksara.aggregates;

import io.aksara.Q;
import io.aksara.errors.FieldError;
import io.aksara.expr.Expression;

/**
 * The number of rows, or of non-null values ({@code COUNT}); always a {@code Long}, 0 over no rows.
 *
 * <pre>{@code
 * Author.objects.annotate(Count.of("books"));                  // books__count
 * Book.objects.aggregate(Count.of("author").distinct());        // author__count
 * Book.objects.aggregate(Count.all().as("n"));                  // COUNT(*)
 * }</pre>
 */
public final class Count extends Aggregate<Count> {
    private Count(Expression source, boolean distinct, Q condition, Object defaultValue, String alias) {
        super(source, distinct, condition, defaultValue, alias);
    }

    /** The number of non-null values of a field path; a relation ({@code "books"}) counts related rows. */
    public static Count of(String path) {
        return new Count(source("Count", path), false, null, null, null);
    }

    /** The number of non-null values of an expression. */
    public static Count of(Expression expression) {
        return new Count(source("Count", expression), false, null, null, null);
    }

    /** The number of rows ({@code COUNT(*)}); it needs a name, as in Django. */
    public static Count all() {
        return new Count(null, false, null, null, null);
    }

    /** Counts distinct values only. */
    public Count distinct() {
        if (source() == null) {
            throw new FieldError("Count.all() counts rows; count a field to count distinct values");
        }
        return withDistinct();
    }

    /** Not allowed, as in Django: a count over no rows is already 0. */
    @Override
    public Count defaultValue(Object value) {
        throw new FieldError("Count does not allow a default: over no rows it is 0");
    }

    @Override
    Count copy(Expression source, boolean distinct, Q condition, Object defaultValue, String alias) {
        return new Count(source, distinct, condition, defaultValue, alias);
    }

    @Override
    public String functionName() {
        return "count";
    }

    @Override
    public String defaultAlias() {
        if (source() == null) {
            throw new FieldError("Complex aggregates require an alias: name Count.all() with .as(\"name\")");
        }
        return super.defaultAlias();
    }
}
