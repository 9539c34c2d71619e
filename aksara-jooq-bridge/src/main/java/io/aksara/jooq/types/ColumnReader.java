package io.aksara.jooq.types;

import io.aksara.meta.ColumnGetter;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads one column of the current row as the value a field's column holds; SQL NULL is null. A
 * reader is chosen once per column of a statement ({@link SqlType#reader}), never per row.
 *
 * <pre>{@code
 * ColumnReader cents = (rs, i) -> {
 *     long v = rs.getLong(i);
 *     return rs.wasNull() ? null : v;
 * };
 * }</pre>
 */
@FunctionalInterface
public interface ColumnReader extends ColumnGetter {
    // a ColumnGetter too, so a model's generated row reader calls each column's reader itself
    @Override
    Object read(ResultSet rs, int index) throws SQLException;
}
