package io.aksara.kinds;

import io.aksara.lookup.Lookup;
import io.aksara.lookup.Transform;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.util.List;

/**
 * What a field is, as an object: the Java type it holds, how a value given by the user becomes
 * that type (or why it cannot), how a {@code @Default} text is parsed, and the lookups and
 * transforms that belong to it alone. A field annotation names its kind with the {@link Kind}
 * meta-annotation, so the annotation processor and the runtime both find the kind from the
 * annotation; a kind of your own works the same way.
 *
 * <p>Every kind is stored in a column of one of the built-in column types ({@link #type()}). A
 * kind of your own usually extends {@link CodecKind}: it stores its values as a built-in kind
 * does and converts between the two.
 *
 * <pre>{@code
 * FieldKind<?> kind = Product_.META.field("price").kind();   // a DecimalKind
 * kind.javaClass();                                           // BigDecimal.class
 * kind.parseDefault("9.99");                                  // BigDecimal 9.99
 * }</pre>
 *
 * <p>Implementations are stateless and have a public no-argument constructor: one instance per
 * class is shared ({@link FieldKinds#get}).
 *
 * @param <V> the Java type of the field's values (boxed)
 */
public interface FieldKind<V> {
    /**
     * The built-in column type of the values: the shared lookups that apply, and the column the
     * values are stored in unless the kind declares an SQL type of its own (the bridge's
     * {@code io.aksara.jooq.types.DeclaresSqlType}).
     */
    FieldType type();

    /** The Java class of the field's values (boxed). */
    Class<V> javaClass();

    /** The name used in messages, e.g. {@code DecimalField}. */
    default String displayName() {
        return type().displayName();
    }

    /**
     * Checks a value given by the user and converts it to what the column stores (for the built-in
     * kinds, the field's own Java type).
     *
     * @throws io.aksara.errors.FieldError naming the field and what was expected
     */
    Object toColumn(FieldMeta<?, ?> field, Object value);

    /**
     * Checks a value given by the user and converts it to what the Java field holds.
     *
     * @throws io.aksara.errors.FieldError naming the field and what was expected
     */
    default Object toAttribute(FieldMeta<?, ?> field, Object value) {
        return toColumn(field, value);
    }

    /** The column value of a value the Java field holds (already checked). */
    default Object encode(Object attribute) {
        return attribute;
    }

    /** The value the Java field holds for a value read from the column. */
    default Object decode(Object column) {
        return column;
    }

    /**
     * The value the Java field holds for a value read from the column of this field; a kind whose
     * Java type depends on the declared field (an enum) reads it from {@link FieldMeta#javaType()}.
     */
    default Object decode(FieldMeta<?, ?> field, Object column) {
        return decode(column);
    }

    /**
     * The value of a {@code @Default} text, as the column stores it.
     *
     * @throws IllegalArgumentException when the text is not a value of this kind
     */
    Object parseDefault(String text);

    /**
     * Lookups that belong to this kind only. They are found before the shared lookups of the
     * same name, so a kind can give {@code contains} a meaning of its own; their SQL is their
     * {@link Lookup#sqlTemplate()}.
     */
    default List<Lookup> lookups() {
        return List.of();
    }

    /** Transforms that belong to this kind only, found before the shared ones of the same name. */
    default List<Transform> transforms() {
        return List.of();
    }

    /**
     * A transform this kind makes from its name, for names that are not fixed words (an array's
     * index {@code tags__0}); null when the name is none. Asked after {@link #transforms()}.
     */
    default Transform transform(String name) {
        return null;
    }

    /** Whether a shared lookup applies to this kind; by default, every one that accepts its column type. */
    default boolean appliesShared(Lookup lookup) {
        return lookup.appliesTo(type());
    }

    /** Whether a shared transform applies to this kind; by default, every one that accepts its column type. */
    default boolean appliesShared(Transform transform) {
        return transform.appliesTo(type());
    }
}
