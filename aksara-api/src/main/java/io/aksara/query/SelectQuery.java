package io.aksara.query;

import io.aksara.Model;
import io.aksara.meta.ModelMeta;
import java.util.List;

/**
 * The immutable description of a SELECT over one model: filter, ordering and the slice. A
 * {@link io.aksara.QuerySet} wraps one; the backend lowers it to SQL.
 *
 * @param model    the model queried
 * @param where    the resolved filter
 * @param ordering the ORDER BY terms; empty means unordered
 * @param offset   rows to skip
 * @param limit    the maximum number of rows, or null for no limit
 */
public record SelectQuery<T extends Model>(ModelMeta<T> model, Filter where, List<OrderTerm> ordering,
        long offset, Long limit) {
    public SelectQuery {
        ordering = List.copyOf(ordering);
    }

    /** Whether a slice (limit or offset) has been taken. */
    public boolean isSliced() {
        return offset > 0 || limit != null;
    }
}
