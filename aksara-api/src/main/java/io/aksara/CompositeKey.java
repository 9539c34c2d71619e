package io.aksara;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The value of a primary key over several fields ({@link Meta#primaryKey()}): one value per key
 * field, in the order the key declares them. A foreign key's value is given as the target's key
 * value ({@code Ref.id()}) or as the plain id.
 *
 * <pre>{@code
 * OrderLine line = OrderLine.objects.get("pk", CompositeKey.of(7L, 12L));
 * line.pk();                                   // CompositeKey[7, 12]
 * OrderLine.objects.filter("pk__in", List.of(CompositeKey.of(7L, 12L), CompositeKey.of(7L, 13L)));
 * }</pre>
 *
 * <p>Keys compare by value: whole numbers are equal whatever their boxed class, so
 * {@code CompositeKey.of(1, 2)} equals the key read back from the database as longs.
 *
 * @param values the key's values in key order; none is null
 */
public record CompositeKey(List<Object> values) {
    public CompositeKey {
        Objects.requireNonNull(values, "values");
        if (values.size() < 2) {
            throw new IllegalArgumentException("a composite key has at least two values, got " + values);
        }
        for (Object v : values) {
            Objects.requireNonNull(v, "a composite key value cannot be null: " + values);
        }
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The key of these values, in key order. */
    public static CompositeKey of(Object... values) {
        return new CompositeKey(List.of(values));
    }

    /** The value at this position of the key. */
    public Object get(int index) {
        return values.get(index);
    }

    /** How many fields the key has. */
    public int size() {
        return values.size();
    }

    /** Equal when every value is equal; whole numbers (Byte, Short, Integer, Long) compare by their value. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CompositeKey key && normalized().equals(key.normalized());
    }

    @Override
    public int hashCode() {
        return normalized().hashCode();
    }

    // A key given as CompositeKey.of(1, 2) and the same key read back as longs must be one key: maps keyed
    // by CompositeKey (identity maps, prefetch, inBulk) would otherwise hold the row twice.
    private List<Object> normalized() {
        List<Object> out = null;
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
                if (out == null) {
                    out = new ArrayList<>(values);
                }
                out.set(i, ((Number) v).longValue());
            }
        }
        return out == null ? values : out;
    }

    @Override
    public String toString() {
        return "CompositeKey" + values;
    }
}
