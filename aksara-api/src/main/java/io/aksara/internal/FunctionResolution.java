package io.aksara.internal;

import io.aksara.errors.FieldError;
import io.aksara.expr.Case;
import io.aksara.expr.Expression;
import io.aksara.expr.When;
import io.aksara.expr.Window;
import io.aksara.functions.Cast;
import io.aksara.functions.Extract;
import io.aksara.functions.Func;
import io.aksara.functions.Trunc;
import io.aksara.lookup.DateTransform;
import io.aksara.lookup.Lookups;
import io.aksara.lookup.Transform;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.query.ColumnPath;
import io.aksara.query.Expr;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves database functions ({@code Lower}, {@code Coalesce}, {@code Extract}, {@code Cast},
 * ...) and {@link io.aksara.expr.Case}: checks argument counts and types and gives constants the
 * type of the expressions beside them. Split from {@link Expressions}, which routes to it.
 */
final class FunctionResolution {
    private FunctionResolution() {}

    // ------------------------------------------------------------------ functions

    static Expr function(Expressions.Ctx c, Func f, FieldMeta<?, ?> hint, boolean inWindow) {
        Expr.Func.Function fn = f.function();
        String name = f.toString();
        if (fn.windowOnly() && !inWindow) {
            throw new FieldError(name + " is a window function: use it inside Window.of(...)");
        }
        List<Expression> args = f.arguments();
        return switch (fn) {
            case COALESCE, GREATEST, LEAST, NULLIF -> {
                List<Expr> resolved = sameType(c, name, args, hint);
                yield new Expr.Func(fn, resolved, Expressions.common(name, resolved));
            }
            case LOWER, UPPER, TRIM, LTRIM, RTRIM -> new Expr.Func(fn, List.of(text(c, name, args.getFirst())), FieldType.STRING);
            case LENGTH -> new Expr.Func(fn, List.of(text(c, name, args.getFirst())), FieldType.INTEGER);
            case CONCAT -> {
                List<Expr> parts = new ArrayList<>();
                for (Expression arg : args) {
                    Expr part = Expressions.resolveAny(c, arg, null);
                    if (part.type() == FieldType.JSON) {
                        throw new FieldError(name + " cannot join a JSONField");
                    }
                    parts.add(part);
                }
                yield new Expr.Func(fn, parts, FieldType.STRING);
            }
            case SUBSTR -> {
                List<Expr> parts = new ArrayList<>();
                parts.add(text(c, name, args.getFirst()));
                for (Expression arg : args.subList(1, args.size())) {
                    parts.add(Expressions.resolveAny(c, arg, Expressions.computed(c, FieldType.INTEGER)));
                }
                yield new Expr.Func(fn, parts, FieldType.STRING);
            }
            case REPLACE -> {
                List<Expr> parts = new ArrayList<>();
                for (Expression arg : args) {
                    parts.add(text(c, name, arg));
                }
                yield new Expr.Func(fn, parts, FieldType.STRING);
            }
            case NOW -> new Expr.Func(fn, List.of(), FieldType.DATE_TIME);
            case ABS, CEIL, FLOOR, SIGN, SQRT -> {
                Expr x = number(c, name, args.getFirst(), null);
                yield new Expr.Func(fn, List.of(x), fn == Expr.Func.Function.SQRT ? decimalOrFloat(x.type()) : sameNumber(x.type()));
            }
            case ROUND -> {
                Expr x = number(c, name, args.getFirst(), null);
                List<Expr> parts = new ArrayList<>(List.of(x));
                if (args.size() > 1) {
                    parts.add(number(c, name, args.get(1), FieldType.INTEGER));
                }
                yield new Expr.Func(fn, parts, sameNumber(x.type()));
            }
            case MOD, POWER -> {
                List<Expr> parts = sameType(c, name, args, null);
                for (Expr part : parts) {
                    number(name, part);
                }
                yield new Expr.Func(fn, parts, decimalOrFloat(Expressions.common(name, parts)));
            }
            case ROW_NUMBER, RANK, DENSE_RANK -> new Expr.Func(fn, List.of(), FieldType.BIG_INTEGER);
            case PERCENT_RANK, CUME_DIST -> new Expr.Func(fn, List.of(), FieldType.FLOAT);
            case NTILE -> new Expr.Func(fn, List.of(Expressions.resolveAny(c, args.getFirst(),
                    Expressions.computed(c, FieldType.INTEGER))), FieldType.BIG_INTEGER);
            case LAST_VALUE, NTH_VALUE -> {
                Expr source = Expressions.resolveAny(c, args.getFirst(), null);
                List<Expr> parts = new ArrayList<>(List.of(source));
                if (args.size() > 1) {
                    parts.add(Expressions.resolveAny(c, args.get(1), Expressions.computed(c, FieldType.INTEGER)));
                }
                yield new Expr.Func(fn, parts, source.type());
            }
            case FIRST_VALUE -> {
                Expr source = Expressions.resolveAny(c, args.getFirst(), null);
                yield new Expr.Func(fn, List.of(source), source.type());
            }
            case LAG, LEAD -> {
                Expr source = Expressions.resolveAny(c, args.getFirst(), null);
                List<Expr> parts = new ArrayList<>();
                parts.add(source);
                if (args.size() > 1) {
                    parts.add(Expressions.resolveAny(c, args.get(1), Expressions.computed(c, FieldType.INTEGER)));
                }
                if (args.size() > 2) {
                    parts.add(Expressions.resolveAny(c, args.get(2), Expressions.computed(c, source.type())));
                }
                yield new Expr.Func(fn, parts, source.type());
            }
        };
    }

    /** Arguments of one type: expressions first, then constants in their type. */
    static List<Expr> sameType(Expressions.Ctx c, String name, List<Expression> args, FieldMeta<?, ?> hint) {
        Expr[] out = new Expr[args.size()];
        List<Expr> known = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (!Expressions.deferred(args.get(i))) {
                out[i] = Expressions.resolveAny(c, args.get(i), hint);
                known.add(out[i]);
            }
        }
        FieldType t = Expressions.common(name, known);
        FieldMeta<?, ?> constantType = t != null ? Expressions.computed(c, t) : hint;
        for (int i = 0; i < args.size(); i++) {
            if (out[i] == null) {
                out[i] = Expressions.resolveAny(c, args.get(i), constantType);
            }
        }
        return List.of(out);
    }

    /** A numeric argument; {@code constantType} types a constant (null: the other arguments' type). */
    private static Expr number(Expressions.Ctx c, String name, Expression arg, FieldType constantType) {
        return number(name, Expressions.resolveAny(c, arg, constantType == null ? null : Expressions.computed(c, constantType)));
    }

    private static Expr number(String name, Expr e) {
        if (e.type() == null || e.type().family() != FieldType.Family.NUMBER) {
            throw new FieldError(name + " needs a number; " + Expressions.describe(e) + " is a "
                    + (e.type() == null ? "value of unknown type" : e.type().displayName()));
        }
        return e;
    }

    /** A function that keeps its argument's type: an automatic key is a plain long once computed. */
    private static FieldType sameNumber(FieldType type) {
        return type == FieldType.BIG_AUTO ? FieldType.BIG_INTEGER : type;
    }

    /** Django's numeric output: a decimal stays a decimal, anything else is computed as a double. */
    private static FieldType decimalOrFloat(FieldType type) {
        return type == FieldType.DECIMAL ? FieldType.DECIMAL : FieldType.FLOAT;
    }

    static Expr text(Expressions.Ctx c, String name, Expression arg) {
        Expr e = Expressions.resolveAny(c, arg, Expressions.computed(c, FieldType.STRING));
        if (e.type() == null || e.type().family() != FieldType.Family.TEXT) {
            throw new FieldError(name + " needs text; " + Expressions.describe(e) + " is a "
                    + (e.type() == null ? "value of unknown type" : e.type().displayName()) + " (Cast it to String first)");
        }
        return e;
    }

    static Expr extract(Expressions.Ctx c, Extract x) {
        Expr source = Expressions.resolveAny(c, x.source(), null);
        if (source instanceof Expr.OuterRef && source.type() == null) {
            // the enclosing model is not known yet: take the date part by its name, and check the
            // outer column's type when the reference is bound (Expressions.outer)
            Transform part = Lookups.findTransform(FieldType.DATE_TIME, x.part());
            if (!(part instanceof DateTransform) || part.outputType(FieldType.DATE_TIME) != FieldType.INTEGER) {
                throw new FieldError("Cannot extract '" + x.part() + "' from " + Expressions.describe(source) + "; the parts are "
                        + String.join(", ", Lookups.transformNamesFor(FieldType.DATE_TIME).stream()
                                .filter(n -> Lookups.findTransform(FieldType.DATE_TIME, n).outputType(FieldType.DATE_TIME) == FieldType.INTEGER)
                                .toList()));
            }
            return new Expr.Transformed(source, part);
        }
        Transform t = Lookups.findTransform(source.type(), x.part());
        if (t == null || t.outputType(source.type()) != FieldType.INTEGER) {
            List<String> parts = Lookups.transformNamesFor(source.type()).stream()
                    .filter(n -> Lookups.findTransform(source.type(), n).outputType(source.type()) == FieldType.INTEGER).toList();
            throw new FieldError("Cannot extract '" + x.part() + "' from " + Expressions.describe(source) + " (" + source.type().displayName()
                    + "); " + (parts.isEmpty() ? "it has no parts" : "its parts are " + String.join(", ", parts)));
        }
        if (source instanceof Expr.Column col) { // the same SQL as the lookup transform
            List<Transform> ts = new ArrayList<>(col.path().transforms());
            ts.add(t);
            return new Expr.Column(new ColumnPath(col.path().hops(), col.path().field(), ts));
        }
        return new Expr.Transformed(source, t);
    }

    static Expr trunc(Expressions.Ctx c, Trunc t) {
        Expr source = Expressions.resolveAny(c, t.source(), null);
        if (source.type() == FieldType.DATE) {
            if (!Trunc.DATE_KINDS.contains(t.kind())) {
                throw new FieldError("Cannot truncate a date (" + Expressions.describe(source) + ") to '" + t.kind() + "'; use one of "
                        + String.join(", ", Trunc.DATE_KINDS));
            }
        } else if (source.type() == FieldType.TIME) {
            if (!Trunc.TIME_KINDS.contains(t.kind())) {
                throw new FieldError("Cannot truncate a time (" + Expressions.describe(source) + ") to '" + t.kind() + "'; use one of "
                        + String.join(", ", Trunc.TIME_KINDS));
            }
        } else if (source.type() != FieldType.DATE_TIME) {
            throw new FieldError("Trunc needs a date, a time or a timestamp; " + Expressions.describe(source) + " is a "
                    + source.type().displayName());
        }
        return new Expr.Trunc(source, t.kind());
    }

    static Expr cast(Expressions.Ctx c, Cast k) {
        Expr source = Expressions.resolveAny(c, k.source(), null);
        FieldType type = switch (k.type().getSimpleName()) {
            case "String" -> FieldType.STRING;
            case "Integer" -> FieldType.INTEGER;
            case "Long" -> FieldType.BIG_INTEGER;
            case "Double" -> FieldType.FLOAT;
            case "Boolean" -> FieldType.BOOLEAN;
            case "LocalDate" -> FieldType.DATE;
            case "LocalTime" -> FieldType.TIME;
            case "OffsetDateTime" -> FieldType.DATE_TIME;
            case "BigDecimal" -> FieldType.DECIMAL;
            default -> throw new FieldError("Cannot cast to " + k.type().getName());
        };
        if (source.type() == FieldType.JSON) {
            throw new FieldError("Cannot cast a JSONField; follow a key instead");
        }
        return new Expr.Cast(source, type, k.maxDigits(), k.decimalPlaces());
    }

    // ------------------------------------------------------------------ Case

    static Expr conditional(Expressions.Ctx c, Case k, FieldMeta<?, ?> hint) {
        List<Expression> branches = new ArrayList<>();
        k.whens().forEach(w -> branches.add(w.then()));
        if (k.otherwise() != null) {
            branches.add(k.otherwise());
        }
        List<Expr> values = sameType(c, "Case", branches, hint);
        FieldType type = Expressions.common("Case", values);
        List<Expr.Case.When> whens = new ArrayList<>();
        for (int i = 0; i < k.whens().size(); i++) {
            When w = k.whens().get(i);
            whens.add(new Expr.Case.When(Resolver.filter(c.model(), w.condition(), c.annotations()), values.get(i)));
        }
        return new Expr.Case(whens, k.otherwise() == null ? null : values.getLast(), type);
    }
}
