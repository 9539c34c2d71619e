package io.aksara.kinds;

import io.aksara.errors.FieldError;
import io.aksara.lookup.ArrayIndex;
import io.aksara.lookup.ArraySlice;
import io.aksara.lookup.ArrayLength;
import io.aksara.lookup.ArrayLookup;
import io.aksara.lookup.Lookup;
import io.aksara.lookup.Transform;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The kinds of the array fields: a {@code List} of one element type in the Java field, a
 * PostgreSQL array column ({@code text[]}, {@code integer[]}, ...). The column value is a Java
 * array of the element class, which the bridge binds as one array parameter. Arrays exist on
 * PostgreSQL only, as Django's {@code ArrayField}; elsewhere the bridge refuses the model's column
 * before any SQL runs.
 *
 * <p>Lookups of its own: {@code contains} ({@code @>}), {@code contained_by} ({@code <@}),
 * {@code overlap} ({@code &&}), the {@code len} transform, the index transform ({@code tags__0}) and the
 * slice transform ({@code tags__0_2}); of the shared ones only
 * {@code exact} and {@code isnull}.
 *
 * <pre>{@code
 * Post.objects.filter("tags__contains", List.of("django"));
 * Post.objects.filter("tags__len__gt", 1);
 * }</pre>
 *
 * @param <E> the element type
 */
public abstract class ArrayKind<E> implements FieldKind<List<E>> {
    private static final Set<String> SHARED = Set.of("exact", "isnull");

    private final Class<E> element;
    private final FieldType elementType;

    protected ArrayKind(Class<E> element, FieldType elementType) {
        this.element = element;
        this.elementType = elementType;
    }

    /** The Java class of the elements. */
    public final Class<E> elementClass() {
        return element;
    }

    /** The PostgreSQL element type name ({@code text}, {@code integer}, ...), as the column type writes it. */
    public abstract String sqlElementType();

    @Override
    public final FieldType type() {
        return FieldType.ARRAY;
    }

    @Override
    @SuppressWarnings("unchecked")
    public final Class<List<E>> javaClass() {
        return (Class<List<E>>) (Class<?>) List.class;
    }

    @Override
    public String displayName() {
        return getClass().getSimpleName().replace("Kind", "Field");
    }

    /** Checks a list (null elements allowed) and gives the Java array the column binds. */
    @Override
    public Object toColumn(FieldMeta<?, ?> field, Object value) {
        if (value != null && value.getClass().isArray() && element.isAssignableFrom(value.getClass().getComponentType())) {
            return value;
        }
        if (!(value instanceof List<?> list)) {
            throw FieldError.wrongType(field, "a List of " + element.getSimpleName(), value);
        }
        Object array = Array.newInstance(element, list.size());
        for (int i = 0; i < list.size(); i++) {
            Object e = list.get(i);
            if (e != null && !element.isInstance(e)) {
                throw FieldError.wrongType(field, "a List of " + element.getSimpleName() + " (element " + i + ")", e);
            }
            Array.set(array, i, e);
        }
        return array;
    }

    @Override
    public Object toAttribute(FieldMeta<?, ?> field, Object value) {
        return decode(toColumn(field, value));
    }

    @Override
    public Object encode(Object attribute) {
        if (attribute == null || attribute.getClass().isArray()) {
            return attribute;
        }
        List<?> list = (List<?>) attribute;
        Object array = Array.newInstance(element, list.size());
        for (int i = 0; i < list.size(); i++) {
            Array.set(array, i, list.get(i));
        }
        return array;
    }

    /** An unmodifiable list (it may hold nulls, as an array element may be NULL). */
    @Override
    public Object decode(Object column) {
        if (column == null || column instanceof List<?>) {
            return column;
        }
        return Collections.unmodifiableList(new ArrayList<>(Arrays.asList((Object[]) column)));
    }

    /** An array field takes no {@code @Default} text; a default comes from the field initializer. */
    @Override
    public Object parseDefault(String text) {
        throw new IllegalArgumentException(displayName() + " takes no @Default text; initialise the field instead");
    }

    @Override
    public List<Lookup> lookups() {
        return ArrayLookup.ALL;
    }

    @Override
    public List<Transform> transforms() {
        return List.of(ArrayLength.INSTANCE);
    }

    /**
     * {@code tags__0}: the element at a 0-based index, compared as an element ({@code scores__0__lt=3});
     * {@code tags__0_2}: a slice, an array again ({@code tags__0_2__contains}).
     */
    @Override
    public Transform transform(String name) {
        Transform index = ArrayIndex.parse(name, elementType);
        return index != null ? index : ArraySlice.parse(name);
    }

    @Override
    public boolean appliesShared(Lookup lookup) {
        return SHARED.contains(lookup.name());
    }

    @Override
    public boolean appliesShared(Transform transform) {
        return false;
    }
}
