package io.aksara.functions;

import io.aksara.expr.Expression;

/**
 * A part of a date, time or timestamp as an {@code Integer} ({@code EXTRACT}): any date transform
 * of the lookups ({@code year}, {@code iso_year}, {@code quarter}, {@code month}, {@code day},
 * {@code week}, {@code week_day}, {@code iso_week_day}, {@code hour}, {@code minute},
 * {@code second}), with the same numbering on every database. Timestamps are UTC, so the parts
 * are UTC parts.
 *
 * <pre>{@code
 * Book.objects.values("published__year")                                  // the same value
 * Book.objects.annotate(Extract.of("published", "year").as("y"))
 * }</pre>
 *
 * @param source the date or timestamp
 * @param part   the transform's name
 */
public record Extract(Expression source, String part) implements Expression {
    /** A part of a field path or expression. */
    public static Extract of(Object source, String part) {
        if (part == null || part.isBlank()) {
            throw new io.aksara.errors.FieldError("Extract needs a part such as \"year\", got " + part);
        }
        return new Extract(Args.field("Extract", source), part);
    }

    @Override
    public String toString() {
        return "Extract(" + source + ", " + part + ")";
    }
}
