package io.aksara.internal;

/**
 * One element of a column array as a generated column writer fills it ({@link
 * io.aksara.meta.ModelColumnWriter}): an {@code Object[]} (or a subtype such as {@code String[]})
 * or the primitive array of a {@code long}, {@code int}, {@code boolean} or {@code double} field.
 * A switch over the array's class instead of {@code java.lang.reflect.Array.get}, so reading a
 * column row by row stays free of reflection.
 *
 * <pre>{@code
 * Object stock = ColumnArrays.element(new long[] {7, 9}, 1);   // Long 9
 * }</pre>
 */
public final class ColumnArrays {
    private ColumnArrays() {}

    /** Element {@code i} of {@code column}, boxed when the column is a primitive array. */
    public static Object element(Object column, int i) {
        return switch (column) {
            case Object[] values -> values[i];
            case long[] values -> values[i];
            case int[] values -> values[i];
            case boolean[] values -> values[i];
            case double[] values -> values[i];
            default -> throw new IllegalArgumentException("not a column array: " + column.getClass().getName());
        };
    }
}
