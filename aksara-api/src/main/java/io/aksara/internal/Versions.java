package io.aksara.internal;

import io.aksara.Model;
import io.aksara.errors.AksaraException;
import io.aksara.fields.Version;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import java.lang.reflect.Field;
import java.util.Optional;

/**
 * The {@link Version @Version} field of a model, found once per class by reflection on the model's
 * public fields (the annotation is a runtime marker next to the field's kind annotation).
 */
public final class Versions {
    private static final ClassValue<Optional<String>> NAMES = new ClassValue<>() {
        @Override
        protected Optional<String> computeValue(Class<?> type) {
            for (Class<?> c = type; c != null && c != Model.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.isAnnotationPresent(Version.class)) {
                        return Optional.of(f.getName());
                    }
                }
            }
            return Optional.empty();
        }
    };

    private Versions() {}

    /** The model's version field, or null when it has none. */
    @SuppressWarnings("unchecked")
    public static <M extends Model> FieldMeta<M, ?> field(ModelMeta<M> meta) {
        Optional<String> name = NAMES.get(meta.type());
        if (name.isEmpty()) {
            return null;
        }
        FieldMeta<M, ?> f = meta.field(name.get());
        if (f.type() != FieldType.INTEGER && f.type() != FieldType.BIG_INTEGER) {
            throw new AksaraException("@Version on " + f.qualifiedName() + " needs an @IntegerField or @BigIntegerField,"
                    + " not a " + f.type().displayName());
        }
        return f;
    }

    /** The version value of an instance as a long (0 when unset). */
    static long value(FieldMeta<?, ?> version, Model instance) {
        Object v = version.getUnchecked(instance);
        return v == null ? 0 : ((Number) v).longValue();
    }

    /** Sets the version of an instance, in the field's own type. */
    static void set(FieldMeta<?, ?> version, Model instance, long value) {
        version.setUnchecked(instance, version.type() == FieldType.INTEGER ? (Object) Math.toIntExact(value) : (Object) value);
    }
}
