package io.aksara.query;

import io.aksara.errors.FieldError;
import io.aksara.expr.Arithmetic;
import io.aksara.lookup.Transform;
import io.aksara.meta.FieldType;
import java.util.ArrayList;
import java.util.List;

/**
 * An expression resolved against a model, ready to lower: every path is known and every constant
 * converted. Used as a lookup value ({@code stock__lt=F("reserved")}), as an update value, as an
 * annotation ({@code annotate(...)}) and as an aggregate ({@code aggregate(...)}).
 *
 * <p>{@link #type()} is the type of the value the database computes, and therefore of the Java
 * value read back: {@code Long} for a count, {@code Double} for an average of numbers, and so on
 * (see {@link Aggregate}).
 */
public sealed interface Expr {
    /** The type of the computed value. */
    FieldType type();

    /** A column, possibly across relations (to-many steps only inside an aggregate). */
    record Column(ColumnPath path) implements Expr {
        @Override
        public FieldType type() {
            return path.outputType();
        }
    }

    /** A constant, already converted for its type; bound as a parameter. */
    record Constant(Object value, FieldType type) implements Expr {}

    /** Arithmetic on two expressions. */
    record Math(Arithmetic.Operator operator, Expr left, Expr right, FieldType type) implements Expr {}

    /** The values of one column of another query: {@code IN (SELECT ...)}. */
    record Subquery(SelectQuery<?> query, ColumnPath column) implements Expr {
        @Override
        public FieldType type() {
            return column.outputType();
        }
    }

    /**
     * An aggregate over the rows of a group (or of the whole query in {@code aggregate()}).
     *
     * @param function     the aggregate function
     * @param argument     what is aggregated; null for {@code COUNT(*)}
     * @param distinct     aggregate distinct values only
     * @param filter       only rows matching this filter are aggregated, or null for every row
     * @param defaultValue the value for an empty set instead of NULL, or null
     * @param type         the result type: {@code BIG_INTEGER} for COUNT, SUM of integers;
     *                     {@code FLOAT} for AVG of integers or floats, STDDEV and VARIANCE;
     *                     {@code DECIMAL} for SUM and AVG of decimals; the argument's type for MIN and MAX
     */
    record Aggregate(Function function, Expr argument, boolean distinct, Filter filter, Expr defaultValue,
            FieldType type) implements Expr {
        /** The aggregate functions. */
        public enum Function {
            COUNT, SUM, AVG, MIN, MAX, STDDEV_POP, STDDEV_SAMP, VAR_POP, VAR_SAMP
        }
    }

    /**
     * A database function of expressions.
     *
     * @param function  which function
     * @param arguments its arguments, in order
     * @param type      the result type
     */
    record Func(Function function, List<Expr> arguments, FieldType type) implements Expr {
        public Func {
            arguments = List.copyOf(arguments);
        }

        /** The functions; the window-only ones need a {@link Window} around them. */
        public enum Function {
            COALESCE, GREATEST, LEAST, NULLIF, LOWER, UPPER, LENGTH, CONCAT, SUBSTR, TRIM, LTRIM, RTRIM,
            REPLACE, NOW, ABS, CEIL, FLOOR, ROUND, SIGN, MOD, POWER, SQRT,
            ROW_NUMBER, RANK, DENSE_RANK, LAG, LEAD, FIRST_VALUE, PERCENT_RANK, CUME_DIST, NTILE, LAST_VALUE, NTH_VALUE;

            /** Whether this function is only valid over a window. */
            public boolean windowOnly() {
                return ordinal() >= ROW_NUMBER.ordinal();
            }
        }
    }

    /** A registered transform ({@code year}, {@code month}, ...) applied to an expression: {@code Extract}. */
    record Transformed(Expr source, Transform transform) implements Expr {
        @Override
        public FieldType type() {
            return transform.outputType(source.type());
        }
    }

    /**
     * A date or timestamp truncated to the start of its year, quarter, month, week (Monday), day,
     * hour, minute or second; the type stays the source's.
     */
    record Trunc(Expr source, String kind) implements Expr {
        /** The kind chooses SQL and is never part of it; a kind outside the list cannot be made. */
        public Trunc {
            io.aksara.functions.Trunc.checkKind(kind);
        }

        @Override
        public FieldType type() {
            return source.type();
        }
    }

    /** {@code CAST(source AS type)}; a decimal carries its precision and scale. */
    record Cast(Expr source, FieldType type, int maxDigits, int decimalPlaces) implements Expr {}

    /** {@code CASE WHEN c1 THEN v1 ... ELSE otherwise END}; {@code otherwise} may be null (NULL). */
    record Case(List<When> whens, Expr otherwise, FieldType type) implements Expr {
        public Case {
            whens = List.copyOf(whens);
        }

        /** One {@code WHEN condition THEN value}. */
        public record When(Filter condition, Expr then) {}
    }

    /** A reference to an annotation of the same query, by name; {@code target} is its expression. */
    record Ref(String name, Expr target) implements Expr {
        @Override
        public FieldType type() {
            return target.type();
        }
    }

    /**
     * An {@code OuterRef}: a field of the query this one will be nested in, not yet known. It is
     * resolved to an {@link Outer} when the query becomes a {@code Subquery} or {@code Exists}.
     *
     * @param path the field path on the outer model
     * @param type the type the inner query expects (from the field it is compared with)
     */
    record OuterRef(String path, FieldType type) implements Expr {}

    /**
     * A value of the enclosing query inside a subquery: a column of its model or one of its
     * annotations, lowered relative to the enclosing query.
     */
    record Outer(Expr expression) implements Expr {
        @Override
        public FieldType type() {
            return expression.type();
        }
    }

    /** A scalar subquery: the value of {@code column} in the first row of {@code query}. */
    record Scalar(SelectQuery<?> query, Expr column) implements Expr {
        @Override
        public FieldType type() {
            return column.type();
        }
    }

    /**
     * A condition used as a boolean value: {@code ExpressionWrapper.of(Q)} or a negated
     * {@code Exists}; true, false (or NULL where SQL's three-valued logic gives it).
     */
    record Condition(Filter filter) implements Expr {
        @Override
        public FieldType type() {
            return FieldType.BOOLEAN;
        }
    }

        /** {@code EXISTS (query)}, a boolean. */
    record Exists(SelectQuery<?> query) implements Expr {
        @Override
        public FieldType type() {
            return FieldType.BOOLEAN;
        }
    }

    /**
     * A window function or an aggregate computed over a window of rows: {@code f OVER (PARTITION
     * BY .. ORDER BY ..)}.
     */
    record Window(Expr function, List<Expr> partitionBy, List<OrderTerm> orderBy, Frame frame) implements Expr {
        public Window {
            partitionBy = List.copyOf(partitionBy);
            orderBy = List.copyOf(orderBy);
        }

        /** A window with the database's default frame. */
        public Window(Expr function, List<Expr> partitionBy, List<OrderTerm> orderBy) {
            this(function, partitionBy, orderBy, null);
        }

        /**
         * {@code ROWS|RANGE BETWEEN start AND end}: an offset is null for UNBOUNDED, 0 for CURRENT
         * ROW, negative for PRECEDING and positive for FOLLOWING (Django's {@code RowRange}).
         */
        public record Frame(boolean rows, Integer start, Integer end) {
            /** Checked here, so a frame built directly is held to what {@code Window.rowsBetween} checks. */
            public Frame {
                if (start != null && end != null && start > end) {
                    throw new FieldError("A window frame must start before it ends; got start " + start + ", end " + end);
                }
            }
        }

        @Override
        public FieldType type() {
            return function.type();
        }
    }

    /** The expressions directly inside this one (not those inside nested queries or filters). */
    static List<Expr> children(Expr e) {
        List<Expr> out = new ArrayList<>();
        switch (e) {
            case Math m -> {
                out.add(m.left());
                out.add(m.right());
            }
            case Aggregate a -> {
                if (a.argument() != null) {
                    out.add(a.argument());
                }
                if (a.defaultValue() != null) {
                    out.add(a.defaultValue());
                }
            }
            case Func f -> out.addAll(f.arguments());
            case Transformed t -> out.add(t.source());
            case Trunc t -> out.add(t.source());
            case Cast c -> out.add(c.source());
            case Case c -> {
                c.whens().forEach(w -> out.add(w.then()));
                if (c.otherwise() != null) {
                    out.add(c.otherwise());
                }
            }
            case Ref r -> out.add(r.target());
            case Window w -> {
                out.add(w.function());
                out.addAll(w.partitionBy());
                w.orderBy().forEach(t -> {
                    if (t.expression() != null) {
                        out.add(t.expression());
                    }
                });
            }
            case Column c -> { }
            case Constant c -> { }
            case Subquery s -> { }
            case OuterRef o -> { }
            case Outer o -> { }
            case Scalar s -> { }
            case Exists x -> { }
            case Condition c -> { }
        }
        return out;
    }

    /**
     * Whether the expression aggregates rows (so the query groups), looking through annotation
     * references; an aggregate over a window does not.
     */
    static boolean containsAggregate(Expr e) {
        if (e instanceof Aggregate) {
            return true;
        }
        if (e instanceof Window) {
            return false;
        }
        for (Expr c : children(e)) {
            if (containsAggregate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the expression is or contains a window expression. */
    static boolean containsWindow(Expr e) {
        if (e instanceof Window) {
            return true;
        }
        for (Expr c : children(e)) {
            if (containsWindow(c)) {
                return true;
            }
        }
        return false;
    }
}
