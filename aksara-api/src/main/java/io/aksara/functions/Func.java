package io.aksara.functions;

import io.aksara.expr.Expression;
import io.aksara.query.Expr;
import java.util.List;

/**
 * A call of a database function, as made by the factories of this package ({@link Lower#of},
 * {@link Coalesce#of}, {@link RowNumber#of}, ...). Its type is inferred from the arguments when
 * it is resolved against a model.
 *
 * @param function  the function
 * @param arguments its arguments
 */
public record Func(Expr.Func.Function function, List<Expression> arguments) implements Expression {
    public Func {
        arguments = List.copyOf(arguments);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(function.name()).append('(');
        for (int i = 0; i < arguments.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(arguments.get(i));
        }
        return s.append(')').toString();
    }
}
