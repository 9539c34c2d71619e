package io.aksara.expr;

import io.aksara.errors.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * A conditional value ({@code CASE WHEN ... THEN ... ELSE ... END}): the value of the first
 * {@link When} whose condition holds, else {@link #otherwise}, else NULL. Every branch must have
 * one type (numbers mix); constants take the type of the expressions beside them.
 *
 * <pre>{@code
 * Book.objects.annotate(Case.of(
 *         When.of("price__lt", 20, "cheap"),
 *         When.of("price__lt", 40, "fair")).otherwise("dear").as("band"));
 * Author.objects.aggregate(Sum.of(Case.of(When.of("books__year", 2022, 1)).otherwise(0)).as("recent"));
 * }</pre>
 *
 * @param whens     the branches, tried in order
 * @param otherwise the value when no branch holds, or null for NULL
 */
public record Case(List<When> whens, Expression otherwise) implements Expression {
    public Case {
        whens = List.copyOf(whens);
        if (whens.isEmpty()) {
            throw new FieldError("Case needs at least one When");
        }
    }

    /** The branches, with NULL when none holds. */
    public static Case of(When first, When... more) {
        List<When> all = new ArrayList<>();
        all.add(first);
        all.addAll(List.of(more));
        return new Case(all, null);
    }

    /** The same branches with a value for when none holds (Django's {@code default=}). */
    public Case otherwise(Object value) {
        if (value == null) {
            throw new FieldError("Case.otherwise() needs a value; without one the Case is NULL when no When holds");
        }
        return new Case(whens, Value.wrap(value));
    }
}
