package io.aksara.schema.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One table as the migrations know it: columns in declaration order, the primary key name, and
 * unique constraints, indexes and foreign keys sorted by name (so equal tables are equal values
 * whatever order they were built in).
 *
 * @param name        the table name
 * @param columns     the columns, in declaration order
 * @param primaryKey  the primary key constraint name
 * @param uniques     unique constraints, by name
 * @param indexes     indexes, by name
 * @param foreignKeys foreign keys, by name
 */
public record TableState(String name, List<ColumnState> columns, String primaryKey, List<UniqueState> uniques,
                         List<IndexState> indexes, List<ForeignKeyState> foreignKeys) {
    public TableState {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniques = sorted(uniques, UniqueState::name);
        indexes = sorted(indexes, IndexState::name);
        foreignKeys = sorted(foreignKeys, ForeignKeyState::name);
    }

    /** A table with only columns; constraints are added with the {@code with...} methods. */
    public static TableState of(String name, String primaryKey, List<ColumnState> columns) {
        return new TableState(name, columns, primaryKey, List.of(), List.of(), List.of());
    }

    public Optional<ColumnState> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public TableState withName(String newName) {
        return new TableState(newName, columns, primaryKey, uniques, indexes, foreignKeys);
    }

    public TableState withColumns(List<ColumnState> newColumns) {
        return new TableState(name, newColumns, primaryKey, uniques, indexes, foreignKeys);
    }

    /** Replaces the column of this name (keeping its place) with the result of {@code change}. */
    public TableState mapColumn(String columnName, UnaryOperator<ColumnState> change) {
        List<ColumnState> out = new ArrayList<>();
        for (ColumnState c : columns) {
            out.add(c.name().equals(columnName) ? change.apply(c) : c);
        }
        return withColumns(out);
    }

    public TableState withUniques(List<UniqueState> newUniques) {
        return new TableState(name, columns, primaryKey, newUniques, indexes, foreignKeys);
    }

    public TableState withIndexes(List<IndexState> newIndexes) {
        return new TableState(name, columns, primaryKey, uniques, newIndexes, foreignKeys);
    }

    public TableState withForeignKeys(List<ForeignKeyState> newForeignKeys) {
        return new TableState(name, columns, primaryKey, uniques, indexes, newForeignKeys);
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> key) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(key));
        return List.copyOf(copy);
    }
}
