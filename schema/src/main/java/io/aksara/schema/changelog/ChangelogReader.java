package io.aksara.schema.changelog;

import io.aksara.schema.MigrationError;
import io.aksara.schema.state.ColumnState;
import io.aksara.schema.state.DefaultValue;
import io.aksara.schema.state.GeneratedColumnType;
import io.aksara.schema.state.ForeignKeyState;
import io.aksara.schema.state.IndexState;
import io.aksara.schema.state.ModelState;
import io.aksara.schema.state.TableState;
import io.aksara.schema.state.UniqueState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Rebuilds the schema state the migrations of a directory describe, by replaying their schema
 * changes in order. Changes that do not shape the schema (raw SQL, Java code, inserts) are
 * skipped: a data migration leaves the state as it is.
 *
 * <pre>{@code ModelState built = ChangelogReader.replay(new MigrationFiles(Path.of("migrations"))); }</pre>
 */
public final class ChangelogReader {
    private ChangelogReader() {}

    /**
     * Sees one schema change of a migration with the state just before it, as
     * {@link #walk(MigrationFiles, ChangeVisitor)} replays them.
     */
    @FunctionalInterface
    public interface ChangeVisitor {
        /**
         * @param migration the migration's name
         * @param kind      the Liquibase change ({@code addColumn}, {@code createIndex}, {@code sql}, ...)
         * @param change    its attributes as the YAML holds them
         * @param before    the schema just before the change
         */
        void change(String migration, String kind, Map<?, ?> change, ModelState before);
    }

    /** The state after every migration of the directory. */
    public static ModelState replay(MigrationFiles files) {
        return walk(files, (migration, kind, change, before) -> { });
    }

    /**
     * Replays every migration as {@link #replay} does, showing each change (data changes too) to
     * {@code visitor} with the state before it; returns the final state.
     *
     * <pre>{@code
     * ChangelogReader.walk(files, (migration, kind, change, before) -> System.out.println(migration + ": " + kind));
     * }</pre>
     */
    public static ModelState walk(MigrationFiles files, ChangeVisitor visitor) {
        ModelState state = ModelState.empty();
        for (String name : files.names()) {
            state = replayFile(state, name, files.file(name), visitor);
        }
        return state;
    }

    private static ModelState replayFile(ModelState state, String name, Path file, ChangeVisitor visitor) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migration " + file, e);
        } catch (RuntimeException e) {
            throw new MigrationError("Migration " + name + " (" + file + ") is not valid YAML: " + e.getMessage(), e);
        }
        for (Object entry : list(map(root, name).get("databaseChangeLog"))) {
            Object changeSet = map(entry, name).get("changeSet");
            if (changeSet == null) {
                continue;
            }
            for (Object change : list(map(changeSet, name).get("changes"))) {
                for (Map.Entry<?, ?> e : map(change, name).entrySet()) {
                    visitor.change(name, String.valueOf(e.getKey()), map(e.getValue(), name), state);
                    try {
                        state = apply(state, String.valueOf(e.getKey()), map(e.getValue(), name));
                    } catch (RuntimeException ex) {
                        throw new MigrationError("Cannot replay " + e.getKey() + " of migration " + name + ": " + ex.getMessage(), ex);
                    }
                }
            }
        }
        return state;
    }

    private static ModelState apply(ModelState s, String kind, Map<?, ?> c) {
        return switch (kind) {
            case "createTable" -> {
                String pkName = null;
                List<ColumnState> columns = new ArrayList<>();
                for (Object col : list(c.get("columns"))) {
                    Map<?, ?> column = map(map(col, kind).get("column"), kind);
                    Map<?, ?> constraints = column.get("constraints") instanceof Map<?, ?> m ? m : Map.of();
                    if (constraints.get("primaryKeyName") != null) {
                        pkName = text(constraints.get("primaryKeyName"));
                    }
                    columns.add(column(column, constraints));
                }
                yield s.with(TableState.of(text(c.get("tableName")), pkName, columns));
            }
            case "dropTable" -> s.without(table(s, c.get("tableName")).name());
            case "renameTable" -> {
                TableState t = table(s, c.get("oldTableName"));
                yield s.without(t.name()).with(t.withName(text(c.get("newTableName"))));
            }
            case "addColumn" -> {
                TableState t = table(s, c.get("tableName"));
                List<ColumnState> columns = new ArrayList<>(t.columns());
                for (Object col : list(c.get("columns"))) {
                    Map<?, ?> column = map(map(col, kind).get("column"), kind);
                    Map<?, ?> constraints = column.get("constraints") instanceof Map<?, ?> m ? m : Map.of();
                    columns.add(column(column, constraints));
                }
                yield s.with(t.withColumns(columns));
            }
            case "dropColumn" -> {
                TableState t = table(s, c.get("tableName"));
                String name = text(c.get("columnName"));
                yield s.with(t.withColumns(t.columns().stream().filter(col -> !col.name().equals(name)).toList()));
            }
            case "renameColumn" -> {
                TableState t = table(s, c.get("tableName"));
                yield s.with(t.mapColumn(text(c.get("oldColumnName")), col -> col.withName(text(c.get("newColumnName")))));
            }
            case "modifyDataType" -> alter(s, c, col -> new ColumnState(col.name(), text(c.get("newDataType")), col.nullable(),
                    col.defaultValue(), col.autoIncrement(), col.primaryKey()));
            case "addNotNullConstraint" -> alter(s, c, col -> new ColumnState(col.name(), col.type(), false,
                    col.defaultValue(), col.autoIncrement(), col.primaryKey()));
            case "dropNotNullConstraint" -> alter(s, c, col -> new ColumnState(col.name(), col.type(), true,
                    col.defaultValue(), col.autoIncrement(), col.primaryKey()));
            case "addDefaultValue" -> alter(s, c, col -> new ColumnState(col.name(), col.type(), col.nullable(),
                    defaultValue(c), col.autoIncrement(), col.primaryKey()));
            case "dropDefaultValue" -> alter(s, c, col -> new ColumnState(col.name(), col.type(), col.nullable(),
                    null, col.autoIncrement(), col.primaryKey()));
            case "addUniqueConstraint" -> {
                TableState t = table(s, c.get("tableName"));
                List<UniqueState> uniques = new ArrayList<>(t.uniques());
                uniques.add(new UniqueState(text(c.get("constraintName")), columnList(c.get("columnNames"))));
                yield s.with(t.withUniques(uniques));
            }
            case "dropUniqueConstraint" -> {
                TableState t = table(s, c.get("tableName"));
                String name = text(c.get("constraintName"));
                yield s.with(t.withUniques(t.uniques().stream().filter(u -> !u.name().equals(name)).toList()));
            }
            case "createIndex" -> {
                TableState t = table(s, c.get("tableName"));
                List<String> columns = new ArrayList<>();
                for (Object col : list(c.get("columns"))) {
                    columns.add(text(map(map(col, kind).get("column"), kind).get("name")));
                }
                List<IndexState> indexes = new ArrayList<>(t.indexes());
                indexes.add(new IndexState(text(c.get("indexName")), columns));
                yield s.with(t.withIndexes(indexes));
            }
            case "dropIndex" -> {
                TableState t = table(s, c.get("tableName"));
                String name = text(c.get("indexName"));
                yield s.with(t.withIndexes(t.indexes().stream().filter(i -> !i.name().equals(name)).toList()));
            }
            case "addForeignKeyConstraint" -> {
                TableState t = table(s, c.get("baseTableName"));
                List<ForeignKeyState> fks = new ArrayList<>(t.foreignKeys());
                fks.add(new ForeignKeyState(text(c.get("constraintName")), text(c.get("baseColumnNames")),
                        text(c.get("referencedTableName")), text(c.get("referencedColumnNames")),
                        c.get("onDelete") == null ? null : text(c.get("onDelete")),
                        c.get("onUpdate") == null ? null : text(c.get("onUpdate"))));
                yield s.with(t.withForeignKeys(fks));
            }
            case "dropForeignKeyConstraint" -> {
                TableState t = table(s, c.get("baseTableName"));
                String name = text(c.get("constraintName"));
                yield s.with(t.withForeignKeys(t.foreignKeys().stream().filter(f -> !f.name().equals(name)).toList()));
            }
            case "customChange" -> {
                if (!ChangeWriter.GENERATED_CHANGE.equals(text(c.get("class")))) {
                    yield s; // a data migration in Java leaves the schema as it is
                }
                TableState t = table(s, c.get("tableName"));
                List<ColumnState> columns = new ArrayList<>(t.columns());
                columns.add(generatedColumn(c));
                yield s.with(t.withColumns(columns));
            }
            default -> s; // data changes (sql, customChange, insert, ...) leave the schema as it is
        };
    }

    static ColumnState column(Map<?, ?> column, Map<?, ?> constraints) {
        boolean primaryKey = Boolean.parseBoolean(String.valueOf(constraints.get("primaryKey")));
        boolean nullable = !primaryKey && !"false".equals(String.valueOf(constraints.get("nullable")));
        return new ColumnState(text(column.get("name")), text(column.get("type")), nullable, defaultValue(column),
                Boolean.parseBoolean(String.valueOf(column.get("autoIncrement"))), primaryKey);
    }

    /** The column an {@code AddGeneratedColumn} customChange adds. */
    static ColumnState generatedColumn(Map<?, ?> c) {
        return new ColumnState(text(c.get("columnName")), GeneratedColumnType.text(text(c.get("columnType")),
                text(c.get("expression")), !"false".equals(String.valueOf(c.get("stored")))), true, null, false, false);
    }

    static DefaultValue defaultValue(Map<?, ?> attributes) {
        for (DefaultValue.Kind kind : DefaultValue.Kind.values()) {
            Object v = attributes.get(kind.attribute());
            if (v != null) {
                return DefaultValue.fromChangelog(kind, String.valueOf(v));
            }
        }
        return null;
    }

    private static ModelState alter(ModelState s, Map<?, ?> c, UnaryOperator<ColumnState> change) {
        TableState t = table(s, c.get("tableName"));
        String column = text(c.get("columnName"));
        if (t.column(column).isEmpty()) {
            throw new IllegalStateException("table " + t.name() + " has no column " + column);
        }
        return s.with(t.mapColumn(column, change));
    }

    private static TableState table(ModelState s, Object name) {
        return s.table(text(name)).orElseThrow(() -> new IllegalStateException("no table " + name + " at this point"));
    }

    static List<String> columnList(Object names) {
        return Arrays.stream(text(names).split(",")).map(String::trim).filter(n -> !n.isEmpty()).toList();
    }

    static String text(Object o) {
        if (o == null) {
            throw new IllegalStateException("a required attribute is missing");
        }
        return String.valueOf(o);
    }

    static Map<?, ?> map(Object o, String where) {
        if (o instanceof Map<?, ?> m) {
            return m;
        }
        if (o == null) {
            return Map.of();
        }
        throw new MigrationError("Unexpected YAML in migration " + where + ": expected a mapping, found " + o);
    }

    static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }
}
