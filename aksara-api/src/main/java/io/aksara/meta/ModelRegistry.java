package io.aksara.meta;

import io.aksara.Model;
import io.aksara.errors.AksaraException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the metadata of model classes. Each generated metamodel class ({@code Product_}) registers
 * its {@link ModelMeta} when it is initialised; asking for a model whose metamodel has not been
 * loaded yet loads it by name, once. The processor also writes an index of all models
 * ({@value #INDEX_RESOURCE}) so tools can list them without scanning the classpath.
 *
 * <pre>{@code
 * ModelMeta<Product> meta = ModelRegistry.meta(Product.class);
 * List<ModelMeta<?>> all = ModelRegistry.indexed(getClass().getClassLoader());
 * }</pre>
 */
public final class ModelRegistry {
    /** The resource, one per jar or classes folder, listing the binary names of its models. */
    public static final String INDEX_RESOURCE = "META-INF/aksara/models.idx";

    private static final ConcurrentHashMap<Class<?>, ModelMeta<?>> METAS = new ConcurrentHashMap<>();

    /** Counts registrations: what was derived from the registry is still current while this is unchanged. */
    private static final java.util.concurrent.atomic.AtomicInteger GENERATION = new java.util.concurrent.atomic.AtomicInteger();

    private ModelRegistry() {}

    /** Called by generated metamodel classes from their static initialiser. */
    public static <M extends Model> ModelMeta<M> register(ModelMeta<M> meta) {
        METAS.put(meta.type(), meta);
        GENERATION.incrementAndGet(); // after the put: a cache stamped with the new value sees the model
        return meta;
    }

    /**
     * A number that changes whenever a model is registered: a cache of something derived from the
     * registry (a reverse relation found by name) is still valid while it is the same.
     *
     * <pre>{@code
     * int seen = ModelRegistry.generation();
     * ... later: if (ModelRegistry.generation() != seen) recompute();
     * }</pre>
     */
    public static int generation() {
        return GENERATION.get();
    }

    /**
     * The metadata of a model class.
     *
     * @throws AksaraException when the class has no generated metamodel (the processor did not run)
     */
    @SuppressWarnings("unchecked")
    public static <M extends Model> ModelMeta<M> meta(Class<M> type) {
        ModelMeta<?> meta = METAS.get(type);
        if (meta == null) {
            loadMetamodel(type);
            meta = METAS.get(type);
            if (meta == null && Modifier.isAbstract(type.getModifiers())) {
                throw new AksaraException(type.getName() + " is an abstract base model: it has no table, no manager "
                        + "and no metadata of its own; query one of its concrete subclasses");
            }
            if (meta == null) {
                throw new AksaraException("No metadata for model " + type.getName() + ": its metamodel class "
                        + metamodelName(type.getName()) + " was not found. Is io.aksara:aksara-codegen on the "
                        + "compiler's annotationProcessorPaths?");
            }
        }
        return (ModelMeta<M>) meta;
    }

    /** Every model whose metadata is loaded so far (any model a statement has run for), in no order. */
    public static List<ModelMeta<?>> registered() {
        return List.copyOf(METAS.values());
    }

    /** The metadata of a model class given as {@code Class<?>}; see {@link #meta(Class)}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static ModelMeta<? extends Model> metaOf(Class<?> type) {
        if (!Model.class.isAssignableFrom(type)) {
            throw new AksaraException(type.getName() + " is not a model: it does not extend io.aksara.Model");
        }
        return meta((Class) type);
    }

    /** The binary name of the metamodel class of a model ({@code a.b.Outer$Product} → {@code a.b.Outer_Product_}). */
    public static String metamodelName(String modelBinaryName) {
        return modelBinaryName.replace('$', '_') + "_";
    }

    /** Every model listed in the indexes visible to this class loader, in index order. */
    public static List<ModelMeta<?>> indexed(ClassLoader loader) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> resources = loader.getResources(INDEX_RESOURCE);
            while (resources.hasMoreElements()) {
                try (BufferedReader r = new BufferedReader(
                        new InputStreamReader(resources.nextElement().openStream(), StandardCharsets.UTF_8))) {
                    r.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + INDEX_RESOURCE, e);
        }
        List<ModelMeta<?>> metas = new ArrayList<>();
        for (String name : names) {
            try {
                metas.add(metaOf(Class.forName(name, true, loader)));
            } catch (ClassNotFoundException e) {
                throw new AksaraException("Model " + name + " is listed in " + INDEX_RESOURCE + " but cannot be loaded", e);
            }
        }
        return metas;
    }

    /**
     * The foreign keys of every known model that point to {@code target}: the reverse relations
     * that lookup paths such as {@code "products__name"} walk. Models listed in the model index
     * are loaded first, so a relation is found even before its model was used. The list is
     * immutable, sorted by qualified name, and the same one until another model is registered.
     */
    public static List<FieldMeta<?, ?>> reverseRelations(ModelMeta<?> target) {
        return stamped(REVERSE, target, ModelRegistry::findReverseRelations);
    }

    /**
     * Something found by walking every known model, as found at a registry generation. Lookup
     * paths ask for a model's reverse and many-to-many relations on every query that steps over a
     * relation ({@code "owner__in"} asks whether {@code in} is one of the owner's), so the walk is
     * done once per generation.
     */
    private record Stamped<T>(int generation, T value) {}

    private static final ConcurrentHashMap<ModelMeta<?>, Stamped<List<FieldMeta<?, ?>>>> REVERSE = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<ModelMeta<?>, Stamped<List<ManyToManyMeta<?, ?>>>> MANY_TO_MANY_TO =
            new ConcurrentHashMap<>();

    /** What {@code find} gives for {@code target}, walked again only when a model was registered since. */
    private static <T> T stamped(ConcurrentHashMap<ModelMeta<?>, Stamped<T>> cache, ModelMeta<?> target,
            java.util.function.Function<ModelMeta<?>, T> find) {
        loadIndexOnce();
        int seen = GENERATION.get(); // read before the walk: a model registered during it makes the entry stale
        Stamped<T> cached = cache.get(target);
        if (cached != null && cached.generation() == seen) {
            return cached.value();
        }
        T found = find.apply(target);
        cache.put(target, new Stamped<>(seen, found));
        return found;
    }

    /** {@link #reverseRelations}, walking every known model (immutable, sorted by qualified name). */
    private static List<FieldMeta<?, ?>> findReverseRelations(ModelMeta<?> target) {
        List<FieldMeta<?, ?>> out = new ArrayList<>();
        for (ModelMeta<?> m : METAS.values()) {
            if (m.isProxy()) {
                continue; // a proxy's foreign keys are its concrete model's, listed once from there
            }
            for (FieldMeta<?, ?> f : m.declaredFields()) {
                if (f.isRelation() && pointsTo(f.relatedModel(), target)) {
                    out.add(f);
                }
            }
        }
        out.sort(Comparator.comparing(FieldMeta::qualifiedName));
        return List.copyOf(out);
    }

    /**
     * The many-to-many relations of every known model whose target is {@code target}: the ones
     * whose reverse side lookup paths such as {@code "posts__title"} walk. Models listed in the
     * model index are loaded first. The list is immutable, sorted by qualified name, and the same
     * one until another model is registered.
     */
    public static List<ManyToManyMeta<?, ?>> manyToManyTo(ModelMeta<?> target) {
        return stamped(MANY_TO_MANY_TO, target, ModelRegistry::findManyToManyTo);
    }

    /** {@link #manyToManyTo}, walking every known model (immutable, sorted by qualified name). */
    private static List<ManyToManyMeta<?, ?>> findManyToManyTo(ModelMeta<?> target) {
        List<ManyToManyMeta<?, ?>> out = new ArrayList<>();
        for (ModelMeta<?> m : METAS.values()) {
            if (m.isProxy()) {
                continue; // a proxy's relations are its concrete model's
            }
            for (ManyToManyMeta<?, ?> r : m.manyToMany()) {
                if (pointsTo(r.targetType(), target)) {
                    out.add(r);
                }
            }
        }
        out.sort(Comparator.comparing(ManyToManyMeta::qualifiedName));
        return List.copyOf(out);
    }

    /**
     * Whether a relation declared to {@code target} accepts an instance of {@code given}: a subclass
     * of it (a multi-table child, whose key is its parent's), or a model of the same table (a proxy
     * of it, its concrete model, another proxy of that model).
     *
     * <pre>{@code
     * ModelRegistry.accepts(ProxyTrackerUser.class, TrackerUser.class);   // true
     * }</pre>
     */
    public static boolean accepts(Class<? extends Model> target, Class<?> given) {
        return target.isAssignableFrom(given)
                || (Model.class.isAssignableFrom(given) && metaOf(target).concreteType() == metaOf(given).concreteType());
    }

    /**
     * Whether a relation declared to {@code declared} reaches rows of {@code target}: both use one
     * table (the same model, one a proxy of the other, or both proxies of one model). A multi-table
     * child has a table of its own: relations to its parent are reached through its parent link.
     */
    private static boolean pointsTo(Class<? extends Model> declared, ModelMeta<?> target) {
        return declared == target.type() || metaOf(declared).concreteType() == target.concreteType();
    }

    /**
     * Whether a foreign key's reverse side has no name in lookups: its {@code relatedName} ends in
     * {@code '+'}, as Django's (the foreign keys of generated join tables are such). Hidden
     * relations still count for deletions.
     */
    public static boolean reverseHidden(FieldMeta<?, ?> foreignKey) {
        return foreignKey.relatedName() != null && foreignKey.relatedName().endsWith("+");
    }

    /**
     * The name a reverse relation has in lookups: the foreign key's {@code relatedName}, or else
     * the declaring model's name in lower case ({@code Product} → {@code product}), as Django.
     */
    public static String reverseName(FieldMeta<?, ?> foreignKey) {
        return foreignKey.relatedName() != null ? foreignKey.relatedName()
                : foreignKey.model().name().toLowerCase(Locale.ROOT);
    }

    /** The foreign key whose reverse side is called {@code name} on {@code target}, or null. */
    public static FieldMeta<?, ?> findReverse(ModelMeta<?> target, String name) {
        for (FieldMeta<?, ?> fk : reverseRelations(target)) {
            if (reverseName(fk).equals(name)) {
                return fk;
            }
        }
        return null;
    }

    private static volatile boolean indexLoaded;

    private static void loadIndexOnce() {
        if (!indexLoaded) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            indexed(loader != null ? loader : ModelRegistry.class.getClassLoader());
            indexLoaded = true;
        }
    }

    private static void loadMetamodel(Class<?> type) {
        try {
            Class.forName(metamodelName(type.getName()), true, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            // reported by the caller with advice
        }
    }
}
