package io.aksara.meta;

import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.errors.FieldError;
import io.aksara.internal.Keys;
import java.util.Locale;

/**
 * Converts user-supplied values to what a field holds, or explains why it cannot. Conversions
 * only widen or keep the value exactly ({@code 999.99} becomes {@code BigDecimal 999.99},
 * {@code 5L} fits an integer field); anything lossy or ambiguous is a {@link FieldError} before SQL runs.
 *
 * <pre>{@code
 * Values.toColumnValue(priceField, 999.99);     // BigDecimal 999.99
 * Values.toColumnValue(categoryField, category); // the category's primary key
 * }</pre>
 */
public final class Values {
    private Values() {}

    /**
     * The value as stored in the column (for a foreign key: the target's primary key). Null stays
     * null; callers decide whether null is allowed.
     */
    public static Object toColumnValue(FieldMeta<?, ?> field, Object value) {
        if (value == null) {
            return null;
        }
        if (field.isRelation()) {
            return relationKey(field, value);
        }
        return field.kind().toColumn(field, value);
    }

    /**
     * The value to store in the Java field (for a foreign key: a {@link Ref}).
     *
     * @throws FieldError for a null written to a primitive field or a value of the wrong type
     */
    public static Object toAttributeValue(FieldMeta<?, ?> field, Object value) {
        if (value == null) {
            if (field.primitive()) {
                String boxed = field.javaType().getSimpleName();
                String primitive = boxed.equals("Integer") ? "int" : boxed.toLowerCase(Locale.ROOT);
                throw new FieldError(field.qualifiedName() + " is a primitive " + primitive
                        + " and cannot be set to null; declare it as " + boxed + " (and nullable) to allow null");
            }
            return null;
        }
        if (field.isRelation()) {
            if (value instanceof Ref<?> ref) {
                checkTarget(field, ref.type());
                return ref;
            }
            if (value instanceof Model m) {
                checkTarget(field, m.getClass());
                return Ref.to(m);
            }
            return Ref.toId(field.relatedModel(), relationKey(field, value));
        }
        return field.kind().toAttribute(field, value);
    }

    private static Object relationKey(FieldMeta<?, ?> field, Object value) {
        if (value instanceof Ref<?> ref) {
            checkTarget(field, ref.type());
            return requireSaved(field, ref.id());
        }
        if (value instanceof Model m) {
            checkTarget(field, m.getClass());
            return requireSaved(field, m.pk());
        }
        ModelMeta<?> target = field.relatedMeta(); // one registry lookup per value (an in list of keys asks once per key)
        if (target.hasCompositeKey()) {
            return io.aksara.internal.CompositeKeys.convert(target, value, field.qualifiedName());
        }
        FieldMeta<?, ?> targetPk = target.primaryKey();
        try {
            return Keys.of(targetPk, value);
        } catch (FieldError e) {
            throw FieldError.wrongType(field, "a " + field.relatedModel().getSimpleName() + " instance, a Ref or its "
                    + targetPk.javaType().getSimpleName() + " key", value);
        }
    }

    private static Object requireSaved(FieldMeta<?, ?> field, Object key) {
        if (key == null) {
            throw new FieldError(field.qualifiedName() + " refers to an unsaved " + field.relatedModel().getSimpleName()
                    + ": save it first so it has a primary key");
        }
        return key;
    }

    private static void checkTarget(FieldMeta<?, ?> field, Class<?> given) {
        // a proxy and its concrete model are one table, so either stands for the other (Django's concrete_model check)
        // a one-to-one primary key also takes an instance of its own model, whose key is the target's
        if (!ModelRegistry.accepts(field.relatedModel(), given)
                && !(field.primaryKey() && ModelRegistry.accepts(field.model().type(), given))) {
            throw new FieldError(field.qualifiedName() + " expects a " + field.relatedModel().getSimpleName()
                    + ", got a " + given.getSimpleName());
        }
    }
}
