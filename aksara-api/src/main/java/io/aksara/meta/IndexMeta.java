package io.aksara.meta;

import java.util.List;

/**
 * A multi-column index or unique constraint declared in {@link io.aksara.Meta}.
 *
 * @param name   the index or constraint name in the database
 * @param fields the fields, in index order
 * @param unique whether this is a unique constraint
 */
public record IndexMeta(String name, List<FieldMeta<?, ?>> fields, boolean unique) {
    public IndexMeta {
        fields = List.copyOf(fields);
    }
}
