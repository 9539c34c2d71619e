package io.aksara.internal;

import io.aksara.Model;
import io.aksara.QuerySet;
import io.aksara.Ref;
import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.query.ColumnPath;
import io.aksara.query.Expr;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * QuerySets and model instances used as values in a filter: {@code IN (SELECT ...)} over a
 * QuerySet's keys or a one-column {@code values()}, and instances or Refs replaced by their keys.
 */
public final class QuerySetValues {
    private QuerySetValues() {}

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
