package io.aksara.meta;

import io.aksara.Model;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a whole row of a model's own fields, in the model's field order from column 1, into an
 * instance. aksara-codegen writes one per model as straight-line code with direct field stores,
 * so each column has its own call site and the JIT can inline its reading; how each column is
 * read on the database at hand (a typed getter, the column's reader, the kind's conversion) is
 * decided once per query shape by the SQL side and passed in as a {@link RowShape}. A model
 * without one (compiled by an older aksara-codegen, built by hand) is read column by column.
 *
 * <pre>{@code
 * // what the processor writes into Product_ and registers with ModelMeta.Builder.rowReader:
 * private static void readRow(ResultSet rs, Product m, RowShape<Product> s) throws SQLException {
 *     if (s.typed(0)) m.id = rs.getLong(1); else m.id = (Long) s.value(0, m, s.reader(0).read(rs, 1));
 *     m.price = (BigDecimal) s.value(1, m, s.reader(1).read(rs, 2));
 * }
 * }</pre>
 *
 * @param <M> the model
 */
@FunctionalInterface
public interface ModelRowReader<M extends Model> {
    /** Reads the current row's first {@code shape.size()} columns into the instance's fields. */
    void read(ResultSet rs, M instance, RowShape<M> shape) throws SQLException;
}
