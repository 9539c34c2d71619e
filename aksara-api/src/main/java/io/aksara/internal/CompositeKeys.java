package io.aksara.internal;

import io.aksara.CompositeKey;
import io.aksara.Model;
import io.aksara.Q;
import io.aksara.errors.CompositeKeyError;
import io.aksara.lookup.Lookups;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.query.ColumnPath;
import io.aksara.query.Filter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Primary keys over several fields: an instance's key value, and {@code pk} in filters turned
 * into conditions on every key column. A single-column key goes through the same methods, so
 * callers need not tell the two apart.
 */
public final class CompositeKeys {
    private CompositeKeys() {}

    /**
     * The instance's key: the key field's column value, or a {@link CompositeKey} of the key
     * fields' column values (a foreign key as its id); null while any of them is unset.
     */
    public static Object valueOf(ModelMeta<?> meta, Model instance) {
        if (!meta.hasCompositeKey()) {
            return meta.primaryKey().columnValueUnchecked(instance);
        }
        List<Object> values = new ArrayList<>();
        for (FieldMeta<?, ?> f : meta.primaryKeyFields()) {
            Object v = f.columnValueUnchecked(instance);
            if (v == null) {
                return null;
            }
            values.add(v);
        }
        return new CompositeKey(values);
    }

    /** The condition "this row has this key", on every key column; the key is a column value as {@link #valueOf} gives it. */
    public static Filter matching(ModelMeta<?> meta, Object key) {
        List<FieldMeta<?, ?>> fields = List.copyOf(meta.primaryKeyFields());
        List<Object> values = fields.size() == 1 ? List.of(key) : parts(meta, key, "pk");
        List<Filter> parts = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldMeta<?, ?> f = fields.get(i);
            parts.add(new Filter.Match(ColumnPath.of(f), Lookups.find(f, "exact"), values.get(i)));
        }
        return parts.size() == 1 ? parts.getFirst() : new Filter.And(parts);
    }

    /**
     * A key of a model with a composite key, each value converted for its key field ({@code "3"}
     * for an integer key field is {@code 3L}); a foreign key's target takes such a key.
     *
     * @throws CompositeKeyError naming {@code where} when the value is not a CompositeKey of the key's size
     */
    public static CompositeKey convert(ModelMeta<?> meta, Object key, String where) {
        List<Object> values = parts(meta, key, where);
        List<Object> converted = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            converted.add(Keys.of(meta.primaryKeyFields().get(i), values.get(i)));
        }
        return new CompositeKey(converted);
    }

    /** Whether a filter path is {@code pk} (with or without a lookup) on a model with a composite key. */
    static boolean isCompositePk(ModelMeta<?> model, List<String> path) {
        return model.hasCompositeKey() && path.getFirst().equals("pk");
    }

    /**
     * {@code pk}, {@code pk__exact} and {@code pk__in} on a composite key, as the same filter on
     * the key fields: {@code pk = (a, b)} is {@code order = a AND product = b}, and
     * {@code pk__in} an OR of those.
     */
    static Q expand(ModelMeta<?> model, Q.Leaf leaf) {
        List<String> path = leaf.path();
        String lookup = path.size() == 1 ? "exact" : path.size() == 2 ? path.get(1) : null;
        if ("exact".equals(lookup)) {
            return equalTo(model, leaf.value(), leaf.lookupString());
        }
        if ("in".equals(lookup)) {
            if (!(leaf.value() instanceof Collection<?> keys)) {
                throw new CompositeKeyError("'" + leaf.lookupString() + "' on " + model.name() + " takes a collection of "
                        + "CompositeKey values, got " + describe(leaf.value()));
            }
            if (keys.isEmpty()) {
                // nothing can match, as with an empty in on a single column
                return new Q.Leaf(List.of(model.primaryKeyFields().getFirst().name(), "in"), List.of());
            }
            Q any = Q.empty();
            for (Object key : keys) {
                any = any.or(equalTo(model, key, leaf.lookupString()));
            }
            return any;
        }
        throw new CompositeKeyError("'" + leaf.lookupString() + "' is not supported on " + model.name()
                + ", whose primary key is composite (" + names(model) + "): use pk or pk__in with CompositeKey "
                + "values, or filter on the key fields themselves");
    }

    private static Q equalTo(ModelMeta<?> model, Object key, String where) {
        List<Object> values = parts(model, key, where);
        List<Q> parts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            parts.add(new Q.Leaf(List.of(model.primaryKeyFields().get(i).name()), values.get(i)));
        }
        return Q.and(parts);
    }

    private static List<Object> parts(ModelMeta<?> model, Object key, String where) {
        int size = model.primaryKeyFields().size();
        if (key instanceof CompositeKey k && k.size() == size) {
            return k.values();
        }
        throw new CompositeKeyError("'" + where + "' on " + model.name() + " needs a CompositeKey of " + size
                + " values (" + names(model) + "), got " + describe(key));
    }

    private static String names(ModelMeta<?> model) {
        return String.join(", ", model.primaryKeyFields().stream().map(FieldMeta::name).toList());
    }

    private static String describe(Object value) {
        return value == null ? "null" : value + " (" + value.getClass().getSimpleName() + ")";
    }
}
