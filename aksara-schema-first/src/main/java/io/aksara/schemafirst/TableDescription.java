package io.aksara.schemafirst;

import java.util.List;
import java.util.Optional;

/**
 * One table as a schema describes it: the common ground between a live database ({@link InspectDb})
 * and jOOQ-generated classes ({@link InspectJooq}), from which model sources are written.
 *
 * @param name        the table name, as Aksara will write it in SQL
 * @param columns     the columns, in table order
 * @param primaryKey  the primary key, or null when the table has none
 * @param uniques     unique constraints (single- and multi-column), the primary key excluded
 * @param foreignKeys foreign key constraints
 * @param indexes     non-unique indexes
 * @param view        whether this is a view or a materialized view (a read-only, unmanaged model)
 */
public record TableDescription(String name, List<ColumnDescription> columns, KeyDescription primaryKey,
        List<KeyDescription> uniques, List<ForeignKeyDescription> foreignKeys, List<KeyDescription> indexes,
        boolean view) {
    /** A table (not a view). */
    public TableDescription(String name, List<ColumnDescription> columns, KeyDescription primaryKey,
            List<KeyDescription> uniques, List<ForeignKeyDescription> foreignKeys, List<KeyDescription> indexes) {
        this(name, columns, primaryKey, uniques, foreignKeys, indexes, false);
    }

    /**
     * This description as a view's: a view has no key of its own, so its column {@code id}, when it
     * has one, is taken as the key a model needs.
     */
    public TableDescription asView() {
        KeyDescription key = primaryKey != null || column("id").isEmpty() ? primaryKey
                : new KeyDescription("pk_" + name, List.of("id"));
        return new TableDescription(name, columns, key, uniques, foreignKeys, indexes, true);
    }

    public TableDescription {
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
    }

    /** The column of that name. */
    public Optional<ColumnDescription> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
