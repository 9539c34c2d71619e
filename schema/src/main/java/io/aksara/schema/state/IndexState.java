package io.aksara.schema.state;

import java.util.List;

/**
 * A non-unique index: a {@code dbIndex = true} field or a {@code Meta.indexes} entry.
 *
 * @param name    the index name
 * @param columns the columns, in order
 */
public record IndexState(String name, List<String> columns) {
    public IndexState {
        columns = List.copyOf(columns);
    }
}
