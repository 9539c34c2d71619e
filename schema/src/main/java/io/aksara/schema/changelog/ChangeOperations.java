package io.aksara.schema.changelog;

import io.aksara.schema.diff.Operation;
import io.aksara.schema.state.ColumnState;
import io.aksara.schema.state.ForeignKeyState;
import io.aksara.schema.state.IndexState;
import io.aksara.schema.state.ModelState;
import io.aksara.schema.state.TableState;
import io.aksara.schema.state.UniqueState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Liquibase change of a migration file read back as the {@link Operation}s makemigrations would
 * have written for it, given the schema just before it, so tools that judge operations (the
 * migration linter) work on hand-written migrations too. Changes that are not schema operations
 * (createTable, sql, customChange, inserts) give none.
 *
 * <pre>{@code
 * ChangelogReader.walk(files, (migration, kind, change, before) ->
 *         ChangeOperations.of(kind, change, before).forEach(System.out::println));
 * }</pre>
 */
public final class ChangeOperations {
    private ChangeOperations() {}

    /** The operations of one change. */
    public static List<Operation> of(String kind, Map<?, ?> c, ModelState before) {
        return switch (kind) {
            case "dropTable" -> List.of(new Operation.DropTable(table(before, c.get("tableName"))));
            case "renameTable" -> List.of(new Operation.RenameTable(ChangelogReader.text(c.get("oldTableName")),
                    ChangelogReader.text(c.get("newTableName"))));
            case "addColumn" -> {
                List<Operation> out = new ArrayList<>();
                for (Object col : ChangelogReader.list(c.get("columns"))) {
                    Map<?, ?> column = ChangelogReader.map(ChangelogReader.map(col, kind).get("column"), kind);
                    Map<?, ?> constraints = column.get("constraints") instanceof Map<?, ?> m ? m : Map.of();
                    out.add(new Operation.AddColumn(ChangelogReader.text(c.get("tableName")),
                            ChangelogReader.column(column, constraints), null));
                }
                yield out;
            }
            case "dropColumn" -> List.of(new Operation.DropColumn(ChangelogReader.text(c.get("tableName")), column(before, c)));
            case "renameColumn" -> {
                ColumnState col = column(before, c, "oldColumnName");
                yield List.of(new Operation.RenameColumn(ChangelogReader.text(c.get("tableName")), col,
                        ChangelogReader.text(c.get("newColumnName"))));
            }
            case "modifyDataType" -> alter(before, c, col -> new ColumnState(col.name(), ChangelogReader.text(c.get("newDataType")),
                    col.nullable(), col.defaultValue(), col.autoIncrement(), col.primaryKey()), null);
            case "addNotNullConstraint" -> alter(before, c, col -> new ColumnState(col.name(), col.type(), false,
                    col.defaultValue(), col.autoIncrement(), col.primaryKey()),
                    c.get("defaultNullValue") == null ? null : String.valueOf(c.get("defaultNullValue")));
            case "dropNotNullConstraint" -> alter(before, c, col -> new ColumnState(col.name(), col.type(), true,
                    col.defaultValue(), col.autoIncrement(), col.primaryKey()), null);
            case "addUniqueConstraint" -> List.of(new Operation.AddUnique(ChangelogReader.text(c.get("tableName")),
                    new UniqueState(ChangelogReader.text(c.get("constraintName")), ChangelogReader.columnList(c.get("columnNames")))));
            case "createIndex" -> {
                List<String> columns = new ArrayList<>();
                for (Object col : ChangelogReader.list(c.get("columns"))) {
                    columns.add(ChangelogReader.text(ChangelogReader.map(ChangelogReader.map(col, kind).get("column"), kind).get("name")));
                }
                yield List.of(new Operation.CreateIndex(ChangelogReader.text(c.get("tableName")),
                        new IndexState(ChangelogReader.text(c.get("indexName")), columns)));
            }
            case "addForeignKeyConstraint" -> List.of(new Operation.AddForeignKey(ChangelogReader.text(c.get("baseTableName")),
                    new ForeignKeyState(ChangelogReader.text(c.get("constraintName")), ChangelogReader.text(c.get("baseColumnNames")),
                            ChangelogReader.text(c.get("referencedTableName")), ChangelogReader.text(c.get("referencedColumnNames")),
                            c.get("onDelete") == null ? null : String.valueOf(c.get("onDelete")))));
            case "customChange" -> ChangeWriter.GENERATED_CHANGE.equals(ChangelogReader.text(c.get("class")))
                    ? List.of(new Operation.AddColumn(ChangelogReader.text(c.get("tableName")), ChangelogReader.generatedColumn(c), null))
                    : List.of();
            default -> List.of();
        };
    }

    private static List<Operation> alter(ModelState before, Map<?, ?> c, java.util.function.UnaryOperator<ColumnState> change,
                                         String fillNulls) {
        ColumnState col = column(before, c);
        return List.of(new Operation.AlterColumn(ChangelogReader.text(c.get("tableName")), col, change.apply(col), fillNulls));
    }

    private static ColumnState column(ModelState before, Map<?, ?> c) {
        return column(before, c, "columnName");
    }

    private static ColumnState column(ModelState before, Map<?, ?> c, String attribute) {
        TableState t = table(before, c.get("tableName"));
        String name = ChangelogReader.text(c.get(attribute));
        return t.column(name).orElseThrow(() -> new IllegalStateException("table " + t.name() + " has no column " + name));
    }

    private static TableState table(ModelState before, Object name) {
        return before.table(ChangelogReader.text(name))
                .orElseThrow(() -> new IllegalStateException("no table " + name + " at this point"));
    }
}
