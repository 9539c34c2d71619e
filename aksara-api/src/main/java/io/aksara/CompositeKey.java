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

    @Override
    public String toString() {
        return "CompositeKey" + values;
    }
}
