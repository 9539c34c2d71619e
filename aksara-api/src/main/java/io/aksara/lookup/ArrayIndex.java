package io.aksara.lookup;

import io.aksara.meta.FieldType;
import java.util.regex.Pattern;

/**
 * The index transform of an array field: {@code tags__0} is the first element (Django counts
 * from 0; PostgreSQL arrays from 1, so the SQL adds one). An index past the end is NULL, so it
 * matches no comparison. The index comes from the lookup path, digits only, never from a value.
 *
 * <pre>{@code
 * Post.objects.filter("scores__0", 2);
 * Post.objects.filter("scores__0__lt", 3);
 * }</pre>
 *
 * @param index   the 0-based index
 * @param element the column type of the elements, which the lookups after it compare
 */
public record ArrayIndex(int index, FieldType element) implements Transform {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    /** The transform a path segment names ({@code "0"}), or null when it is no index. */
    public static ArrayIndex parse(String segment, FieldType element) {
        return DIGITS.matcher(segment).matches() ? new ArrayIndex(Integer.parseInt(segment), element) : null;
    }

    @Override
    public String lookupName() {
        return Integer.toString(index);
    }

    @Override
    public boolean appliesTo(FieldType type) {
        return false;
    }

    @Override
    public FieldType outputType(FieldType input) {
        return element;
    }

    @Override
    public String sqlTemplate() {
        return "({0})[" + (index + 1) + "]";
    }
}
