package io.aksara.internal;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldType;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.Values;
import io.aksara.query.Expr;
import java.util.List;
import java.util.Set;

/**
 * Two rules of {@code aggregate()} that look at the resolved expressions: an aggregate may not
 * take an aggregate named earlier in the same call, and what the aggregates give over no rows
 * ({@code none()}), worked out without SQL where Django does so too.
 */
final class AggregateReferences {
    private AggregateReferences() {}

    /** Refuses {@code Avg("total")} when {@code total} is an aggregate of the same call, with Django's message. */
    static void refuseAggregateOf(Expr e, Set<String> sameCall) {
        if (e instanceof Expr.Aggregate a && a.argument() != null) {
            String ref = refTo(a.argument(), sameCall);
            if (ref != null) {
                throw new FieldError("Cannot compute " + functionName(a.function()) + "('" + ref + "'): '" + ref
                        + "' is an aggregate");
            }
        }
        if (!(e instanceof Expr.Ref)) {
            Expr.children(e).forEach(c -> refuseAggregateOf(c, sameCall));
        }
    }

    private static String refTo(Expr e, Set<String> names) {
        if (e instanceof Expr.Ref r && names.contains(r.name())) {
            return r.name();
        }
        for (Expr c : Expr.children(e)) {
            String found = e instanceof Expr.Ref ? null : refTo(c, names);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String functionName(Expr.Aggregate.Function f) {
        return switch (f) {
            case COUNT -> "Count";
            case SUM -> "Sum";
            case AVG -> "Avg";
            case MIN -> "Min";
            case MAX -> "Max";
            case STDDEV_POP, STDDEV_SAMP -> "StdDev";
            case VAR_POP, VAR_SAMP -> "Variance";
        };
    }

    /** Stands for a value that only the database can compute. */
    private static final Object UNKNOWN = new Object();

    /**
     * What each expression gives over no rows, or null when one of them needs the database (a
     * default that is itself an expression, say): counts are 0, other aggregates their default or
     * NULL, {@code Coalesce} the first of those that is not NULL, constants themselves.
     */
    static Object[] overNoRows(ModelMeta<?> model, List<Expr> exprs) {
        Object[] out = new Object[exprs.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = value(exprs.get(i));
            if (v == UNKNOWN) {
                return null;
            }
            out[i] = v == null ? null : converted(model, v, exprs.get(i).type());
        }
        return out;
    }

    private static Object value(Expr e) {
        return switch (e) {
            case Expr.Aggregate a -> a.function() == Expr.Aggregate.Function.COUNT ? (Object) 0L
                    : a.defaultValue() == null ? null : value(a.defaultValue());
            case Expr.Constant k -> k.value();
            case Expr.Ref r -> value(r.target());
            case Expr.Func f when f.function() == Expr.Func.Function.COALESCE -> {
                for (Expr arg : f.arguments()) {
                    Object v = value(arg);
                    if (v != null) {
                        yield v;
                    }
                }
                yield null;
            }
            default -> UNKNOWN;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object converted(ModelMeta<?> model, Object value, FieldType type) {
        FieldMeta<?, ?> as = FieldMeta.computed((ModelMeta) model, "value", type);
        return Values.toColumnValue(as, value);
    }
}
