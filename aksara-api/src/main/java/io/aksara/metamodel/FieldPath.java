package io.aksara.metamodel;

import io.aksara.Model;
import io.aksara.Q;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A typed reference to a model field, generated into the metamodel ({@code Product_.name}). Each
 * method builds the same {@link Q} that the string spelling builds ({@code Product_.price.lt(100)}
 * is {@code Q.of("price__lt", 100)}), so both resolve through one lookup registry.
 *
 * <pre>{@code
 * Product.objects.filter(Product_.inStock.eq(true), Product_.price.lt(new BigDecimal("100")));
 * Product.objects.orderBy(Product_.price.desc());
 * }</pre>
 *
 * @param <M> the model that declares the field
 * @param <V> the field's Java type
 */
public class FieldPath<M extends Model, V> {
    private final String name;

    public FieldPath(String name) {
        this.name = name;
    }

    /** The path: the Java field name, with relation steps before it ({@code category__name}). */
    public String name() {
        return name;
    }

    /** Equal to the value; {@code null} means IS NULL. */
    public Q eq(V value) {
        return lookup("exact", value);
    }

    /** Not equal: {@code eq(value).not()}. */
    public Q ne(V value) {
        return eq(value).not();
    }

    /** One of the values. */
    public Q in(Collection<? extends V> values) {
        return lookup("in", List.copyOf(values));
    }

    /** One of the values. */
    @SafeVarargs
    public final Q in(V... values) {
        return lookup("in", Arrays.asList(values));
    }

    /** IS NULL when true, IS NOT NULL when false. */
    public Q isNull(boolean isNull) {
        return lookup("isnull", isNull);
    }

    /** Any registered lookup by name, e.g. a custom one. */
    public Q lookup(String lookupName, Object value) {
        List<String> segments = new ArrayList<>(List.of(name.split("__")));
        segments.add(lookupName);
        return new Q.Leaf(segments, value);
    }

    /** An ascending ordering term for {@code orderBy}. */
    public String asc() {
        return name;
    }

    /** A descending ordering term for {@code orderBy}. */
    public String desc() {
        return "-" + name;
    }

    @Override
    public String toString() {
        return name;
    }
}
