package io.aksara.schema.state;

import java.util.List;

/**
 * A unique constraint: a {@code unique = true} field or a {@code Meta.uniqueTogether}.
 *
 * @param name    the constraint name
 * @param columns the columns, in order
 */
public record UniqueState(String name, List<String> columns) {
    public UniqueState {
        columns = List.copyOf(columns);
    }
}
