package io.aksara.lookup;

import io.aksara.meta.FieldType;

/**
 * A transform: a path segment between the field and the lookup that changes the value compared,
 * e.g. {@code year} in {@code "createdAt__year__gte"}. Transforms chain; the lookup that follows
 * is checked against the last transform's output type.
 *
 * <pre>{@code
 * Product.objects.filter("createdAt__year__gte", 2024);
 * Product.objects.filter("createdAt__date", LocalDate.of(2024, 5, 1));
 * }</pre>
 */
public interface Transform {
    /** The name used in lookup strings ({@code year}). */
    String lookupName();

    /** Whether the transform applies to a value of this type. */
    boolean appliesTo(FieldType type);

    /** The type of the transformed value. */
    FieldType outputType(FieldType input);

    /**
     * The SQL of a transform the backend does not know, as a template where {@code {0}} is the
     * value being transformed, e.g. {@code "char_length({0})"}. Like {@link Lookup#sqlTemplate()}
     * it is trusted code written by the developer, used as it is; never build it from input.
     */
    default String sqlTemplate() {
        return null;
    }

    /**
     * Whether the transformed value has the kind of its input (an array slice is an array of the
     * same elements), so the lookups and values after it are those of the field's kind rather than
     * of {@link #outputType}'s.
     */
    default boolean keepsKind() {
        return false;
    }
}
