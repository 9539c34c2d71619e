package io.aksara.internal.deletion;

import io.aksara.Lifecycle;
import io.aksara.Model;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.query.Assignment;
import io.aksara.spi.Backend;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a delete will write, gathered by the {@link Collector} before any write: fast deletes of
 * leaf rows by their foreign key, foreign keys to rewrite (SET_NULL, SET_DEFAULT, SET), and the
 * keys of every row to delete per model. {@link #execute} writes it in that order, as Django does,
 * deleting children before parents.
 */
final class DeletionPlan {
    /** {@code DELETE FROM child WHERE fk IN (parentKeys)}, for children nothing depends on. */
    private record FastDelete(FieldMeta<?, ?> fk, List<Object> parentKeys) {}

    /** {@code UPDATE child SET fk = value WHERE fk IN (parentKeys)}. */
    private record FieldUpdate(FieldMeta<?, ?> fk, Object value, List<Object> parentKeys) {}

    private final List<FastDelete> fastDeletes = new ArrayList<>();
    private final List<FieldUpdate> updates = new ArrayList<>();
    /** Per model, in the order first reached: each key to delete and the level it was reached at. */
    private final Map<ModelMeta<?>, Map<Object, Integer>> deleted = new LinkedHashMap<>();

    /** The model whose rows the delete was asked for: its callers announce those rows themselves. */
    private ModelMeta<?> root;

    void root(ModelMeta<?> model) {
        root = model;
    }

    /** Records rows to delete; returns the keys not recorded before (the visited check that ends cycles). */
    List<Object> addDeleted(ModelMeta<?> model, List<Object> keys, int depth) {
        Map<Object, Integer> known = deleted.computeIfAbsent(model, m -> new LinkedHashMap<>());
        List<Object> fresh = new ArrayList<>();
        for (Object k : keys) {
            if (known.putIfAbsent(k, depth) == null) {
                fresh.add(k);
            }
        }
        return fresh;
    }

    boolean isDeleted(ModelMeta<?> model, Object key) {
        Map<Object, Integer> known = deleted.get(model);
        return known != null && known.containsKey(key);
    }

    void fastDelete(FieldMeta<?, ?> fk, List<Object> parentKeys) {
        for (List<Object> chunk : KeyQueries.chunks(parentKeys)) {
            fastDeletes.add(new FastDelete(fk, chunk));
        }
    }

    void update(FieldMeta<?, ?> fk, Object value, List<Object> parentKeys) {
        for (List<Object> chunk : KeyQueries.chunks(parentKeys)) {
            updates.add(new FieldUpdate(fk, value, chunk));
        }
    }

    /** Runs every statement; returns the number of rows deleted, cascaded rows included. */
    long execute(Backend backend) {
        long rows = 0;
        for (FastDelete d : fastDeletes) {
            rows += backend.delete(KeyQueries.rows(d.fk().model(), KeyQueries.in(d.fk(), d.parentKeys())));
        }
        for (FieldUpdate u : updates) {
            backend.update(KeyQueries.rows(u.fk().model(), KeyQueries.in(u.fk(), u.parentKeys())),
                    u.fk().model().columnsOf(u.fk()).stream().map(c -> new Assignment(c, u.value())).toList());
        }
        for (ModelMeta<?> model : DeleteOrder.of(deleted.keySet())) {
            for (List<Object> batch : batches(model)) {
                List<? extends Model> announced = announced(backend, model, batch);
                announced.forEach(Lifecycle::preDelete);
                rows += backend.delete(KeyQueries.rows(model, KeyQueries.byKeys(model, batch)));
                announced.forEach(Lifecycle::postDelete);
            }
        }
        return rows;
    }

    /**
     * The cascaded rows of a batch that a delete listener hears, read before they go; the rows the
     * delete was asked for (the root's first level) are announced by its caller.
     */
    private List<? extends Model> announced(Backend backend, ModelMeta<?> model, List<Object> batch) {
        if (!Lifecycle.hasDeleteListeners(model.type())) {
            return List.of();
        }
        Map<Object, Integer> depths = deleted.get(model);
        List<Object> cascaded = batch.stream().filter(k -> model != root || depths.get(k) > 0).toList();
        if (cascaded.isEmpty()) {
            return List.of();
        }
        return backend.fetch(KeyQueries.rows(model, KeyQueries.byKeys(model, cascaded)));
    }

    /**
     * The model's keys in chunks. A model that points to itself (a tree) is deleted level by
     * level, deepest first, so no statement deletes a row while a row it still holds points to it:
     * databases that check each row at once (InnoDB) would refuse, or cascade on their own.
     */
    private List<List<Object>> batches(ModelMeta<?> model) {
        Map<Object, Integer> keys = deleted.get(model);
        if (!DeleteOrder.pointsToItself(model)) {
            return KeyQueries.chunks(new ArrayList<>(keys.keySet()));
        }
        Map<Integer, List<Object>> byDepth = new TreeMap<>(Comparator.reverseOrder());
        keys.forEach((key, depth) -> byDepth.computeIfAbsent(depth, d -> new ArrayList<>()).add(key));
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> level : byDepth.values()) {
            out.addAll(KeyQueries.chunks(level));
        }
        return out;
    }
}
