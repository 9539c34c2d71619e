package io.aksara.query;

import io.aksara.expr.Arithmetic;
import io.aksara.meta.FieldType;

/**
 * An expression resolved against a model, ready to lower: every path is known and every constant
 * converted. Used as a lookup value ({@code stock__lt=F("reserved")}) and as an update value.
 */
public sealed interface Expr {
    /** The type of the computed value. */
    FieldType type();

    /** A column, possibly across foreign keys (to-one only). */
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
}
