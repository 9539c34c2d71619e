package io.aksara.query;

import io.aksara.Model;
import io.aksara.meta.ModelMeta;
import java.util.List;

/**
 * The immutable description of a SELECT over one model: filter, ordering and the slice. A
 * {@link io.aksara.QuerySet} wraps one; the backend lowers it to SQL. Build one with
 * {@link #of(ModelMeta)} and the {@code with...} methods, so adding a component never touches
 * the places that build queries.
 *
 * <pre>{@code
 * SelectQuery<Product> q = SelectQuery.of(meta).withWhere(filter).withSlice(0, 20L);
 * }</pre>
 *
 * @param model    the model queried
 * @param where    the resolved filter
 * @param ordering the ORDER BY terms; empty means unordered
 * @param offset   rows to skip
 * @param limit    the maximum number of rows, or null for no limit
 * @param lock     the row lock ({@code FOR UPDATE ...}), or null for none
 */
public record SelectQuery<T extends Model>(ModelMeta<T> model, Filter where, List<OrderTerm> ordering,
        long offset, Long limit, RowLock lock) {
    public SelectQuery {
        ordering = List.copyOf(ordering);
    }

    /** Every row of the model, unordered. */
    public static <T extends Model> SelectQuery<T> of(ModelMeta<T> model) {
        return new SelectQuery<>(model, Filter.EVERYTHING, List.of(), 0, null, null);
    }

    public SelectQuery<T> withWhere(Filter newWhere) {
        return new SelectQuery<>(model, newWhere, ordering, offset, limit, lock);
    }

    public SelectQuery<T> withOrdering(List<OrderTerm> newOrdering) {
        return new SelectQuery<>(model, where, newOrdering, offset, limit, lock);
    }

    public SelectQuery<T> withSlice(long newOffset, Long newLimit) {
        return new SelectQuery<>(model, where, ordering, newOffset, newLimit, lock);
    }

    public SelectQuery<T> withLock(RowLock newLock) {
        return new SelectQuery<>(model, where, ordering, offset, limit, newLock);
    }

    /** Whether a slice (limit or offset) has been taken. */
    public boolean isSliced() {
        return offset > 0 || limit != null;
    }
}
