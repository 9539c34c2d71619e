package io.aksara.schema.changelog;

import io.aksara.schema.diff.Operation;
import io.aksara.schema.diff.Operation.AddColumn;
import io.aksara.schema.diff.Operation.AddForeignKey;
import io.aksara.schema.diff.Operation.AddUnique;
import io.aksara.schema.diff.Operation.AlterColumn;
import io.aksara.schema.diff.Operation.CreateIndex;
import io.aksara.schema.diff.Operation.CreateTable;
import io.aksara.schema.diff.Operation.DropColumn;
import io.aksara.schema.diff.Operation.DropForeignKey;
import io.aksara.schema.diff.Operation.DropIndex;
import io.aksara.schema.diff.Operation.DropTable;
import io.aksara.schema.diff.Operation.DropUnique;
import io.aksara.schema.diff.Operation.RenameColumn;
import io.aksara.schema.diff.Operation.RenameTable;
import io.aksara.schema.state.ColumnState;
import io.aksara.schema.state.DefaultValue;
import io.aksara.schema.state.GeneratedColumnType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns operations into Liquibase changes (as map trees for the {@link YamlEmitter}). MySQL's
 * {@code MODIFY} forgets a column's NOT NULL and default when it changes a type or nullability,
 * so those are stated again after such a change; on the other databases restating them is harmless.
 */
final class ChangeWriter {
    /** The class of the customChange that adds a generated column. */
    static final String GENERATED_CHANGE = "io.aksara.schema.migrate.AddGeneratedColumn";

    private ChangeWriter() {}

    /** The changes of one operation, in order. */
    static List<Map<String, Object>> changes(Operation op) {
        List<Map<String, Object>> out = new ArrayList<>();
        switch (op) {
            case CreateTable c -> {
                Map<String, Object> body = map("tableName", c.table());
                List<Object> columns = new ArrayList<>();
                List<ColumnState> generated = new ArrayList<>();
                for (ColumnState col : c.definition().columns()) {
                    if (GeneratedColumnType.parse(col.type()) != null) {
                        generated.add(col); // Liquibase's createTable has no generated columns: added right after
                    } else {
                        columns.add(map("column", column(col, c.definition().primaryKey(), null)));
                    }
                }
                body.put("columns", columns);
                out.add(map("createTable", body));
                generated.forEach(col -> out.add(addGenerated(c.table(), col, GeneratedColumnType.parse(col.type()))));
            }
            case DropTable d -> out.add(map("dropTable", map("tableName", d.table())));
            case RenameTable r -> out.add(map("renameTable", map("oldTableName", r.from(), "newTableName", r.to())));
            case AddColumn a when GeneratedColumnType.parse(a.column().type()) != null ->
                    out.add(addGenerated(a.table(), a.column(), GeneratedColumnType.parse(a.column().type())));
            case AddColumn a -> {
                out.add(map("addColumn", map("tableName", a.table(),
                        "columns", List.of(map("column", column(a.column(), null, a.oneOffDefault()))))));
                if (a.oneOffDefault() != null && a.column().defaultValue() == null) {
                    out.add(map("dropDefaultValue", map("tableName", a.table(), "columnName", a.column().name(),
                            "columnDataType", a.column().type())));
                }
            }
            case DropColumn d -> out.add(map("dropColumn", map("tableName", d.table(), "columnName", d.column().name())));
            case AlterColumn a -> alter(a, out);
            case RenameColumn r -> out.add(map("renameColumn", map("tableName", r.table(), "oldColumnName", r.before().name(),
                    "newColumnName", r.to(), "columnDataType", r.before().type())));
            case AddUnique u -> out.add(map("addUniqueConstraint", map("tableName", u.table(),
                    "constraintName", u.unique().name(), "columnNames", String.join(", ", u.unique().columns()))));
            case DropUnique u -> out.add(map("dropUniqueConstraint", map("tableName", u.table(),
                    "constraintName", u.unique().name(), "uniqueColumns", String.join(", ", u.unique().columns()))));
            case CreateIndex i -> {
                List<Object> columns = new ArrayList<>();
                i.index().columns().forEach(c -> columns.add(map("column", map("name", c))));
                out.add(map("createIndex", map("tableName", i.table(), "indexName", i.index().name(), "columns", columns)));
            }
            case DropIndex i -> out.add(map("dropIndex", map("tableName", i.table(), "indexName", i.index().name())));
            case AddForeignKey f -> {
                Map<String, Object> body = map("baseTableName", f.table(), "baseColumnNames", f.foreignKey().column(),
                        "constraintName", f.foreignKey().name(), "referencedTableName", f.foreignKey().referencedTable(),
                        "referencedColumnNames", f.foreignKey().referencedColumn());
                if (f.foreignKey().onDelete() != null) {
                    body.put("onDelete", f.foreignKey().onDelete());
                }
                if (f.foreignKey().onUpdate() != null) {
                    body.put("onUpdate", f.foreignKey().onUpdate());
                }
                out.add(map("addForeignKeyConstraint", body));
            }
            case DropForeignKey f -> out.add(map("dropForeignKeyConstraint", map("baseTableName", f.table(),
                    "constraintName", f.foreignKey().name())));
        }
        return out;
    }

    /** The customChange of a generated column: Liquibase has no change of its own for one. */
    private static Map<String, Object> addGenerated(String table, ColumnState col, GeneratedColumnType g) {
        return map("customChange", map("class", GENERATED_CHANGE, "tableName", table, "columnName", col.name(),
                "columnType", g.type(), "expression", g.expression(), "stored", g.stored()));
    }

    private static void alter(AlterColumn a, List<Map<String, Object>> out) {
        ColumnState before = a.before();
        ColumnState after = a.after();
        boolean typeChanged = !before.type().equals(after.type());
        boolean nullChanged = before.nullable() != after.nullable();
        if (typeChanged) {
            out.add(map("modifyDataType", map("tableName", a.table(), "columnName", after.name(), "newDataType", after.type())));
        }
        if (!after.nullable() && (nullChanged || typeChanged)) {
            Map<String, Object> body = map("tableName", a.table(), "columnName", after.name(), "columnDataType", after.type());
            if (a.fillNulls() != null) {
                body.put("defaultNullValue", a.fillNulls());
            }
            out.add(map("addNotNullConstraint", body));
        } else if (after.nullable() && nullChanged) {
            out.add(map("dropNotNullConstraint", map("tableName", a.table(), "columnName", after.name(),
                    "columnDataType", after.type())));
        }
        boolean defaultChanged = !Objects.equals(before.defaultValue(), after.defaultValue());
        if (after.defaultValue() != null && (defaultChanged || typeChanged || nullChanged)) {
            Map<String, Object> body = map("tableName", a.table(), "columnName", after.name(), "columnDataType", after.type());
            body.put(after.defaultValue().kind().attribute(), after.defaultValue().changelogText());
            out.add(map("addDefaultValue", body));
        } else if (after.defaultValue() == null && before.defaultValue() != null) {
            out.add(map("dropDefaultValue", map("tableName", a.table(), "columnName", after.name(),
                    "columnDataType", after.type())));
        }
    }

    private static Map<String, Object> column(ColumnState c, String primaryKeyName, String oneOffDefault) {
        Map<String, Object> col = map("name", c.name(), "type", c.type());
        if (c.autoIncrement()) {
            col.put("autoIncrement", true);
        }
        DefaultValue d = c.defaultValue() != null ? c.defaultValue()
                : oneOffDefault != null ? new DefaultValue(kindFor(c.type(), oneOffDefault), oneOffDefault) : null;
        if (d != null) {
            col.put(d.kind().attribute(), d.changelogText());
        }
        Map<String, Object> constraints = new LinkedHashMap<>();
        if (c.primaryKey()) {
            constraints.put("primaryKey", true);
            if (primaryKeyName != null) {
                constraints.put("primaryKeyName", primaryKeyName);
            }
        }
        constraints.put("nullable", c.nullable());
        col.put("constraints", constraints);
        return col;
    }

    /** How to write a one-off value given as text: numbers and booleans unquoted in the SQL. */
    private static DefaultValue.Kind kindFor(String type, String value) {
        String t = type.toUpperCase(Locale.ROOT);
        if (t.startsWith("INT") || t.startsWith("BIGINT") || t.startsWith("DOUBLE") || t.startsWith("DECIMAL")) {
            return DefaultValue.Kind.NUMERIC;
        }
        if (t.startsWith("BOOLEAN") && ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value))) {
            return DefaultValue.Kind.BOOLEAN;
        }
        return DefaultValue.Kind.TEXT;
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
