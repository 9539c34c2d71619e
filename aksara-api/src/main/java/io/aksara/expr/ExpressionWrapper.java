package io.aksara.expr;

import io.aksara.Q;
import io.aksara.errors.FieldError;

/**
 * A condition ({@link Q}) used as a boolean value, as Django's
 * {@code ExpressionWrapper(Q(...), output_field=BooleanField())}: annotate with it, group by it,
 * or filter on it.
 *
 * <pre>{@code
 * Author.objects.annotate(ExpressionWrapper.of(Q.of("age__lt", 40)).as("under40"))
 *         .values("under40").annotate(Count.of("id").as("n"));
 * Company.objects.filter(ExpressionWrapper.of(Q.of("numEmployees__gt", 3)));
 * }</pre>
 *
 * @param condition the condition, resolved against the query's model and annotations
 */
public record ExpressionWrapper(Q condition) implements Expression {
    public ExpressionWrapper {
        if (condition == null) {
            throw new FieldError("ExpressionWrapper needs a Q, got null");
        }
    }

    public static ExpressionWrapper of(Q condition) {
        return new ExpressionWrapper(condition);
    }

    /** The negated condition ({@code ~Q}) as a boolean value. */
    public Not not() {
        return new Not(this);
    }

    @Override
    public String toString() {
        return "ExpressionWrapper(" + condition + ")";
    }
}
