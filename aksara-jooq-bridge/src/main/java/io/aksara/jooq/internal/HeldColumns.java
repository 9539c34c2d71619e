package io.aksara.jooq.internal;

import io.aksara.Model;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelColumnWriter;
import io.aksara.meta.ModelMeta;
import io.aksara.spi.CopiedColumns;
import java.lang.reflect.Array;
import java.util.List;

/**
 * The values a bulk insert's columns bind, one array per column, for all its instances at once
 * (a batch is a range of them): the arrays the API copied when it validated the instances
 * ({@link CopiedColumns}) where they are of the class the column binds, the others copied here
 * by the model's generated {@link ModelColumnWriter} in one pass. Used by {@link UnnestArrays}
 * and {@link InsertBinds}, for a model with a column writer (level 3 code).
 */
final class HeldColumns {
    private final ModelColumnWriter<?> writer;
    /** Each column's field's position in the model's fields: its slot in the copied columns and for {@link #writer}. */
    private final int[] fieldIndex;
    /** The class of array each column binds. */
    private final Class<?>[] arrayClass;
    private final int fieldCount;

    /** {@code empty}: per column, an empty array of the class it binds. */
    HeldColumns(ModelMeta<?> meta, List<? extends FieldMeta<?, ?>> written, Object[] empty) {
        this.writer = meta.columnWriter();
        this.fieldIndex = new int[written.size()];
        this.arrayClass = new Class<?>[written.size()];
        for (int c = 0; c < fieldIndex.length; c++) {
            fieldIndex[c] = meta.fields().indexOf(written.get(c));
            arrayClass[c] = empty[c].getClass();
        }
        this.fieldCount = meta.fields().size();
    }

    /** Whether the model has a column writer; without one, nothing is copied here. */
    boolean copies() {
        return writer != null;
    }

    /** Column {@code c}'s field's position in the model's fields: where {@link #of} holds its values. */
    int slot(int c) {
        return fieldIndex[c];
    }

    /** How many fields the model has: the length of {@link #of}'s array. */
    int fieldCount() {
        return fieldCount;
    }

    /**
     * The instances' values, one array per field in the model's field order (column {@code c}'s at
     * {@link #slot}), row {@code i} at index {@code i}; a field no column writes has a null slot.
     * When the API copied every column as it is bound (the usual bulkCreate), that is its array
     * itself: nothing is allocated here.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Object[] of(List<? extends Model> instances) {
        Object[] copied = CopiedColumns.columnsOf(instances);
        Object[] slots = null; // the columns still to copy; a field no column writes keeps a null slot: not read
        for (int c = 0; c < fieldIndex.length; c++) {
            Object shared = copied == null ? null : copied[fieldIndex[c]];
            if (!arrayClass[c].isInstance(shared)) {
                slots = slots == null ? new Object[fieldCount] : slots;
                slots[fieldIndex[c]] = Array.newInstance(arrayClass[c].getComponentType(), instances.size());
            }
        }
        if (slots == null) {
            return copied; // copied once by the API's validation: bound as it is
        }
        ((ModelColumnWriter) writer).write(instances, slots);
        for (int c = 0; c < fieldIndex.length && copied != null; c++) {
            if (slots[fieldIndex[c]] == null) {
                slots[fieldIndex[c]] = copied[fieldIndex[c]]; // after the write: the API's arrays are not filled again
            }
        }
        return slots;
    }

    /**
     * Rows {@code from} to {@code from + n} of a column's values: the array itself when that is
     * all of it (a bulk insert of one statement, the usual case: no copy), else a copy of the range.
     */
    static Object rows(Object column, int from, int n) {
        if (from == 0 && Array.getLength(column) == n) {
            return column;
        }
        Object out = Array.newInstance(column.getClass().getComponentType(), n);
        System.arraycopy(column, from, out, 0, n);
        return out;
    }
}
