package io.aksara.internal;

import io.aksara.F;
import io.aksara.Model;
import io.aksara.Q;
import io.aksara.QuerySet;
import io.aksara.Ref;
import io.aksara.aggregates.Aggregate;
import io.aksara.aggregates.Avg;
import io.aksara.aggregates.Count;
import io.aksara.aggregates.Max;
import io.aksara.aggregates.Min;
import io.aksara.aggregates.StdDev;
import io.aksara.aggregates.Sum;
import io.aksara.aggregates.Variance;
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
import io.aksara.lookup.Lookups;
import io.aksara.lookup.Transform;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.meta.Values;
import io.aksara.query.Annotation;
import io.aksara.query.ColumnPath;
import io.aksara.query.Expr;
import io.aksara.query.Filter;
import io.aksara.query.SelectQuery;
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
            case Aggregate<?> a -> aggregate(c, a);
            case Func f -> FunctionResolution.function(c, f, hint, false);
            case Extract x -> FunctionResolution.extract(c, x);
            case Trunc t -> FunctionResolution.trunc(c, t);
            case Cast k -> FunctionResolution.cast(c, k);
            case Case k -> FunctionResolution.conditional(c, k, hint);
            case OuterRef o -> new Expr.OuterRef(o.path(), hint == null ? null : hint.columnType());
            case Subquery s -> new Expr.Scalar(bindOuter(s.query(), c), bindOuter(s.column(), c));
            case Exists x -> new Expr.Exists(bindOuter(x.query(), c));
            case io.aksara.expr.ExpressionWrapper w -> new Expr.Condition(Resolver.filter(c.model(), w.condition(),
                    c.annotations()));
            case io.aksara.expr.Not n -> negated(c, n);
            case Window w -> window(c, w);
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
    private static Expr path(Ctx c, String path) {
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
                : deferred(a.left()) ? null : resolveAny(c, a.left(), hint);
        Expr right = durationValue(a.right()) ? resolveAny(c, a.right(), computed(c, FieldType.DURATION))
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

    private static Expr constant(Ctx c, Object value, FieldMeta<?, ?> hint) {
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

    private static boolean compatible(FieldType value, FieldType column) {
        if (value.family() == FieldType.Family.NUMBER && column.family() == FieldType.Family.NUMBER) {
            return true;
        }
        if (value.family() == FieldType.Family.TEXT && column.family() == FieldType.Family.TEXT) {
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

    // ------------------------------------------------------------------ aggregates

    private static Expr aggregate(Ctx c, Aggregate<?> a) {
        String name = a.getClass().getSimpleName();
        if (c.inAggregate()) {
            throw new FieldError("Cannot compute " + a + ": aggregates cannot be nested");
        }
        Expr arg = a.source() == null ? null : resolveAny(c.aggregating(), a.source(), null);
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
    private static Expr defaultValue(Ctx c, Aggregate<?> a, FieldType type) {
        if (!(a.defaultValue() instanceof Expression e)) {
            return constant(c, a.defaultValue(), computed(c, type));
        }
        Expr def = resolveAny(new Ctx(c.model(), c.annotations(), false, c.overRows()), e, computed(c, type));
        if (def.type() != null && !compatible(def.type(), type)) {
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
            throw new FieldError(name + " needs numbers; " + describe(arg) + " is a " + arg.type().displayName());
        }
        return arg.type();
    }

    private static FieldType ordered(String name, Expr arg) {
        FieldType t = arg.type();
        if (t == FieldType.BOOLEAN || t == FieldType.JSON || t == FieldType.UUID) {
            throw new FieldError(name + " needs numbers, text, dates or times; " + describe(arg) + " is a "
                    + t.displayName());
        }
        return t == FieldType.BIG_AUTO ? FieldType.BIG_INTEGER : t;
    }

    static String describe(Expr e) {
        return switch (e) {
            case Expr.Column col -> "'" + col.path() + "'";
            case Expr.Ref r -> "'" + r.name() + "'";
            default -> "the expression";
        };
    }

    // ------------------------------------------------------------------ windows

    private static Expr window(Ctx c, Window w) {
        Expression fn = unnamed(w.function());
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
            Expr e = resolveAny(c, p, null);
            if (Expr.containsAggregate(e) || Expr.containsWindow(e)) {
                throw new FieldError("Window.partitionBy takes plain values, not aggregates or windows: " + p);
            }
            partitions.add(e);
        }
        return new Expr.Window(function, partitions, Resolver.ordering(c.model(), w.orderBy(), c.annotations()), w.frame());
    }

    // ------------------------------------------------------------------ OuterRef

    /** The inner query with every {@code OuterRef} resolved against the outer model. */
    private static <T extends Model> SelectQuery<T> bindOuter(SelectQuery<T> inner, Ctx outer) {
        return QueryRewrite.map(inner, e -> e instanceof Expr.OuterRef o ? outer(o, outer) : e);
    }

    private static Expr bindOuter(Expr e, Ctx outer) {
        return QueryRewrite.map(e, x -> x instanceof Expr.OuterRef o ? outer(o, outer) : x);
    }

    private static Expr outer(Expr.OuterRef o, Ctx outer) {
        Expr resolved = path(new Ctx(outer.model(), outer.annotations(), false), o.path());
        if (o.type() != null && !compatible(resolved.type(), o.type())) {
            throw new FieldError("OuterRef('" + o.path() + "') is a " + resolved.type().displayName() + " of "
                    + outer.model().name() + ", but the subquery compares it with a " + o.type().displayName());
        }
        return new Expr.Outer(resolved);
    }

    // ------------------------------------------------------------------ QuerySets as values

    /** {@code IN (SELECT pk FROM ...)}: the QuerySet's primary keys, for a column that holds such keys. */
    public static Expr.Subquery subquery(FieldMeta<?, ?> column, QuerySet<?> qs) {
        ModelMeta<?> expected = column.isRelation() ? column.relatedMeta() : column.model();
        ModelMeta<?> given = qs.meta();
        // a relation holds its target's keys; a primary key its own model's (a one-to-one key both)
        boolean keysMatch = column.isRelation() && ModelRegistry.accepts(expected.type(), given.type())
                || column.primaryKey() && ModelRegistry.accepts(column.model().type(), given.type());
        if (!keysMatch) {
            throw new FieldError("'in' on " + column.qualifiedName() + " needs a QuerySet of " + expected.name()
                    + ", got a QuerySet of " + given.name());
        }
        return new Expr.Subquery(qs.query(), ColumnPath.of(given.primaryKey()));
    }

    /**
     * {@code IN (SELECT column FROM ...)} for {@code values("name")} rows (Django's
     * {@code name__in=qs.values("name")}): the rows must have exactly one column, a field.
     */
    public static Expr.Subquery subquery(FieldMeta<?, ?> column, io.aksara.Rows<?> rows) {
        if (rows.columns().size() != 1 || !(rows.columns().getFirst() instanceof Expr.Column c) || !c.path().hops().isEmpty()) {
            throw new FieldError("'in' on " + column.qualifiedName() + " takes values() rows of exactly one field of their own model, got "
                    + rows.names());
        }
        return new Expr.Subquery(rows.query(), c.path());
    }

    /** Instances and Refs of a model replaced by their keys (a single value or a collection). */
    static Object keysOf(ModelMeta<?> model, Object value) {
        if (value instanceof Collection<?> col) {
            List<Object> out = new ArrayList<>(col.size());
            col.forEach(v -> out.add(keyOf(model, v)));
            return out;
        }
        return keyOf(model, value);
    }

    private static Object keyOf(ModelMeta<?> model, Object value) {
        if (value instanceof Model m) {
            if (!ModelRegistry.accepts(model.type(), m.getClass())) {
                throw new FieldError("Expected a " + model.name() + ", got a " + m.getClass().getSimpleName());
            }
            if (m.pk() == null) {
                throw new FieldError("The " + model.name() + " is unsaved: save it first so it has a primary key");
            }
            return m.pk();
        }
        if (value instanceof Ref<?> r) {
            return r.id();
        }
        return value;
    }
}
