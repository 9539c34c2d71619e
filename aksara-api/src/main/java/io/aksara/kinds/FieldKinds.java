package io.aksara.kinds;

import io.aksara.errors.AksaraException;
import io.aksara.meta.FieldType;
import java.lang.reflect.InvocationTargetException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one instance of each field kind class, and the built-in kind of each column type.
 *
 * <pre>{@code
 * FieldKinds.get(DecimalKind.class);        // the shared DecimalKind
 * FieldKinds.of(FieldType.DECIMAL);         // the same instance
 * }</pre>
 */
public final class FieldKinds {
    private static final Map<Class<?>, FieldKind<?>> BY_CLASS = new ConcurrentHashMap<>();
    private static final Map<FieldType, FieldKind<?>> BUILT_IN = new EnumMap<>(FieldType.class);

    static {
        for (FieldKind<?> k : new FieldKind<?>[] {new StringKind(), new TextKind(), new EmailKind(), new IntegerKind(), new SmallIntegerKind(),
                new BigIntegerKind(), new AutoKind(), new FloatKind(), new DecimalKind(), new BooleanKind(),
                new DateTimeKind(), new LocalDateTimeKind(), new DateKind(), new TimeKind(), new DurationKind(), new UuidKind(), new JsonKind(), new BinaryKind(), new ForeignKeyKind(),
                new TextArrayKind()}) {
            BUILT_IN.put(k.type(), k);
            BY_CLASS.put(k.getClass(), k);
        }
    }

    private FieldKinds() {}

    /** The built-in kind of a column type. */
    public static FieldKind<?> of(FieldType type) {
        return BUILT_IN.get(type);
    }

    /**
     * The shared instance of a kind class, made once through its public no-argument constructor.
     *
     * @throws AksaraException when the class cannot be instantiated, naming it
     */
    @SuppressWarnings("unchecked")
    public static <K extends FieldKind<?>> K get(Class<K> kindClass) {
        return (K) BY_CLASS.computeIfAbsent(kindClass, FieldKinds::instantiate);
    }

    private static FieldKind<?> instantiate(Class<?> kindClass) {
        try {
            return (FieldKind<?>) kindClass.getConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new AksaraException("Field kind " + kindClass.getName()
                    + " needs a public no-argument constructor and must not be abstract: " + e, e);
        }
    }
}
