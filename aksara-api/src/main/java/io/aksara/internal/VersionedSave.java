package io.aksara.internal;

import io.aksara.F;
import io.aksara.Model;
import io.aksara.QuerySet;
import io.aksara.errors.StaleObjectError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code save()} of a loaded instance of a model with a {@code @Version} field: one UPDATE of every
 * field whose WHERE also asks for the version the instance was loaded with (and whose SET adds 1 to
 * it, as every {@code QuerySet.update()} of such a model does). No row changed means another writer
 * got there first: {@link StaleObjectError}, naming the row.
 */
final class VersionedSave {
    private VersionedSave() {}

    static <M extends Model> void update(ModelMeta<M> meta, M instance, FieldMeta<M, ?> version, String database) {
        long expected = Versions.value(version, instance);
        Object key = meta.primaryKey().columnValue(instance);
        List<Object> pairs = new ArrayList<>();
        for (FieldMeta<M, ?> f : meta.fields()) {
            if (!f.primaryKey() && f != version) {
                pairs.add(f.name());
                pairs.add(f.get(instance));
            }
        }
        QuerySet<M> row = QuerySet.of(meta).using(database).filter("pk", key, version.name(), expected);
        long changed = pairs.isEmpty() ? row.update(version.name(), F.of(version.name()).plus(1))
                : row.update((String) pairs.getFirst(), pairs.get(1), pairs.subList(2, pairs.size()).toArray());
        if (changed == 0) {
            boolean exists = QuerySet.of(meta).using(database).filter("pk", key).exists();
            throw new StaleObjectError(meta.name() + " pk=" + key + (exists
                    ? " was changed since it was loaded: its " + version.name() + " is no longer " + expected
                    : " was deleted since it was loaded (" + version.name() + " " + expected + ")")
                    + "; nothing was written. Reload it with refreshFromDb(), apply the change again and save.");
        }
        Versions.set(version, instance, expected + 1);
    }
}
