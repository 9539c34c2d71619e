package io.aksara.metamodel;

import io.aksara.Model;
import io.aksara.Q;
import java.util.List;

/**
 * A field whose values are ordered: numbers, dates, times, UUIDs.
 *
 * <pre>{@code Product.objects.filter(Product_.createdAt.gte(since)) }</pre>
 */
public class ComparablePath<M extends Model, V> extends FieldPath<M, V> {
    public ComparablePath(String name) {
        super(name);
    }

    public Q gt(V value) { return lookup("gt", value); }

    public Q gte(V value) { return lookup("gte", value); }

    public Q lt(V value) { return lookup("lt", value); }

    public Q lte(V value) { return lookup("lte", value); }

    /** Between the bounds, both included. */
    public Q range(V from, V to) { return lookup("range", List.of(from, to)); }
}
