package io.aksara.lookup;

import io.aksara.meta.FieldType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slice transform of an array field: {@code tags__0_2} is the list of its elements 0 and 1
 * (Django's {@code SliceTransform}: from the first index, up to the second, counted from 0).
 * PostgreSQL counts from 1 and includes both ends, so it is {@code tags[1:2]}. The result is an
 * array of the same elements, so the array lookups follow it ({@code tags__0_2__contains},
 * {@code tags__0_2__len}). The bounds come from the lookup path, digits only, never from a value.
 *
 * <pre>{@code
 * Post.objects.filter("tags__0_2", List.of("django", "python"));
 * Post.objects.filter("scores__1_3__contains", List.of(3));
 * }</pre>
 *
 * @param from the first index, counted from 0
 * @param to   the index after the last, counted from 0
 */
public record ArraySlice(int from, int to) implements Transform {
    private static final Pattern BOUNDS = Pattern.compile("(\\d{1,9})_(\\d{1,9})");

    /** The transform a path segment names ({@code "0_2"}), or null when it is no slice. */
    public static ArraySlice parse(String segment) {
        Matcher m = BOUNDS.matcher(segment);
        return m.matches() ? new ArraySlice(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
    }

    @Override
    public String lookupName() {
        return from + "_" + to;
    }

    @Override
    public boolean appliesTo(FieldType type) {
        return false;
    }

    @Override
    public FieldType outputType(FieldType input) {
        return FieldType.ARRAY;
    }

    /** The slice of an array is an array of the same kind, so its lookups and values are the field's. */
    @Override
    public boolean keepsKind() {
        return true;
    }

    /**
     * No text template: PostgreSQL writes a slice {@code [1:2]}, and jOOQ reads {@code :2} in a
     * plain-SQL template as a named bind marker; the bridge renders the bounds as numbers.
     */
    @Override
    public String sqlTemplate() {
        return null;
    }
}
