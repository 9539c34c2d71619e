package io.aksara.metamodel;

import io.aksara.Model;
import io.aksara.Q;
import io.aksara.Ref;
import java.util.List;

/**
 * A foreign key (a to-one relation). Compares by the target's key; takes instances or keys.
 *
 * <pre>{@code
 * Product.objects.filter(Product_.category.eq(electronics));
 * Product.objects.filter(Product_.category.eqId(3L));
 * }</pre>
 *
 * @param <M> the model that declares the foreign key
 * @param <R> the target model
 */
public final class RefPath<M extends Model, R extends Model> extends FieldPath<M, Ref<R>> {
    public RefPath(String name) {
        super(name);
    }

    /** Points to this instance. */
    public Q eq(R target) { return lookup("exact", target); }

    /** Points to the row with this key. */
    public Q eqId(Object key) { return lookup("exact", key); }

    /** Points to one of these instances. */
    public Q inInstances(List<? extends R> targets) { return lookup("in", List.copyOf(targets)); }
}
