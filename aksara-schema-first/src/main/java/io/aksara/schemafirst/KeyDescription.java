package io.aksara.schemafirst;

import java.util.List;

/**
 * A named set of columns: a primary key, a unique constraint or an index.
 *
 * @param name    the constraint or index name
 * @param columns the column names, in order
 */
public record KeyDescription(String name, List<String> columns) {
    public KeyDescription {
        columns = List.copyOf(columns);
    }
}
