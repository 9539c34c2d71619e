package io.aksara.internal.prefetch;

import io.aksara.Model;
import io.aksara.Prefetch;
import io.aksara.QuerySet;
import io.aksara.Ref;
import io.aksara.internal.ForeignKeyValues;
import io.aksara.internal.ModelInternals;
import io.aksara.internal.RefInternals;
import io.aksara.internal.RelationState;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs {@code prefetchRelated}: one query per level of the lookup tree, {@code IN} over the keys
 * of the level above, whatever the number of owners. Reverse rows are grouped by their key and
 * kept on each owner; forward targets fill the owners' {@code Ref}s. Each loaded row's key back to
 * its owner is filled as well, so {@code book.author.get()} after prefetching
 * {@code author.books} needs no query either.
 */
public final class Prefetcher {
    /** Keys per query: one query per level for any realistic page, bounded bind lists for big ones. */
    static final int KEYS_PER_QUERY = 2000;

    private Prefetcher() {}

    /** Checks the lookups against the model before any SQL: names, QuerySet models, slices. */
    public static void validate(ModelMeta<?> model, List<Prefetch> lookups) {
        validate(model, PrefetchTree.of(lookups));
    }

    private static void validate(ModelMeta<?> model, PrefetchTree.Node node) {
        for (PrefetchTree.Node child : node.children.values()) {
            validate(PrefetchStep.resolve(model, child).target(), child);
        }
    }

    /**
     * Loads the lookups onto {@code owners} (all of one model).
     *
     * @param database the alias the owners came from (null: the default)
     * @param strict   mark every loaded row strict, as its owners
     */
    public static void run(List<? extends Model> owners, List<Prefetch> lookups, String database, boolean strict) {
        if (owners.isEmpty() || lookups.isEmpty()) {
            return;
        }
        ModelMeta<?> model = ModelRegistry.metaOf(owners.getFirst().getClass());
        runLevel(model, owners, PrefetchTree.of(lookups), database, strict);
    }

    private static void runLevel(ModelMeta<?> model, List<? extends Model> owners, PrefetchTree.Node node,
            String database, boolean strict) {
        for (PrefetchTree.Node child : node.children.values()) {
            PrefetchStep step = PrefetchStep.resolve(model, child);
            List<Model> loaded = step.many() != null ? loadMany(step, owners, child, database, strict)
                    : step.reverse() ? loadReverse(step, owners, child, database, strict)
                    : loadForward(step, owners, child, database, strict);
            if (!child.children.isEmpty() && !loaded.isEmpty()) {
                runLevel(step.target(), loaded, child, database, strict);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Model> loadForward(PrefetchStep step, List<? extends Model> owners, PrefetchTree.Node node,
            String database, boolean strict) {
        FieldMeta<?, ?> fk = step.field();
        String toAttr = node.explicit == null ? null : node.explicit.toAttr();
        Set<Object> keys = new LinkedHashSet<>();
        // by identity: selectRelated gives each owner its own instance of a shared target, and the
        // next level must fill every one of them (equal instances would collapse into one)
        Set<Model> alreadyLoaded = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Model owner : owners) {
            if (fk.getUnchecked(owner) instanceof Ref<?> ref) {
                if (ref.isLoaded() && toAttr == null && node.explicit == null) {
                    alreadyLoaded.add(ref.get()); // selectRelated or an earlier prefetch loaded it: no query
                } else {
                    keys.add(ref.id());
                }
            }
        }
        Map<Object, Model> byKey = new HashMap<>();
        List<Model> rows = fetchIn(step, node, "pk", keys, database, strict);
        for (Model row : rows) {
            byKey.put(row.pk(), row);
        }
        for (Model owner : owners) {
            Ref ref = fk.getUnchecked(owner) instanceof Ref<?> r ? r : null;
            Model target = ref == null ? null : byKey.get(ref.id());
            if (toAttr != null) {
                ModelInternals.relations(owner).load(PrefetchCache.toAttrKey(toAttr), target == null ? List.of() : List.of(target));
            } else if (target != null && !ref.isLoaded()) {
                RefInternals.resolve(ref, target);
            }
        }
        List<Model> next = new ArrayList<>(rows);
        next.addAll(alreadyLoaded);
        return next;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Model> loadReverse(PrefetchStep step, List<? extends Model> owners, PrefetchTree.Node node,
            String database, boolean strict) {
        FieldMeta<?, ?> fk = step.field();
        String toAttr = node.explicit == null ? null : node.explicit.toAttr();
        OwnerKeys keys = OwnerKeys.of(owners);
        List<Model> rows = fetchIn(step, node, fk.name(), keys.list(), database, strict);
        List<? extends Model> ownerOfGroup = keys.onePerOwner() ? owners : firstOwners(owners, keys); // as each row's Ref resolves to
        int[] groupOfRow = new int[rows.size()];
        for (int i = 0; i < groupOfRow.length; i++) { // by index: no iterator
            Object value = fk.getUnchecked(rows.get(i)); // each row's foreign key, read once: its Ref, usually
            // the column value, as FieldMeta.columnValue gives it
            int group = keys.indexOf(value instanceof Ref<?> ref ? ref.id() : fk.kind().encode(value));
            groupOfRow[i] = group;
            if (group >= 0 && value instanceof Ref ref && !ref.isLoaded()) { // its owner, with no query
                RefInternals.resolve(ref, ownerOfGroup.get(group));
            }
        }
        RowGroups groups = RowGroups.of(rows, groupOfRow, keys.size());
        if (!step.single() && keys.onePerOwner()) { // one state for all owners, each copying it on first use
            String name = toAttr != null ? PrefetchCache.toAttrKey(toAttr) : node.relation;
            RowGroups shared = groups.sharedBy(owners, keys);
            RelationState state = RelationState.shared(name, shared);
            for (int o = 0; o < owners.size(); o++) {
                Model owner = owners.get(o);
                if (!ModelInternals.shareRelations(owner, state)) { // it has a state (strict, another relation)
                    ModelInternals.loadRelation(owner, name, shared, o);
                }
            }
            return rows;
        }
        for (int o = 0; o < owners.size(); o++) {
            Model owner = owners.get(o);
            int group = keys.groupOf(o);
            if (toAttr == null && step.single()) {
                List<Model> mine = groups.of(group);
                ModelInternals.loadRelation(owner, node.relation, mine.isEmpty() ? RelationState.ABSENT : mine.getFirst());
            } else { // the owner's group, its immutable list made on first read (never, when nobody reads it)
                ModelInternals.loadRelation(owner, toAttr != null ? PrefetchCache.toAttrKey(toAttr) : node.relation,
                        groups, group);
            }
        }
        return rows;
    }

    /** The first owner of each key, by the key's position (owners with a key of another owner's, or none, are left out). */
    private static List<Model> firstOwners(List<? extends Model> owners, OwnerKeys keys) {
        Model[] first = new Model[keys.size()];
        for (int o = 0; o < owners.size(); o++) {
            int group = keys.groupOf(o);
            if (group >= 0 && first[group] == null) {
                first[group] = owners.get(o);
            }
        }
        return Arrays.asList(first);
    }

    /**
     * Many-to-many: the owners' link rows (their two keys only), then the linked rows through the
     * level's QuerySet, kept per owner in that QuerySet's order. Two queries per level.
     */
    private static List<Model> loadMany(PrefetchStep step, List<? extends Model> owners, PrefetchTree.Node node,
            String database, boolean strict) {
        String toAttr = node.explicit == null ? null : node.explicit.toAttr();
        Set<Object> keys = ownerKeys(owners);
        Map<Object, List<Object>> ownersByLoadedKey = new HashMap<>();
        for (List<Object> chunk : chunks(keys)) {
            QuerySet<?> links = QuerySet.of(step.many().through());
            if (database != null) {
                links = links.using(database);
            }
            for (List<Object> link : ForeignKeyValues.read(links.filter(step.ownerKey().name() + "__in", chunk),
                    step.many().through(), step.ownerKey(), step.loadedKey())) {
                ownersByLoadedKey.computeIfAbsent(link.get(1), k -> new ArrayList<>()).add(link.get(0));
            }
        }
        List<Model> rows = fetchIn(step, node, "pk", ownersByLoadedKey.keySet(), database, strict);
        Map<Object, List<Model>> byOwner = new HashMap<>();
        for (Model row : rows) {
            for (Object ownerKey : ownersByLoadedKey.getOrDefault(row.pk(), List.of())) {
                byOwner.computeIfAbsent(ownerKey, k -> new ArrayList<>()).add(row);
            }
        }
        String name = toAttr != null ? PrefetchCache.toAttrKey(toAttr) : node.relation;
        for (Model owner : owners) {
            ModelInternals.relations(owner).load(name, List.copyOf(byOwner.getOrDefault(owner.pk(), List.of())));
        }
        return rows;
    }

    /**
     * The target rows whose {@code field} is one of the keys, through the level's QuerySet (without
     * one, the model's own rows by a {@link KeyQueries kept compiled query}), in chunks.
     */
    @SuppressWarnings("unchecked")
    private static List<Model> fetchIn(PrefetchStep step, PrefetchTree.Node node, String field, Collection<Object> keys,
            String database, boolean strict) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<List<Object>> chunks = chunks(keys);
        if ((node.explicit == null || node.explicit.querySet() == null) && KeyQueries.plainKeys(step, field)) {
            // the model's own rows: a compiled query binds the keys (null: it does not compile, run the QuerySet)
            List<Model> rows = KeyQueries.fetch(step.target(), field, chunks.getFirst(), database, strict);
            if (rows != null) {
                for (int c = 1; c < chunks.size(); c++) {
                    rows = c == 1 ? new ArrayList<>(rows) : rows; // the first chunk's list may be immutable
                    rows.addAll(KeyQueries.fetch(step.target(), field, chunks.get(c), database, strict));
                }
                return rows;
            }
        }
        QuerySet<?> base = node.explicit != null && node.explicit.querySet() != null ? node.explicit.querySet()
                : QuerySet.of(step.target());
        if (base.database() == null && database != null) {
            base = base.using(database);
        }
        if (strict) {
            base = base.strict();
        }
        if (chunks.size() == 1) {
            return (List<Model>) base.filter(field + "__in", chunks.getFirst()).fetch(); // no copy of the rows
        }
        List<Model> rows = new ArrayList<>();
        for (List<Object> chunk : chunks) {
            rows.addAll(base.filter(field + "__in", chunk).fetch());
        }
        return rows;
    }

    /** The saved owners' keys, each once, in order. */
    private static Set<Object> ownerKeys(List<? extends Model> owners) {
        Set<Object> keys = new LinkedHashSet<>();
        for (Model owner : owners) {
            if (owner.pk() != null) {
                keys.add(owner.pk());
            }
        }
        return keys;
    }

    /** The keys in lists of at most {@link #KEYS_PER_QUERY}, one IN list each. */
    private static List<List<Object>> chunks(Collection<Object> keys) {
        if (keys.size() <= KEYS_PER_QUERY) {
            return List.of(List.copyOf(keys)); // the common case: one query, one copy of the keys (none of an immutable list)
        }
        List<Object> all = new ArrayList<>(keys);
        List<List<Object>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            out.add(List.copyOf(all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY))));
        }
        return out;
    }
}
