package io.aksara.internal;

import io.aksara.meta.ModelMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code bulkUpdate} of a multi-table child naming fields its parents declare (Django's
 * {@code test_inherited_fields}): each field is written in its own model's table, by key, as a
 * {@code bulkUpdate} of that model over the child instances (a child holds its parents' fields and
 * their key, its {@code id}). {@link BulkWrites#update} checks every table's part first, then runs
 * them root table first, child last, in one transaction.
 */
final class InheritedFields {
    private InheritedFields() {}

    /**
     * The names grouped by the model that declares them, root first and {@code meta} last; null when
     * {@code meta} declares them all (the usual case, one table). A name no model of the chain
     * knows stays with {@code meta}, whose resolution then refuses it.
     */
    static Map<ModelMeta<?>, String[]> byTable(ModelMeta<?> meta, String[] names) {
        if (meta.parentLink() == null) {
            return null;
        }
        Map<ModelMeta<?>, List<String>> byOwner = new LinkedHashMap<>();
        boolean elsewhere = false;
        for (String name : names) {
            ModelMeta<?> owner = ownerOf(meta, name);
            elsewhere |= owner != meta;
            byOwner.computeIfAbsent(owner, m -> new ArrayList<>()).add(name);
        }
        if (!elsewhere) {
            return null;
        }
        List<ModelMeta<?>> chain = new ArrayList<>();
        for (ModelMeta<?> m = meta; m != null; m = m.parentMeta()) {
            chain.addFirst(m);
        }
        Map<ModelMeta<?>, String[]> out = new LinkedHashMap<>();
        for (ModelMeta<?> m : chain) {
            List<String> own = byOwner.get(m);
            if (own != null) {
                out.put(m, own.toArray(String[]::new));
            }
        }
        return out;
    }

    /** The nearest model of the chain, from {@code meta} up, that declares {@code name} ({@code pk}: {@code meta}'s key). */
    private static ModelMeta<?> ownerOf(ModelMeta<?> meta, String name) {
        if (name == null || name.equals("pk")) {
            return meta;
        }
        for (ModelMeta<?> m = meta; m != null; m = m.parentMeta()) {
            if (m.findField(name) != null || Resolver.attname(m, name) != null) {
                return m;
            }
        }
        return meta;
    }

    /**
     * Runs the tables' writes in order; the rows matched in the last table written: the child's
     * when it has fields of its own, else the nearest parent's (Django's {@code update()} of a
     * child counts its own table's rows too).
     */
    static long runInOrder(List<Supplier<Long>> writes) {
        long matched = 0;
        for (Supplier<Long> write : writes) {
            matched = write.get();
        }
        return matched;
    }
}
