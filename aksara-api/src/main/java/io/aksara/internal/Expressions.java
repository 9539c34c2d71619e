package io.aksara.internal;

import io.aksara.F;
import io.aksara.Model;
import io.aksara.QuerySet;
import io.aksara.Ref;
import io.aksara.errors.FieldError;
import io.aksara.expr.Arithmetic;
import io.aksara.expr.Expression;
import io.aksara.expr.Value;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.Values;
import io.aksara.query.ColumnPath;
import io.aksara.query.Expr;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Resolves expressions ({@link F}, constants, arithmetic) and QuerySet values against a model.
 * The target field gives constants their type, so {@code F.of("stock").minus(1)} on an integer
 * column binds an integer.
 */
public final class Expressions {
    private Expressions() {}

    /**
     * Resolves an expression whose value ends up in (or is compared with) {@code target}.
     *
     * @throws FieldError for unknown paths, to-many paths, or types that cannot be compared
     */
    public static Expr resolve(ModelMeta<?> model, Expression e, FieldMeta<?, ?> target) {
        Expr resolved = resolveAny(model, e, target);
        if (!compatible(resolved.type(), target.columnType())) {
            throw new FieldError("Cannot use " + e + " (" + resolved.type().displayName() + ") with "
                    + target.qualifiedName() + " (" + target.type().displayName() + ")");
        }
        return resolved;
    }

    private static Expr resolveAny(ModelMeta<?> model, Expression e, FieldMeta<?, ?> hint) {
        return switch (e) {
            case F f -> new Expr.Column(Resolver.toOnePath(model, f.path(), "F"));
            case Value v -> constant(v.value(), hint);
            case Arithmetic a -> arithmetic(model, a, hint);
            default -> throw new FieldError("Unsupported expression " + e.getClass().getName());
        };
    }

    private static Expr arithmetic(ModelMeta<?> model, Arithmetic a, FieldMeta<?, ?> hint) {
        // resolve column sides first, so constants take the type of the column beside them
        Expr left = a.left() instanceof Value ? null : resolveAny(model, a.left(), hint);
        Expr right = a.right() instanceof Value ? null : resolveAny(model, a.right(), hint);
        FieldMeta<?, ?> leftHint = typeHint(left, hint);
        FieldMeta<?, ?> rightHint = typeHint(right, hint);
        if (left == null) {
            left = constant(((Value) a.left()).value(), rightHint);
        }
        if (right == null) {
            right = constant(((Value) a.right()).value(), leftHint);
        }
        for (Expr side : List.of(left, right)) {
            if (side.type().family() != FieldType.Family.NUMBER) {
                throw new FieldError("Arithmetic needs numbers: " + a + " has a " + side.type().displayName() + " operand");
            }
        }
        return new Expr.Math(a.operator(), left, right, wider(left.type(), right.type()));
    }

    private static FieldMeta<?, ?> typeHint(Expr side, FieldMeta<?, ?> fallback) {
        if (side instanceof Expr.Column c && c.path().transforms().isEmpty()) {
            return c.path().field();
        }
        return side == null ? fallback : withType(fallback, side.type());
    }

    private static FieldMeta<?, ?> withType(FieldMeta<?, ?> f, FieldType type) {
        return f.columnType() == type ? f : FieldMeta.transformed(f, "value", type);
    }

    private static Expr constant(Object value, FieldMeta<?, ?> hint) {
        if (value == null) {
            throw new FieldError("An expression constant cannot be null (near " + hint.qualifiedName() + ")");
        }
        FieldMeta<?, ?> typed = hint.isRelation() ? withType(hint, hint.columnType()) : hint;
        return new Expr.Constant(Values.toColumnValue(typed, value), typed.columnType());
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

    /** {@code IN (SELECT pk FROM ...)}: the QuerySet's primary keys, for a column that holds such keys. */
    public static Expr.Subquery subquery(FieldMeta<?, ?> column, QuerySet<?> qs) {
        ModelMeta<?> expected = column.isRelation() ? column.relatedMeta() : column.model();
        ModelMeta<?> given = qs.meta();
        boolean keysMatch = column.isRelation() ? given.type() == expected.type()
                : column.primaryKey() && given.type() == column.model().type();
        if (!keysMatch) {
            throw new FieldError("'in' on " + column.qualifiedName() + " needs a QuerySet of " + expected.name()
                    + ", got a QuerySet of " + given.name());
        }
        return new Expr.Subquery(qs.query(), ColumnPath.of(given.primaryKey()));
    }

    /** Instances and Refs of a model replaced by their keys (a single value or a collection). */
    static Object keysOf(ModelMeta<?> model, Object value) {
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            c.forEach(v -> out.add(keyOf(model, v)));
            return out;
        }
        return keyOf(model, value);
    }

    private static Object keyOf(ModelMeta<?> model, Object value) {
        if (value instanceof Model m) {
            if (!model.type().isInstance(m)) {
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
