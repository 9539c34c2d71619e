package io.aksara.schema.state;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A snapshot of a whole schema as the migrations see it: every table by name. Built from the
 * models ({@link ModelStates#fromModels}) or by replaying the migrations
 * ({@code io.aksara.schema.changelog.ChangelogReader}); the differ compares two of them.
 *
 * <pre>{@code
 * ModelState now = ModelStates.fromModels(ModelRegistry.indexed(loader));
 * now.table("products").orElseThrow().columns();
 * }</pre>
 *
 * @param tables the tables, sorted by name
 */
public record ModelState(Map<String, TableState> tables) {
    public ModelState {
        tables = Collections.unmodifiableMap(new TreeMap<>(tables));
    }

    /** A schema without tables: the state before the first migration. */
    public static ModelState empty() {
        return new ModelState(Map.of());
    }

    /** A state of these tables. */
    public static ModelState of(List<TableState> tables) {
        Map<String, TableState> byName = new TreeMap<>();
        for (TableState t : tables) {
            if (byName.put(t.name(), t) != null) {
                throw new IllegalArgumentException("Two models use the table " + t.name());
            }
        }
        return new ModelState(byName);
    }

    public Optional<TableState> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /** This state with the table added or replaced. */
    public ModelState with(TableState table) {
        Map<String, TableState> copy = new TreeMap<>(tables);
        copy.put(table.name(), table);
        return new ModelState(copy);
    }

    /** This state without the table of this name. */
    public ModelState without(String tableName) {
        Map<String, TableState> copy = new TreeMap<>(tables);
        copy.remove(tableName);
        return new ModelState(copy);
    }
}
