package io.aksara.metamodel;

import io.aksara.Model;
import io.aksara.Q;

/**
 * A text field (string, text, e-mail). Pattern lookups match {@code %} and {@code _} literally.
 *
 * <pre>{@code User.objects.filter(User_.name.icontains("john")) }</pre>
 */
public final class StringPath<M extends Model> extends ComparablePath<M, String> {
    public StringPath(String name) {
        super(name);
    }

    public Q iexact(String value) { return lookup("iexact", value); }

    public Q contains(String value) { return lookup("contains", value); }

    public Q icontains(String value) { return lookup("icontains", value); }

    public Q startsWith(String value) { return lookup("startswith", value); }

    public Q istartsWith(String value) { return lookup("istartswith", value); }

    public Q endsWith(String value) { return lookup("endswith", value); }

    public Q iendsWith(String value) { return lookup("iendswith", value); }
}
