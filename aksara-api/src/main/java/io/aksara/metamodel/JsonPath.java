package io.aksara.metamodel;

import io.aksara.Model;
import io.aksara.Q;
import java.util.List;

/**
 * A JSON field, or a key inside one. {@link #key(String)} steps into the document; the lookups
 * compare the value found there.
 *
 * <pre>{@code
 * Order.objects.filter(Order_.data.key("owner").key("email").eq("a@b.io"));
 * Order.objects.filter(Order_.data.key("score").gte(10));
 * }</pre>
 */
public final class JsonPath<M extends Model> extends FieldPath<M, Object> {
    public JsonPath(String name) {
        super(name);
    }

    /** The value under this key. */
    public JsonPath<M> key(String key) {
        return new JsonPath<>(name() + "__" + key);
    }

    public Q gt(Object value) { return lookup("gt", value); }

    public Q gte(Object value) { return lookup("gte", value); }

    public Q lt(Object value) { return lookup("lt", value); }

    public Q lte(Object value) { return lookup("lte", value); }

    public Q contains(String value) { return lookup("contains", value); }

    public Q icontains(String value) { return lookup("icontains", value); }

    public Q in(List<?> values) { return lookup("in", values); }
}
