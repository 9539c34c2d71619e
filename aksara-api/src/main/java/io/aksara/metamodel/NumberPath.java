package io.aksara.metamodel;

import io.aksara.Model;
import io.aksara.Q;

/**
 * A numeric field. Comparisons also take any {@link Number}, converted exactly as the string
 * spelling converts it ({@code Product_.price.lt(100)} works on a decimal field).
 *
 * <pre>{@code Product.objects.filter(Product_.price.lt(100)) }</pre>
 */
public final class NumberPath<M extends Model, V extends Number> extends ComparablePath<M, V> {
    public NumberPath(String name) {
        super(name);
    }

    public Q gt(Number value) { return lookup("gt", value); }

    public Q gte(Number value) { return lookup("gte", value); }

    public Q lt(Number value) { return lookup("lt", value); }

    public Q lte(Number value) { return lookup("lte", value); }

    public Q eq(Number value) { return lookup("exact", value); }
}
