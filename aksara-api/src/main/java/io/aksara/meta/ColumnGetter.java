package io.aksara.meta;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads one column of the current row as the value its field's column holds; SQL NULL is null.
 * The SQL side chooses one per column and vendor ({@code io.aksara.jooq.types.ColumnReader} is
 * one) and hands it to a model's generated {@link ModelRowReader} through a {@link RowShape}.
 *
 * <pre>{@code
 * ColumnGetter cents = (rs, i) -> {
 *     long v = rs.getLong(i);
 *     return rs.wasNull() ? null : v;
 * };
 * }</pre>
 */
@FunctionalInterface
public interface ColumnGetter {
    Object read(ResultSet rs, int index) throws SQLException;
}
