package io.aksara.functions;

import io.aksara.errors.FieldError;
import io.aksara.expr.Expression;
import io.aksara.internal.NameRules;

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
    /**
     * The part must be a name ({@link NameRules#transformName}); which parts the source has is
     * checked when the expression is resolved, against the registered transforms.
     */
    public Extract {
        if (source == null) {
            throw new FieldError("Extract needs a date, time or timestamp, got null");
        }
        NameRules.transformName("Extract's part", part);
    }

    /** A part of a field path or expression. */
    public static Extract of(Object source, String part) {
        NameRules.transformName("Extract's part", part);
        return new Extract(Args.field("Extract", source), part);
    }

    @Override
    public String toString() {
        return "Extract(" + source + ", " + part + ")";
    }
}
