package io.aksara.metamodel;

import io.aksara.Model;
import io.aksara.Q;

/**
 * A boolean field.
 *
 * <pre>{@code Product.objects.filter(Product_.inStock.isTrue()) }</pre>
 */
public final class BooleanPath<M extends Model> extends FieldPath<M, Boolean> {
    public BooleanPath(String name) {
        super(name);
    }

    public Q isTrue() { return eq(Boolean.TRUE); }

    public Q isFalse() { return eq(Boolean.FALSE); }
}
