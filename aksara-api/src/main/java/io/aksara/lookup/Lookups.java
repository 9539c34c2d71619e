package io.aksara.lookup;

import io.aksara.errors.FieldError;
import io.aksara.kinds.FieldKind;
import io.aksara.kinds.FieldKinds;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one registry of lookups. Both spellings of a filter, {@code filter("price__lt", 100)} and
 * {@code filter(Product_.price.lt(100))}, resolve their lookup here. A field kind's own lookups
 * and transforms ({@link FieldKind#lookups()}, {@link FieldKind#transforms()}) come first; the
 * shared ones registered here apply by {@link Lookup#appliesTo column type}.
 *
 * <pre>{@code
 * Lookups.find(field, "icontains");
 * Lookups.namesFor(FieldType.DECIMAL);   // [exact, gt, gte, in, isnull, lt, lte, range]
 * }</pre>
 */
public final class Lookups {
    private static final Map<String, Lookup> BY_NAME = new ConcurrentHashMap<>();
    private static final Map<String, Transform> TRANSFORMS = new ConcurrentHashMap<>();
    private static final Map<FieldKind<?>, Map<String, Lookup>> KIND_LOOKUPS = new ConcurrentHashMap<>();
    private static final Map<FieldKind<?>, Map<String, Transform>> KIND_TRANSFORMS = new ConcurrentHashMap<>();
    /** Every kind's own lookups and transforms, registered as a kind's lookups are first looked at, before any is lowered. */
    private static final Set<Object> OWN = ConcurrentHashMap.newKeySet();

    static {
        for (Lookup l : List.of(new Exact(), new IExact(),
                new Contains(), new IContains(), new StartsWith(), new IStartsWith(), new EndsWith(), new IEndsWith(),
                new GreaterThan(), new GreaterThanOrEqual(), new LessThan(), new LessThanOrEqual(),
                new In(), new Range(), new IsNull())) {
            register(l);
        }
        for (DateTransform t : DateTransform.values()) {
            registerTransform(t);
        }
        register(new Regex(false));
        register(new Regex(true));
    }

    /**
     * Adds a transform (or replaces one with the same name).
     *
     * <pre>{@code Lookups.registerTransform(new MyTransform()); }</pre>
     */
    public static void registerTransform(Transform transform) {
        TRANSFORMS.put(transform.lookupName(), transform);
        io.aksara.internal.LookupShapes.forget(); // a path may now resolve to this transform
    }

    /** The transform with this name that applies to the type, or null. In JSON any other name is a key. */
    public static Transform findTransform(FieldType type, String name) {
        return findTransform(FieldKinds.of(type), name);
    }

    /** The transform with this name for a value of the kind: its own first, then a shared one; or null. */
    public static Transform findTransform(FieldKind<?> kind, String name) {
        Transform own = ownTransforms(kind).get(name);
        if (own != null) {
            return own;
        }
        Transform made = kind.transform(name);
        if (made != null) {
            OWN.add(made); // its SQL is its own template, as a listed transform's
            return made;
        }
        FieldType type = kind.type();
        Transform t = TRANSFORMS.get(name);
        if (t != null && kind.appliesShared(t)) {
            return t;
        }
        return type == FieldType.JSON ? new JsonKey(name) : null;
    }

    /** Whether some transform has this name. */
    public static boolean isTransformName(String name) {
        return TRANSFORMS.containsKey(name);
    }

    /** The names of the transforms that apply to a type, sorted. */
    public static List<String> transformNamesFor(FieldType type) {
        return transformNamesFor(FieldKinds.of(type));
    }

    /** The names of the transforms that apply to a kind (its own and the shared ones), sorted. */
    public static List<String> transformNamesFor(FieldKind<?> kind) {
        TreeSet<String> names = new TreeSet<>(ownTransforms(kind).keySet());
        TRANSFORMS.values().stream().filter(kind::appliesShared).forEach(t -> names.add(t.lookupName()));
        return List.copyOf(names);
    }

    /** The lookup with this name for a value of the type (after transforms), or a {@link FieldError}. */
    public static Lookup find(FieldType type, String name, String subject) {
        return find(FieldKinds.of(type), name, subject);
    }

    /**
     * The lookup with this name for a value of the kind (its own first), or null: for callers that
     * build the error's text only when there is an error (resolving a filter runs on every query).
     */
    public static Lookup findOrNull(FieldKind<?> kind, String name) {
        return lookupFor(kind, name);
    }

    /** The lookup with this name for a value of the kind (its own first), or a {@link FieldError}. */
    public static Lookup find(FieldKind<?> kind, String name, String subject) {
        Lookup l = lookupFor(kind, name);
        if (l == null) {
            List<String> transforms = transformNamesFor(kind);
            throw new FieldError("Unsupported lookup '" + name + "' for " + subject + "." + " Valid lookups: "
                    + String.join(", ", namesFor(kind)) + (transforms.isEmpty() ? ""
                    : "; transforms: " + String.join(", ", transforms)));
        }
        return l;
    }

    private static Lookup lookupFor(FieldKind<?> kind, String name) {
        Lookup own = ownLookups(kind).get(name);
        if (own != null) {
            return own;
        }
        Lookup l = BY_NAME.get(name);
        return l != null && kind.appliesShared(l) ? l : null;
    }

    /** Whether a lookup is a kind's own rather than a shared one: its SQL is then its own template. */
    public static boolean isKindLookup(Lookup lookup) {
        return OWN.contains(lookup);
    }

    /** Whether a transform is a kind's own rather than a shared one: its SQL is then its own template. */
    public static boolean isKindTransform(Transform transform) {
        return OWN.contains(transform);
    }

    private static Map<String, Lookup> ownLookups(FieldKind<?> kind) {
        return KIND_LOOKUPS.computeIfAbsent(kind, k -> byName(k.lookups(), Lookup::name));
    }

    private static Map<String, Transform> ownTransforms(FieldKind<?> kind) {
        return KIND_TRANSFORMS.computeIfAbsent(kind, k -> byName(k.transforms(), Transform::lookupName));
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> out = new HashMap<>();
        items.forEach(i -> out.put(name.apply(i), i));
        OWN.addAll(items);
        return Map.copyOf(out);
    }

    private Lookups() {}

    /**
     * Adds a lookup (or replaces one with the same name).
     *
     * <pre>{@code Lookups.register(new MyLookup()); }</pre>
     */
    public static void register(Lookup lookup) {
        BY_NAME.put(lookup.name(), lookup);
        io.aksara.internal.LookupShapes.forget(); // a path may now end in this lookup
    }

    /** Whether some lookup has this name, whatever types it applies to. */
    public static boolean isLookupName(String name) {
        return BY_NAME.containsKey(name);
    }

    /**
     * The lookup with this name for this field.
     *
     * @throws FieldError when no lookup of that name applies to the field's type, listing those that do
     */
    public static Lookup find(FieldMeta<?, ?> field, String name) {
        Lookup l = lookupFor(field.kind(), name);
        if (l == null) {
            throw FieldError.unknownLookup(field, name, namesFor(field.kind()));
        }
        return l;
    }

    /** The names of the lookups that apply to a field type, sorted. */
    public static List<String> namesFor(FieldType type) {
        return namesFor(FieldKinds.of(type));
    }

    /** The names of the lookups that apply to a kind (its own and the shared ones), sorted. */
    public static List<String> namesFor(FieldKind<?> kind) {
        TreeSet<String> names = new TreeSet<>(ownLookups(kind).keySet());
        BY_NAME.values().stream().filter(kind::appliesShared).forEach(l -> names.add(l.name()));
        return new ArrayList<>(names);
    }

    static Collection<Lookup> all() {
        return BY_NAME.values();
    }
}
