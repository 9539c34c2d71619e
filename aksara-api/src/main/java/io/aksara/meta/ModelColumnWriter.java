package io.aksara.meta;

import io.aksara.Model;
import java.util.List;

/**
 * Copies the fields of a list of instances into one array per field (column-major), for a bulk
 * write that binds whole columns (PostgreSQL's {@code unnest} arrays, a multi-row VALUES).
 * aksara-codegen writes one per model as straight-line code with
 * direct field reads, so each field has its own read site instead of one shared, megamorphic
 * {@link FieldAccess} getter call per field and row; a model without one (compiled by an older
 * aksara-codegen, built by hand) is read field by field through {@link FieldMeta#get}.
 *
 * <p>{@code columns} has one slot per {@link ModelMeta#fields() field}, in field order: null for a
 * field the write leaves out (a key the database makes, a generated column, a deferred field),
 * else an array of at least {@code instances.size()} elements that the copy fills from index 0. A
 * primitive {@code long}, {@code int}, {@code boolean} or {@code double} field takes an array of
 * that primitive ({@code long[]}, ...) or an {@code Object[]} (the value boxed); any other field an
 * {@code Object[]} whose component type holds the field's values (a {@code String[]} for a text
 * field). The values are the fields' values as held, not converted for the column.
 *
 * <pre>{@code
 * // what the processor writes into Product_ and registers with ModelMeta.Builder.columnWriter:
 * private static void writeColumns(List<Product> rows, Object[] c) {
 *     Object[] c0 = (Object[]) c[0];
 *     long[] p1 = c[1] instanceof long[] a1 ? a1 : null;
 *     Object[] c1 = p1 == null ? (Object[]) c[1] : null;
 *     for (int i = 0, n = rows.size(); i < n; i++) {
 *         Product m = rows.get(i);
 *         if (c0 != null) c0[i] = m.name;
 *         if (p1 != null) p1[i] = m.stock; else if (c1 != null) c1[i] = m.stock;
 *     }
 * }
 * // the caller:
 * Object[] columns = new Object[meta.fields().size()];
 * columns[1] = new long[rows.size()];
 * meta.columnWriter().write(rows, columns);
 * }</pre>
 *
 * @param <M> the model
 */
@FunctionalInterface
public interface ModelColumnWriter<M extends Model> {
    /** Copies each field with a non-null slot in {@code columns} from every instance into that slot's array. */
    void write(List<M> instances, Object[] columns);
}
