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
    /** @throws IllegalArgumentException when the name cannot go into SQL ({@link SqlNames#identifierProblem}) */
    public IndexMeta {
        SqlNames.checkIdentifier((unique ? "Unique constraint" : "Index") + " name", name);
        fields = List.copyOf(fields);
    }
}
