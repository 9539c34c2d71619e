package io.aksara.lookup;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one registry of lookups. Both spellings of a filter, {@code filter("price__lt", 100)} and
 * {@code filter(Product_.price.lt(100))}, resolve their lookup here.
 *
 * <pre>{@code
 * Lookups.find(field, "icontains");
 * Lookups.namesFor(FieldType.DECIMAL);   // [exact, gt, gte, in, isnull, lt, lte, range]
 * }</pre>
 */
public final class Lookups {
    private static final Map<String, Lookup> BY_NAME = new ConcurrentHashMap<>();
    private static final Map<String, Transform> TRANSFORMS = new ConcurrentHashMap<>();

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
    }

    /** The transform with this name that applies to the type, or null. In JSON any other name is a key. */
    public static Transform findTransform(FieldType type, String name) {
        Transform t = TRANSFORMS.get(name);
        if (t != null && t.appliesTo(type)) {
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
        return TRANSFORMS.values().stream().filter(t -> t.appliesTo(type)).map(Transform::lookupName).sorted().toList();
    }

    /** The lookup with this name for a value of the type (after transforms), or a {@link FieldError}. */
    public static Lookup find(FieldType type, String name, String subject) {
        Lookup l = BY_NAME.get(name);
        if (l == null || !l.appliesTo(type)) {
            List<String> valid = new java.util.ArrayList<>(namesFor(type));
            throw new FieldError("Unsupported lookup '" + name + "' for " + subject + "." + " Valid lookups: "
                    + String.join(", ", valid) + (transformNamesFor(type).isEmpty() ? ""
                    : "; transforms: " + String.join(", ", transformNamesFor(type))));
        }
        return l;
    }

    private Lookups() {}

    /**
     * Adds a lookup (or replaces one with the same name).
     *
     * <pre>{@code Lookups.register(new MyLookup()); }</pre>
     */
    public static void register(Lookup lookup) {
        BY_NAME.put(lookup.name(), lookup);
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
        Lookup l = BY_NAME.get(name);
        if (l == null || !l.appliesTo(field.type())) {
            throw FieldError.unknownLookup(field, name, namesFor(field.type()));
        }
        return l;
    }

    /** The names of the lookups that apply to a field type, sorted. */
    public static List<String> namesFor(FieldType type) {
        return BY_NAME.values().stream().filter(l -> l.appliesTo(type)).map(Lookup::name).sorted().toList();
    }

    static Collection<Lookup> all() {
        return BY_NAME.values();
    }
}
