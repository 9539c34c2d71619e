package io.aksara.spi;

import io.aksara.Model;
import io.aksara.meta.ModelColumnWriter;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The instances of a {@link Backend#bulkInsert bulk insert} together with the columns the API
 * already copied from them to validate them (with the model's generated {@link ModelColumnWriter}),
 * so the backend binds those arrays instead of reading every instance again. It is an unmodifiable
 * view of the instances: a backend that does not know this class (or a wrapper that passes the
 * list on) sees the same instances, in the same order, and reads them as it always did.
 *
 * <p>{@link #columns()} follows {@link ModelColumnWriter}'s contract: one slot per field of the
 * model, in field order; null for a field that was not copied (a key the database makes, a
 * generated column), else an array with the values the instances held when they were validated,
 * row {@code i} at index {@code i}. A primitive {@code long/int/boolean/double} field is held in
 * its primitive array, a text field in a {@code String[]}, a decimal in a {@code BigDecimal[]},
 * every other field in an {@code Object[]}. A backend takes an array only if it is of the class it
 * binds, and copies any other column itself; it must not change the arrays.
 *
 * <pre>{@code
 * // in a backend's bulkInsert(meta, instances, batchSize, ignoreConflicts):
 * Object[] copied = CopiedColumns.columnsOf(instances); // null: read the instances
 * int slot = meta.fields().indexOf(meta.field("name"));
 * if (copied != null && copied[slot] instanceof String[] names) {
 *     bindArray(names); // names[i] is instances.get(i)'s name
 * }
 * }</pre>
 *
 * @param <T> the model
 */
public final class CopiedColumns<T extends Model> extends AbstractList<T> implements RandomAccess {
    private final List<T> instances;
    private final Object[] columns;

    private CopiedColumns(List<T> instances, Object[] columns) {
        this.instances = Objects.requireNonNull(instances, "instances");
        this.columns = Objects.requireNonNull(columns, "columns");
    }

    /** The instances, carrying {@code columns} copied from all of them (as {@link #columns()}). */
    public static <T extends Model> List<T> of(List<T> instances, Object[] columns) {
        return new CopiedColumns<>(instances, columns);
    }

    /** The columns copied from {@code instances}, if it is a {@code CopiedColumns}; else null. */
    public static Object[] columnsOf(List<?> instances) {
        return instances instanceof CopiedColumns<?> copied ? copied.columns : null;
    }

    /** One slot per field of the model: see the class description. */
    public Object[] columns() {
        return columns;
    }

    @Override public T get(int index) {
        return instances.get(index);
    }

    @Override public int size() {
        return instances.size();
    }
}
