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

    /** A text field of the target: {@code Product_.category.then(Category_.name).icontains("tv")}. */
    public StringPath<M> then(StringPath<R> field) { return new StringPath<>(join(field)); }

    /** A numeric field of the target. */
    public <V extends Number> NumberPath<M, V> then(NumberPath<R, V> field) { return new NumberPath<>(join(field)); }

    /** A boolean field of the target. */
    public BooleanPath<M> then(BooleanPath<R> field) { return new BooleanPath<>(join(field)); }

    /** An ordered field of the target (dates, times, UUIDs). */
    public <V> ComparablePath<M, V> then(ComparablePath<R, V> field) { return new ComparablePath<>(join(field)); }

    /** A foreign key of the target, to go on: {@code Book_.author.then(Author_.publisher).then(Publisher_.name)}. */
    public <S extends Model> RefPath<M, S> then(RefPath<R, S> field) { return new RefPath<>(join(field)); }

    private String join(FieldPath<R, ?> field) {
        return name() + "__" + field.name();
    }
}
