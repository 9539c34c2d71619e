package io.aksara.internal.deletion;

import io.aksara.Model;
import io.aksara.errors.DeletionBlock;
import io.aksara.internal.CompositeKeys;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.spi.Backend;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Builds the {@link DeletionBlock} of a PROTECT or RESTRICT error: keys sorted, the first rows loaded. */
final class Blocks {
    private Blocks() {}

    static DeletionBlock of(Backend backend, ModelMeta<?> deleted, FieldMeta<?, ?> fk, List<Object> keys) {
        List<Object> sorted = sorted(keys);
        List<Object> first = sorted.subList(0, Math.min(DeletionBlock.LOADED_OBJECTS, sorted.size()));
        ModelMeta<?> blocking = fk.model();
        List<? extends Model> rows = backend.fetch(KeyQueries.rows(blocking, KeyQueries.byKeys(blocking, first)));
        Map<Object, Model> byKey = new HashMap<>();
        for (Model m : rows) {
            byKey.put(CompositeKeys.valueOf(blocking, m), m);
        }
        List<Model> objects = new ArrayList<>();
        for (Object k : first) {
            Model m = byKey.get(k);
            if (m != null) {
                objects.add(m);
            }
        }
        return new DeletionBlock(deleted.name(), blocking.name(), fk.name(), sorted, objects);
    }

    /** Distinct keys, in their natural order when they have one (stable messages), else as read. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Object> sorted(List<Object> keys) {
        List<Object> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
        if (distinct.stream().allMatch(k -> k instanceof Comparable)) {
            distinct.sort((Comparator) Comparator.naturalOrder());
        }
        return distinct;
    }
}
