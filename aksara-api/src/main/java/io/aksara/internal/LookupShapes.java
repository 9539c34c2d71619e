package io.aksara.internal;

import io.aksara.lookup.Lookup;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.Q;
import io.aksara.errors.FieldError;
import io.aksara.lookup.Lookups;
import io.aksara.lookup.Transform;
import io.aksara.query.ColumnPath;
import io.aksara.query.OrderTerm;
import java.util.ArrayList;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a lookup path on one of a model's own columns resolves to, whatever the value: the column
 * with its transforms, the lookup and the type the value is converted for. Resolving it walks the
 * metadata and the lookup registry, which a query built on every call ({@code filter("ts__gte", t)})
 * would otherwise redo each time for the same constant string. Only successful resolutions without
 * joins are kept (a path through a relation depends on the other models' registration), so every
 * error is still raised, naming the model, field and lookup, each time a bad lookup is used.
 *
 * <p>Bounded: past {@link #MAX_MODELS} models or {@link #MAX_PATHS} paths per model (lookup strings
 * built at run time), further paths are resolved each time without being kept.
 */
public final class LookupShapes {
    static final int MAX_MODELS = 1024;
    static final int MAX_PATHS = 512;

    /**
     * What is kept, for one registry generation and one set of registered lookups: shapes keyed by
     * the model's identity (ModelMeta does not override equals), then by the split path; ordering
     * names ({@code "-id"}) resolved to terms, by model and name. A new generation starts with
     * empty maps, so a model registered again (a new {@code ModelMeta} for its class) never meets
     * a shape of its old metadata, and the old metadata is not held here.
     */
    record Kept(int registry, Map<ModelMeta<?>, Map<List<String>, Shape>> byModel,
            Map<ModelMeta<?>, Map<String, List<OrderTerm>>> orderByModel, Map<ModelMeta<?>, Map<String, Shape>> byString) {
        Kept(int registry) {
            this(registry, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    /** Replaced by {@link #forget()} and whenever the model registry's generation moves on. */
    private static volatile Kept kept = new Kept(ModelRegistry.generation());

    private LookupShapes() {}

    /**
     * A resolved own-column lookup.
     *
     * @param column the column with its transforms
     * @param typed the field as the value sees it (after transforms)
     * @param lookup the lookup
     * @param lookupName the lookup's name as written ({@code exact} when none is)
     * @param valueAsText whether a number, date or UUID value is compared as its text (a text lookup on such a column)
     * @param placeholderAsText the same for a {@code Param}'s value, given when a compiled query runs
     */
    record Shape(ColumnPath column, FieldMeta<?, ?> typed, Lookup lookup, String lookupName, boolean valueAsText, boolean placeholderAsText) {}

    /**
     * The kept shape of a whole lookup string ({@code "ts__gte"}) on a model, or null: one lookup by
     * the string (its hash is cached), where the split path would take the split's lookup too and hash
     * the list of segments on every call. Filled from the shapes kept by path.
     */
    static Shape keptShape(ModelMeta<?> model, String lookup) {
        Kept now = current();
        Map<String, Shape> strings = now.byString().get(model);
        Shape known = strings == null ? null : strings.get(lookup);
        if (known == null) {
            known = find(now, model, Q.split(lookup));
            if (known != null) { // kept by path, so an own column's: the same string resolves the same way
                keep(now.byString(), model, lookup, known, now);
            }
        }
        return known;
    }

    /** The shape kept in {@code now} (from {@link #generation()}, read just before) for this path, or null. */
    static Shape find(Kept now, ModelMeta<?> model, List<String> path) {
        Map<List<String>, Shape> paths = now.byModel().get(model);
        return paths == null ? null : paths.get(path);
    }

    /**
     * What is kept now, to pass to {@link #remember} for a shape resolved from now on: a model
     * registration or a lookup registered after this call makes it stale.
     */
    static Kept generation() {
        return current();
    }

    /** The kept maps of the current generation; a registration since the last call starts new ones. */
    private static Kept current() {
        Kept k = kept;
        int registry = ModelRegistry.generation(); // one volatile read per lookup: cheaper than a resolution
        if (k.registry() == registry) {
            return k;
        }
        synchronized (LookupShapes.class) {
            if (kept.registry() != registry) {
                kept = new Kept(registry);
            }
            return kept;
        }
    }

    static void remember(ModelMeta<?> model, List<String> path, Shape shape, Kept resolvedIn) {
        keep(resolvedIn.byModel(), model, path, shape, resolvedIn);
    }

    /**
     * Keeps {@code value} under {@code key} for {@code model} in one of {@code resolvedIn}'s maps,
     * within the bounds, and takes it back when a registration raced with the resolution.
     */
    private static <K, V> void keep(Map<ModelMeta<?>, Map<K, V>> byModel, ModelMeta<?> model, K key, V value,
            Kept resolvedIn) {
        Map<K, V> entries = within(byModel, model);
        if (entries == null) {
            return;
        }
        if (entries.size() < MAX_PATHS) {
            entries.putIfAbsent(key, value);
        }
        if (current() != resolvedIn) {
            entries.remove(key, value); // a registration raced with the resolution: it may be stale
        }
    }

    /** The map of one model in {@code byModel}, made if there is room for another model, else null. */
    private static <K, V> Map<K, V> within(Map<ModelMeta<?>, Map<K, V>> byModel, ModelMeta<?> model) {
        Map<K, V> entries = byModel.get(model);
        if (entries == null) {
            if (byModel.size() >= MAX_MODELS) {
                return null;
            }
            entries = byModel.computeIfAbsent(model, m -> new ConcurrentHashMap<>());
        }
        return entries;
    }

    /** Drops every kept shape: a lookup or transform was registered, so a path may now resolve differently. */
    public static synchronized void forget() {
        kept = new Kept(ModelRegistry.generation());
    }

    /** The value-independent part of a lookup on a field: transforms, the lookup, the type values are converted for. */
    static Shape resolve(PathWalker.Walk walk, List<String> rest, Q.Leaf leaf) {
        List<Transform> transforms = new ArrayList<>();
        FieldMeta<?, ?> typed = walk.field();
        String lookupName = "exact";
        for (int i = 0; i < rest.size(); i++) {
            String segment = rest.get(i);
            boolean last = i == rest.size() - 1;
            Transform t = Lookups.findTransform(typed.kind(), segment);
            if (last && (t == null || Resolver.lookupApplies(typed, segment))) {
                lookupName = segment;
                break;
            }
            if (t == null) {
                List<String> valid = Lookups.transformNamesFor(typed.kind());
                throw new FieldError("Unsupported transform '" + segment + "' for " + Resolver.subject(typed) + " in '"
                        + leaf.lookupString() + "': only the last segment can be a lookup, and "
                        + (valid.isEmpty() ? "this field has no transforms" : "its transforms are " + String.join(", ", valid)));
            }
            transforms.add(t);
            typed = t.keepsKind() ? FieldMeta.transformed(typed, t.lookupName(), typed.kind())
                    : FieldMeta.transformed(typed, t.lookupName(), t.outputType(typed.type()));
        }
        boolean valueAsText = false;
        if (io.aksara.lookup.AsText.needed(typed.type(), lookupName) && transforms.isEmpty()) {
            // as Django: a text lookup on a number or a date compares the column as text
            transforms.add(io.aksara.lookup.AsText.INSTANCE);
            typed = FieldMeta.transformed(typed, io.aksara.lookup.AsText.INSTANCE.lookupName(), io.aksara.meta.FieldType.TEXT);
            valueAsText = true;
        }
        Lookup lookup = Resolver.lookupOf(typed.kind(), lookupName, typed);
        if (typed.type() == io.aksara.meta.FieldType.JSON && transforms.isEmpty()
                && !Set.of("exact", "isnull").contains(lookupName)) {
            throw new FieldError("A whole JSON document (" + typed.qualifiedName() + ") takes only exact and isnull; "
                    + "follow a key to compare a value inside it, e.g. '" + typed.name() + "__owner__" + lookupName + "'");
        }
        ColumnPath column = new ColumnPath(walk.hops(), walk.field(), transforms);
        return new Shape(column, typed, lookup, lookupName, valueAsText,
                transforms.contains(io.aksara.lookup.AsText.INSTANCE));
    }

    /** The term a name in orderBy resolved to on this model, or null. */
    static OrderTerm orderTerm(ModelMeta<?> model, String name) {
        List<OrderTerm> terms = keptOrdering(model, name);
        return terms == null ? null : terms.getFirst();
    }

    /**
     * The ordering of one name already resolved on this model (an own column, kept by name), or
     * null: an immutable one-term list the query keeps as it is, the same for every call, so
     * {@code orderBy("id")} per call makes neither a growing list nor its copy.
     */
    public static List<OrderTerm> keptOrdering(ModelMeta<?> model, String name) {
        if (name == null) {
            return null;
        }
        Map<String, List<OrderTerm>> names = current().orderByModel().get(model);
        return names == null ? null : names.get(name);
    }

    /** Keeps the term an ordering name resolved to (an own column's, which reads no other model). */
    static void rememberOrderTerm(ModelMeta<?> model, String name, OrderTerm term, Kept resolvedIn) {
        keep(resolvedIn.orderByModel(), model, name, List.of(term), resolvedIn);
    }
}
