package io.aksara.meta;

import io.aksara.Model;
import java.util.List;

/**
 * How each column of a query shape is read, chosen once per shape by the SQL side and used by a
 * model's generated {@link ModelRowReader} on every row: the column's {@link ColumnGetter},
 * whether the typed getter of the field's Java type ({@code getLong}, {@code getInt},
 * {@code getBoolean}, {@code getDouble}, {@code getString}) reads it exactly as the getter would
 * (a NOT NULL column stored as the built-in type, a kind that converts nothing), and whether the
 * value read is stored as it is or converted by the field ({@link FieldMeta#valueFromColumn}).
 * So vendor differences stay in the SQL side and no vendor logic is generated. Immutable.
 *
 * <pre>{@code
 * RowShape<Product> shape = new RowShape<>(meta.fields(), readers, typed, plain);
 * meta.rowReader().read(rs, product, shape);
 * }</pre>
 *
 * @param <M> the model
 */
public final class RowShape<M extends Model> {
    private final FieldMeta<M, ?>[] fields;
    private final ColumnGetter[] readers;
    private final boolean[] typed;
    private final boolean[] plain;

    /**
     * The shape of a row of {@code fields}, one entry per column in each array.
     *
     * @param fields  the fields read, in column order
     * @param readers each column's reader
     * @param typed   whether the field's Java type's typed getter may read the column instead
     * @param plain   whether the reader's value is the field's value as it is (no conversion, no {@code Ref})
     */
    @SuppressWarnings("unchecked")
    public RowShape(List<FieldMeta<M, ?>> fields, ColumnGetter[] readers, boolean[] typed, boolean[] plain) {
        this.fields = fields.toArray(FieldMeta[]::new);
        if (readers.length != this.fields.length || typed.length != this.fields.length || plain.length != this.fields.length) {
            throw new IllegalArgumentException("a row shape needs one reader, typed and plain flag per field: "
                    + this.fields.length + " fields, " + readers.length + " readers, " + typed.length + " typed, "
                    + plain.length + " plain");
        }
        this.readers = readers.clone();
        this.typed = typed.clone();
        this.plain = plain.clone();
    }

    /** The number of columns (the model's fields). */
    public int size() { return fields.length; }

    /** The reader of column {@code k} (0-based; its JDBC index is {@code k + 1}). */
    public ColumnGetter reader(int k) { return readers[k]; }

    /** Whether column {@code k} may be read by the typed getter of its field's Java type. */
    public boolean typed(int k) { return typed[k]; }

    /** The field's value for {@code raw}, read from column {@code k} of {@code owner}'s row. */
    public Object value(int k, M owner, Object raw) {
        // the common case (a kind that converts nothing) returns at once: no call through the kind
        return plain[k] ? raw : fields[k].valueFromColumn(owner, raw);
    }
}
