package io.aksara.functions;

import io.aksara.F;
import io.aksara.errors.FieldError;
import io.aksara.expr.Expression;
import io.aksara.expr.Value;
import java.util.ArrayList;
import java.util.List;

/** How function arguments are read: as in Django, a string names a field, anything else is a constant. */
final class Args {
    private Args() {}

    /** A string is a field path; an expression stays; anything else is a constant. */
    static Expression field(String function, Object arg) {
        if (arg == null) {
            throw new FieldError(function + " got a null argument; use Value.of(...) for constants");
        }
        if (arg instanceof String path) {
            return F.of(path);
        }
        return arg instanceof Expression e ? e : Value.of(arg);
    }

    /** An expression stays; anything else (a string too) is a constant. */
    static Expression value(String function, Object arg) {
        if (arg == null) {
            throw new FieldError(function + " got a null argument");
        }
        return arg instanceof Expression e ? e : Value.of(arg);
    }

    static List<Expression> fields(String function, Object[] args, int atLeast) {
        if (args == null || args.length < atLeast) {
            throw new FieldError(function + " needs at least " + atLeast + " arguments, got "
                    + (args == null ? 0 : args.length));
        }
        List<Expression> out = new ArrayList<>(args.length);
        for (Object a : args) {
            out.add(field(function, a));
        }
        return out;
    }
}
