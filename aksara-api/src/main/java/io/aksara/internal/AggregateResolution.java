package io.aksara.internal;

import io.aksara.aggregates.Aggregate;
import io.aksara.aggregates.Avg;
import io.aksara.aggregates.Count;
import io.aksara.aggregates.Max;
import io.aksara.aggregates.Min;
import io.aksara.aggregates.StdDev;
import io.aksara.aggregates.Sum;
import io.aksara.aggregates.Variance;
import io.aksara.errors.FieldError;
import io.aksara.expr.Expression;
import io.aksara.expr.Value;
import io.aksara.expr.Window;
import io.aksara.functions.Func;
import io.aksara.meta.FieldType;
import io.aksara.query.Expr;
import io.aksara.query.Filter;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves aggregates ({@code Count}, {@code Sum}, {@code Avg}, {@code Min}, {@code Max},
 * {@code StdDev}, {@code Variance}) and windows for {@link Expressions}: their argument, result type,
 * FILTER condition and default, and the rules Django checks (no nesting, no aggregate of an
 * aggregate annotation, numbers where numbers are needed).
 */
final class AggregateResolution {
    private AggregateResolution() {}

    static Expr aggregate(Expressions.Ctx c, Aggregate<?> a) {
        String name = a.getClass().getSimpleName();
        if (c.inAggregate()) {
            throw new FieldError("Cannot compute " + a + ": aggregates cannot be nested");
        }
        Expr arg = a.source() == null ? null : Expressions.resolveAny(c.aggregating(), a.source(), null);
        if (arg != null) {
            String aggregated = c.overRows() ? null : aggregatedRef(arg);
            if (aggregated != null) {
                throw new FieldError("Cannot compute " + name + "('" + aggregated + "'): '" + aggregated + "' is an aggregate");
            }
            if (arg.type() == null) {
                throw new FieldError("Cannot compute " + a + ": the type of its argument is unknown");
            }
        }
        FieldType argType = arg == null ? null : arg.type();
        Expr.Aggregate.Function function;
        FieldType type;
        switch (a) {
            case Count k -> {
                function = Expr.Aggregate.Function.COUNT;
                type = FieldType.BIG_INTEGER;
            }
            case Sum s -> {
                function = Expr.Aggregate.Function.SUM;
                type = argType == FieldType.DURATION ? FieldType.DURATION : switch (numeric(name, arg)) {
                    case FLOAT -> FieldType.FLOAT;
                    case DECIMAL -> FieldType.DECIMAL;
                    default -> FieldType.BIG_INTEGER;
                };
            }
            case Avg v -> {
                function = Expr.Aggregate.Function.AVG;
                type = argType == FieldType.DURATION ? FieldType.DURATION
                        : numeric(name, arg) == FieldType.DECIMAL ? FieldType.DECIMAL : FieldType.FLOAT;
            }
            case Min m -> {
                function = Expr.Aggregate.Function.MIN;
                type = ordered(name, arg);
            }
            case Max m -> {
                function = Expr.Aggregate.Function.MAX;
                type = ordered(name, arg);
            }
            case StdDev d -> {
                numeric(name, arg);
                function = d.isSample() ? Expr.Aggregate.Function.STDDEV_SAMP : Expr.Aggregate.Function.STDDEV_POP;
                type = FieldType.FLOAT;
            }
            case Variance v -> {
                numeric(name, arg);
                function = v.isSample() ? Expr.Aggregate.Function.VAR_SAMP : Expr.Aggregate.Function.VAR_POP;
                type = FieldType.FLOAT;
            }
        }
        if (argType == FieldType.JSON && !(a instanceof Count)) {
            throw new FieldError(name + " cannot aggregate a JSONField; follow a key or use Count");
        }
        Filter filter = a.condition() == null ? null
                : Resolver.filter(c.model(), a.condition(), c.annotations());
        Expr def = a.defaultValue() == null ? null : defaultValue(c, a, type);
        return new Expr.Aggregate(function, arg, a.isDistinct(), filter, def, type);
    }

    /**
     * An aggregate's default: a constant of its type, or an expression of a compatible type
     * ({@code Value.of(5).times(7)}, {@code Avg.of("pages").div(10.0)}), computed by the database.
     */
    private static Expr defaultValue(Expressions.Ctx c, Aggregate<?> a, FieldType type) {
        if (!(a.defaultValue() instanceof Expression e)) {
            return Expressions.constant(c, a.defaultValue(), Expressions.computed(c, type));
        }
        Expr def = Expressions.resolveAny(new Expressions.Ctx(c.model(), c.annotations(), false, c.overRows()), e, Expressions.computed(c, type));
        if (def.type() != null && !Expressions.compatible(def.type(), type)) {
            throw new FieldError("The default of " + a + " is a " + def.type().displayName() + "; "
                    + a.getClass().getSimpleName() + " gives a " + type.displayName());
        }
        return def;
    }

    /** The name of an aggregate annotation the expression refers to, or null. */
    private static String aggregatedRef(Expr e) {
        if (e instanceof Expr.Ref r && Expr.containsAggregate(r.target())) {
            return r.name();
        }
        for (Expr child : Expr.children(e)) {
            if (!(e instanceof Expr.Ref)) {
                String found = aggregatedRef(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static FieldType numeric(String name, Expr arg) {
        if (arg.type().family() != FieldType.Family.NUMBER) {
            throw new FieldError(name + " needs numbers; " + Expressions.describe(arg) + " is a " + arg.type().displayName());
        }
        return arg.type();
    }

    private static FieldType ordered(String name, Expr arg) {
        FieldType t = arg.type();
        if (t == FieldType.BOOLEAN || t == FieldType.JSON || t == FieldType.UUID) {
            throw new FieldError(name + " needs numbers, text, dates or times; " + Expressions.describe(arg) + " is a "
                    + t.displayName());
        }
        return t == FieldType.BIG_AUTO ? FieldType.BIG_INTEGER : t;
    }

    static Expr window(Expressions.Ctx c, Window w) {
        Expression fn = Expressions.unnamed(w.function());
        Expr function = switch (fn) {
            case Func f -> {
                if (!f.function().windowOnly()) {
                    throw new FieldError("Window needs a window function (RowNumber, Rank, DenseRank, PercentRank,"
                            + " CumeDist, NTile, Lag, Lead, FirstValue, LastValue, NthValue) or an aggregate; got " + f);
                }
                yield FunctionResolution.function(c, f, null, true);
            }
            case Aggregate<?> a -> aggregate(c, a);
            default -> throw new FieldError("Window needs a window function (RowNumber, Rank, DenseRank, PercentRank,"
                    + " CumeDist, NTile, Lag, Lead, FirstValue, LastValue, NthValue) or an aggregate; got " + fn);
        };
        List<Expr> partitions = new ArrayList<>();
        for (Expression p : w.partitionBy()) {
            Expr e = Expressions.resolveAny(c, p, null);
            if (Expr.containsAggregate(e) || Expr.containsWindow(e)) {
                throw new FieldError("Window.partitionBy takes plain values, not aggregates or windows: " + p);
            }
            partitions.add(e);
        }
        return new Expr.Window(function, partitions, Resolver.ordering(c.model(), w.orderBy(), c.annotations()), w.frame());
    }
}
