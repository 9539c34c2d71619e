package io.aksara.internal;

import io.aksara.F;
import io.aksara.Q;
import io.aksara.QuerySet;
import io.aksara.aggregates.Aggregate;
import io.aksara.errors.FieldError;
import io.aksara.expr.Arithmetic;
import io.aksara.expr.Case;
import io.aksara.expr.Exists;
import io.aksara.expr.Expression;
import io.aksara.expr.Named;
import io.aksara.expr.OuterRef;
import io.aksara.expr.Subquery;
import io.aksara.expr.Value;
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
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.meta.Values;
import io.aksara.query.Annotation;
import io.aksara.query.Expr;
import io.aksara.query.Filter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Resolves expressions ({@link F}, constants, arithmetic, aggregates, functions, {@link Case},
 * subqueries, windows) and QuerySet values against a model. Every mistake is a
 * {@link FieldError} here, before SQL exists. A target field, or the expressions beside a
 * constant, give constants their type, so {@code F.of("stock").minus(1)} on an integer column
 * binds an integer; a constant alone takes the type of its Java class.
 */
public final class Expressions {
    private Expressions() {}

    /**
     * What an expression is resolved against.
     *
     * @param model       the query's model
     * @param annotations the query's annotations by name (F may name them)
     * @param inAggregate inside an aggregate's argument: to-many paths are allowed there
     * @param overRows    in {@code aggregate()}: an aggregate may take an aggregate annotation,
     *                    as it aggregates the annotated rows
     */
    record Ctx(ModelMeta<?> model, Map<String, Annotation> annotations, boolean inAggregate, boolean overRows) {
        Ctx(ModelMeta<?> model, Map<String, Annotation> annotations, boolean inAggregate) {
            this(model, annotations, inAggregate, false);
        }

        Ctx aggregating() {
            return new Ctx(model, annotations, true, overRows);
        }
    }

    /**
     * Resolves an expression whose value ends up in (or is compared with) {@code target}.
     *
     * @throws FieldError for unknown paths, to-many paths, or types that cannot be compared
     */
    public static Expr resolve(ModelMeta<?> model, Expression e, FieldMeta<?, ?> target) {
        return resolve(model, Map.of(), e, target);
    }

    /** As {@link #resolve(ModelMeta, Expression, FieldMeta)}, where F may also name annotations. */
    public static Expr resolve(ModelMeta<?> model, Map<String, Annotation> annotations, Expression e,
            FieldMeta<?, ?> target) {
        Expr resolved = resolveAny(new Ctx(model, annotations, false), e, target);
        if (resolved.type() != null && !compatible(resolved.type(), target.columnType())) {
            throw new FieldError("Cannot use " + e + " (" + resolved.type().displayName() + ") with "
                    + target.qualifiedName() + " (" + target.type().displayName() + ")");
        }
        return resolved;
    }

    /**
     * Resolves the expression of an annotation or of an aggregate: any type, aggregates allowed.
     *
     * @throws FieldError for unknown names, wrong types, a window function outside a Window, ...
     */
    public static Expr annotation(ModelMeta<?> model, Map<String, Annotation> annotations, Expression e) {
        Expr resolved = resolveAny(new Ctx(model, annotations, false), e, null);
        if (resolved instanceof Expr.OuterRef) {
            throw new FieldError(e + " can only be used inside a Subquery or Exists");
        }
        return resolved;
    }

    /** An expression of {@code aggregate()}: its aggregates may take aggregate annotations. */
    public static Expr overRows(ModelMeta<?> model, Map<String, Annotation> annotations, Expression e) {
        return resolveAny(new Ctx(model, annotations, false, true), e, null);
    }

    /** A boolean expression used as a filter ({@code filter(Exists.of(...))}). */
    public static Expr condition(ModelMeta<?> model, Map<String, Annotation> annotations, Expression e) {
        Expr resolved = annotation(model, annotations, e);
        if (resolved.type() != FieldType.BOOLEAN) {
            throw new FieldError("filter() and exclude() take a boolean expression such as Exists; " + e + " is a "
                    + resolved.type().displayName());
        }
        return resolved;
    }

    /**
     * The name an expression gets without {@code as()}: an aggregate of a field gets Django's
     * {@code <path>__<function>} ({@code price__avg}); anything else needs a name.
     */
    public static String defaultName(Expression e, String method) {
        if (e instanceof Named n) {
            return n.name();
        }
        if (e instanceof Aggregate<?> a) {
            if (a.alias() != null) {
                return a.alias();
            }
            try {
                return a.defaultAlias();
            } catch (FieldError err) {
                throw new FieldError("Complex " + (method.equals("aggregate") ? "aggregates" : "annotations")
                        + " require an alias: name " + e + " with .as(\"name\")");
            }
        }
        throw new FieldError("Complex " + (method.equals("aggregate") ? "aggregates" : "annotations")
                + " require an alias: name " + e + " with .as(\"name\")");
    }

    /** The expression without its name ({@link Named}, an aggregate's alias stays harmlessly). */
    public static Expression unnamed(Expression e) {
        return e instanceof Named n ? n.expression() : e;
    }

    // ------------------------------------------------------------------ the resolution proper

    static Expr resolveAny(Ctx c, Expression e, FieldMeta<?, ?> hint) {
        return switch (e) {
            case null -> throw new FieldError("An expression cannot be null");
            case F f -> path(c, f.path());
            case Value v -> constant(c, v.value(), hint);
            case Arithmetic a -> arithmetic(c, a, hint);
            case Named n -> resolveAny(c, n.expression(), hint);
            case Aggregate<?> a -> AggregateResolution.aggregate(c, a);
            case Func f -> FunctionResolution.function(c, f, hint, false);
            case Extract x -> FunctionResolution.extract(c, x);
            case Trunc t -> FunctionResolution.trunc(c, t);
            case Cast k -> FunctionResolution.cast(c, k);
            case Case k -> FunctionResolution.conditional(c, k, hint);
            case OuterRef o -> new Expr.OuterRef(o.path(), hint == null ? null : hint.columnType());
            case Subquery s -> new Expr.Scalar(OuterRefs.bindOuter(s.query(), c), OuterRefs.bindOuter(s.column(), c));
            case Exists x -> new Expr.Exists(OuterRefs.bindOuter(x.query(), c));
            case io.aksara.expr.ExpressionWrapper w -> new Expr.Condition(Resolver.filter(c.model(), w.condition(),
                    c.annotations()));
            case io.aksara.expr.Not n -> negated(c, n);
            case Window w -> AggregateResolution.window(c, w);
            default -> throw new FieldError("Unsupported expression " + e.getClass().getName());
        };
    }

    /** {@code NOT} of a boolean expression ({@code Exists.of(..).not()}), as a condition. */
    private static Expr negated(Ctx c, io.aksara.expr.Not n) {
        Expr inner = resolveAny(c, n.expression(), null);
        if (inner.type() != FieldType.BOOLEAN) {
            throw new FieldError("not() needs a boolean expression such as Exists; " + n.expression() + " is a "
                    + (inner.type() == null ? "value of unknown type" : inner.type().displayName()));
        }
        return new Expr.Condition(new Filter.Not(new Filter.Compare(inner, Lookups.find(FieldType.BOOLEAN, "exact",
                "a boolean expression"), Boolean.TRUE)));
    }

    /** A field path, or an annotation name followed by transforms. */
    static Expr path(Ctx c, String path) {
        List<String> segments = Q.split(path);
        int named = Resolver.annotationPrefix(segments, c.annotations());
        if (named > 0) {
            Annotation a = c.annotations().get(String.join("__", segments.subList(0, named)));
            Expr e = new Expr.Ref(a.name(), a.expr());
            for (String segment : segments.subList(named, segments.size())) {
                e = transformed(e, segment, path, c.model());
            }
            return e;
        }
        if (c.annotations().isEmpty() || PathWalker.isKnown(c.model(), segments.getFirst())) {
            return new Expr.Column(Resolver.columnPath(c.model(), path, "F", c.inAggregate()));
        }
        throw unknownName(c.model(), segments.getFirst(), c.annotations().keySet());
    }

    /** The unknown-name error, listing annotations among the choices. */
    static FieldError unknownName(ModelMeta<?> model, String name, Collection<String> annotations) {
        List<String> choices = new ArrayList<>(PathWalker.choices(model));
        choices.addAll(annotations);
        return FieldError.unknownField(model.name(), name, choices);
    }

    private static Expr transformed(Expr e, String segment, String path, ModelMeta<?> model) {
        Transform t = Lookups.findTransform(e.type(), segment);
        if (t == null) {
            throw new FieldError("Cannot resolve '" + segment + "' in '" + path + "' on " + model.name()
                    + ": it is not a transform of " + e.type().displayName() + " values"
                    + (Lookups.transformNamesFor(e.type()).isEmpty() ? ""
                    : " (transforms: " + String.join(", ", Lookups.transformNamesFor(e.type())) + ")"));
        }
        return new Expr.Transformed(e, t);
    }

    private static Expr arithmetic(Ctx c, Arithmetic a, FieldMeta<?, ?> hint) {
        // resolve column sides first, so constants (and outer references) take the type beside them;
        // a Duration constant is a duration whatever it is added to
        Expr left = durationValue(a.left()) ? resolveAny(c, a.left(), computed(c, FieldType.DURATION))
                : temporalValue(a.left()) ? resolveAny(c, a.left(), null)
                : deferred(a.left()) ? null : resolveAny(c, a.left(), hint);
        Expr right = durationValue(a.right()) ? resolveAny(c, a.right(), computed(c, FieldType.DURATION))
                : temporalValue(a.right()) ? resolveAny(c, a.right(), null)
                : deferred(a.right()) ? null : resolveAny(c, a.right(), hint);
        FieldMeta<?, ?> leftHint = typeHint(c, left, hint);
        FieldMeta<?, ?> rightHint = typeHint(c, right, hint);
        if (left == null) {
            left = resolveAny(c, a.left(), rightHint);
        }
        if (right == null) {
            right = resolveAny(c, a.right(), leftHint);
        }
        for (Expr side : List.of(left, right)) {
            if (side.type() == null) {
                throw new FieldError("Cannot infer the type of " + a + ": give a constant or a field beside the OuterRef");
            }
        }
        if (left.type() == FieldType.DURATION || right.type() == FieldType.DURATION) {
            return new Expr.Math(a.operator(), left, right, DurationArithmetic.resultType(a, left.type(), right.type()));
        }
        if (DurationArithmetic.isDifference(a, left.type(), right.type())) {
            return new Expr.Math(a.operator(), left, right, FieldType.DURATION);
        }
        for (Expr side : List.of(left, right)) {
            if (side.type().family() != FieldType.Family.NUMBER) {
                throw new FieldError("Arithmetic needs numbers: " + a + " has a " + side.type().displayName() + " operand");
            }
        }
        return new Expr.Math(a.operator(), left, right, wider(left.type(), right.type()));
    }

    private static boolean durationValue(Expression e) {
        return e instanceof Value v && v.value() instanceof java.time.Duration;
    }

    /** A date, time or timestamp constant keeps its own type: beside a duration it is what the duration moves. */
    private static boolean temporalValue(Expression e) {
        return e instanceof Value v && (v.value() instanceof java.time.OffsetDateTime
                || v.value() instanceof java.time.LocalDate || v.value() instanceof java.time.LocalTime);
    }

    static boolean deferred(Expression e) {
        return e instanceof Value || e instanceof OuterRef;
    }

    private static FieldMeta<?, ?> typeHint(Ctx c, Expr side, FieldMeta<?, ?> fallback) {
        if (side instanceof Expr.Column col && col.path().transforms().isEmpty()) {
            return col.path().field();
        }
        if (side == null) {
            return fallback;
        }
        if (side.type() == null) {
            return fallback;
        }
        return fallback == null ? computed(c, side.type()) : withType(fallback, side.type());
    }

    private static FieldMeta<?, ?> withType(FieldMeta<?, ?> f, FieldType type) {
        return f.columnType() == type ? f : FieldMeta.transformed(f, "value", type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static FieldMeta<?, ?> computed(Ctx c, FieldType type) {
        return FieldMeta.computed((ModelMeta) c.model(), "value", type);
    }

    static Expr constant(Ctx c, Object value, FieldMeta<?, ?> hint) {
        if (value == null) {
            throw new FieldError("An expression constant cannot be null" + (hint == null ? "" : " (near " + hint.qualifiedName() + ")"));
        }
        if (hint == null) {
            FieldType inferred = typeOf(value);
            return new Expr.Constant(Values.toColumnValue(computed(c, inferred), value), inferred);
        }
        FieldMeta<?, ?> typed = hint.isRelation() ? withType(hint, hint.columnType()) : hint;
        return new Expr.Constant(Values.toColumnValue(typed, value), typed.columnType());
    }

    /** The type of a constant from its Java class. */
    static FieldType typeOf(Object value) {
        return switch (value) {
            case String s -> FieldType.STRING;
            case Character ch -> FieldType.STRING;
            case Integer i -> FieldType.INTEGER;
            case Short s -> FieldType.INTEGER;
            case Byte b -> FieldType.INTEGER;
            case Long l -> FieldType.BIG_INTEGER;
            case java.math.BigInteger b -> FieldType.BIG_INTEGER;
            case Double d -> FieldType.FLOAT;
            case Float f -> FieldType.FLOAT;
            case BigDecimal d -> FieldType.DECIMAL;
            case Boolean b -> FieldType.BOOLEAN;
            case OffsetDateTime t -> FieldType.DATE_TIME;
            case java.time.Instant t -> FieldType.DATE_TIME;
            case java.time.ZonedDateTime t -> FieldType.DATE_TIME;
            case LocalDate d -> FieldType.DATE;
            case LocalTime t -> FieldType.TIME;
            case UUID u -> FieldType.UUID;
            default -> throw new FieldError("Cannot use " + FieldError.describe(value) + " as a constant in an expression");
        };
    }

    private static FieldType wider(FieldType a, FieldType b) {
        for (FieldType t : List.of(FieldType.DECIMAL, FieldType.FLOAT, FieldType.BIG_INTEGER)) {
            if (a == t || b == t) {
                return t;
            }
        }
        return a == FieldType.BIG_AUTO || b == FieldType.BIG_AUTO ? FieldType.BIG_INTEGER : FieldType.INTEGER;
    }

    static boolean compatible(FieldType value, FieldType column) {
        if (value.family() == FieldType.Family.NUMBER && column.family() == FieldType.Family.NUMBER) {
            return true;
        }
        if (value.family() == FieldType.Family.TEXT && column.family() == FieldType.Family.TEXT) {
            return true;
        }
        // a date beside a timestamp is its midnight, as in Django ("assigned__gt", F("start") - delay)
        if (value == FieldType.DATE_TIME && column == FieldType.DATE || value == FieldType.DATE && column == FieldType.DATE_TIME) {
            return true;
        }
        return value == column;
    }

    /** The one type of several values (numbers widen; text is text), or a FieldError naming them. */
    static FieldType common(String what, List<Expr> exprs) {
        FieldType out = null;
        for (Expr e : exprs) {
            FieldType t = e.type();
            if (t == null) {
                continue;
            }
            if (t == FieldType.BIG_AUTO) {
                t = FieldType.BIG_INTEGER;
            }
            if (out == null) {
                out = t.family() == FieldType.Family.TEXT ? FieldType.STRING : t;
            } else if (out.family() == FieldType.Family.NUMBER && t.family() == FieldType.Family.NUMBER) {
                out = wider(out, t);
            } else if (!(out.family() == FieldType.Family.TEXT && t.family() == FieldType.Family.TEXT) && out != t) {
                throw new FieldError("Cannot infer the type of " + what + " involving "
                        + String.join(", ", exprs.stream().map(x -> x.type() == null ? "?" : x.type().displayName()).toList())
                        + ": give every argument one type (e.g. with Cast)");
            }
        }
        return out;
    }

    static String describe(Expr e) {
        return switch (e) {
            case Expr.Column col -> "'" + col.path() + "'";
            case Expr.Ref r -> "'" + r.name() + "'";
            default -> "the expression";
        };
    }

}
