package io.aksara.query;

import io.aksara.expr.OrderBy;
import io.aksara.meta.FieldMeta;

/**
 * One ORDER BY term: a column (possibly across foreign keys), or a computed expression such as an
 * annotation, and its direction.
 *
 * @param path       the column, or null when ordering by {@code expression}
 * @param descending true for descending order
 * @param expression the expression ordered by (an annotation, a window's ordering), or null for {@code path}
 * @param nulls      where NULLs go, or null for the database's default
 */
public record OrderTerm(ColumnPath path, boolean descending, Expr expression, OrderBy.Nulls nulls) {
    /** A term with the database's place for NULLs. */
    public OrderTerm(ColumnPath path, boolean descending, Expr expression) {
        this(path, descending, expression, null);
    }

    /** A term on a column. */
    public OrderTerm(ColumnPath path, boolean descending) {
        this(path, descending, null);
    }

    /** A term on one of the model's own columns. */
    public OrderTerm(FieldMeta<?, ?> field, boolean descending) {
        this(ColumnPath.of(field), descending);
    }

    /** A term on a computed value. */
    public static OrderTerm of(Expr expression, boolean descending) {
        if (expression instanceof Expr.Column c) {
            return new OrderTerm(c.path(), descending);
        }
        return new OrderTerm(null, descending, expression);
    }

    /** The field at the end of the path (null for an expression). */
    public FieldMeta<?, ?> field() {
        return path == null ? null : path.field();
    }

    /** The term as an expression, whichever form it has. */
    public Expr asExpr() {
        return expression != null ? expression : new Expr.Column(path);
    }

    /** The opposite order: descending for ascending, and NULLs last for first (as Django's reverse()). */
    public OrderTerm reversed() {
        OrderBy.Nulls flipped = nulls == null ? null
                : nulls == OrderBy.Nulls.FIRST ? OrderBy.Nulls.LAST : OrderBy.Nulls.FIRST;
        return new OrderTerm(path, !descending, expression, flipped);
    }

    /** This term with NULLs placed first or last. */
    public OrderTerm withNulls(OrderBy.Nulls where) {
        return new OrderTerm(path, descending, expression, where);
    }
}
