package io.aksara.query;

import io.aksara.meta.FieldMeta;

/**
 * One ORDER BY term: a column (possibly across foreign keys) and its direction.
 *
 * @param path       the column
 * @param descending true for descending order
 */
public record OrderTerm(ColumnPath path, boolean descending) {
    /** A term on one of the model's own columns. */
    public OrderTerm(FieldMeta<?, ?> field, boolean descending) {
        this(ColumnPath.of(field), descending);
    }

    /** The field at the end of the path. */
    public FieldMeta<?, ?> field() {
        return path.field();
    }

    public OrderTerm reversed() {
        return new OrderTerm(path, !descending);
    }
}
