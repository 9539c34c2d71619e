package io.aksara.schema.diff;

import io.aksara.schema.state.ColumnState;
import io.aksara.schema.state.ForeignKeyState;
import io.aksara.schema.state.IndexState;
import io.aksara.schema.state.TableState;
import io.aksara.schema.state.UniqueState;
import java.util.ArrayList;
import java.util.List;

/**
 * One schema change found by the {@link Autodetector}. Each operation knows its inverse, so every
 * migration can be rolled back, and a short name used to name the migration file.
 */
public sealed interface Operation {
    /** The table the operation changes. */
    String table();

    /** Words for the migration name ({@code add_products_stock}). */
    String nameHint();

    /** The operations that undo this one, in the order to run them. */
    List<Operation> inverse();

    /** A new table with its columns and primary key; constraints and indexes are separate operations. */
    record CreateTable(TableState definition) implements Operation {
        public String table() { return definition.name(); }
        public String nameHint() { return "create_" + table(); }
        public List<Operation> inverse() { return List.of(new DropTable(definition)); }
    }

    /**
     * Drops a table. {@code definition} is the whole table (columns, uniques, indexes; its
     * foreign keys are dropped by their own operations first), so the rollback can create it again.
     */
    record DropTable(TableState definition) implements Operation {
        public String table() { return definition.name(); }
        public String nameHint() { return "delete_" + table(); }

        public List<Operation> inverse() {
            List<Operation> out = new ArrayList<>();
            out.add(new CreateTable(definition.withUniques(List.of()).withIndexes(List.of()).withForeignKeys(List.of())));
            definition.uniques().forEach(u -> out.add(new AddUnique(table(), u)));
            definition.indexes().forEach(i -> out.add(new CreateIndex(table(), i)));
            return out;
        }
    }

    record RenameTable(String from, String to) implements Operation {
        public String table() { return from; }
        public String nameHint() { return "rename_" + from + "_to_" + to; }
        public List<Operation> inverse() { return List.of(new RenameTable(to, from)); }
    }

    /**
     * Adds a column. A NOT NULL column without a default gets {@code oneOffDefault} to fill the
     * existing rows; the column keeps no default afterwards.
     */
    record AddColumn(String table, ColumnState column, String oneOffDefault) implements Operation {
        public String nameHint() { return "add_" + table + "_" + column.name(); }
        public List<Operation> inverse() { return List.of(new DropColumn(table, column)); }
    }

    record DropColumn(String table, ColumnState column) implements Operation {
        public String nameHint() { return "remove_" + table + "_" + column.name(); }
        public List<Operation> inverse() { return List.of(new AddColumn(table, column, null)); }
    }

    /**
     * Changes a column's type, nullability or default. {@code fillNulls} replaces existing NULLs
     * when the column becomes NOT NULL.
     */
    record AlterColumn(String table, ColumnState before, ColumnState after, String fillNulls) implements Operation {
        public String nameHint() { return "alter_" + table + "_" + after.name(); }
        public List<Operation> inverse() { return List.of(new AlterColumn(table, after, before, null)); }
    }

    record RenameColumn(String table, ColumnState before, String to) implements Operation {
        public String nameHint() { return "rename_" + table + "_" + before.name() + "_to_" + to; }
        public List<Operation> inverse() { return List.of(new RenameColumn(table, before.withName(to), before.name())); }
    }

    record AddUnique(String table, UniqueState unique) implements Operation {
        public String nameHint() { return unique.name(); }
        public List<Operation> inverse() { return List.of(new DropUnique(table, unique)); }
    }

    record DropUnique(String table, UniqueState unique) implements Operation {
        public String nameHint() { return "remove_" + unique.name(); }
        public List<Operation> inverse() { return List.of(new AddUnique(table, unique)); }
    }

    record CreateIndex(String table, IndexState index) implements Operation {
        public String nameHint() { return index.name(); }
        public List<Operation> inverse() { return List.of(new DropIndex(table, index)); }
    }

    record DropIndex(String table, IndexState index) implements Operation {
        public String nameHint() { return "remove_" + index.name(); }
        public List<Operation> inverse() { return List.of(new CreateIndex(table, index)); }
    }

    record AddForeignKey(String table, ForeignKeyState foreignKey) implements Operation {
        public String nameHint() { return foreignKey.name(); }
        public List<Operation> inverse() { return List.of(new DropForeignKey(table, foreignKey)); }
    }

    record DropForeignKey(String table, ForeignKeyState foreignKey) implements Operation {
        public String nameHint() { return "remove_" + foreignKey.name(); }
        public List<Operation> inverse() { return List.of(new AddForeignKey(table, foreignKey)); }
    }
}
