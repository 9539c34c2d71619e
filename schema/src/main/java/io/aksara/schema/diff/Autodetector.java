package io.aksara.schema.diff;

import io.aksara.schema.MigrationError;
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
import io.aksara.schema.state.GeneratedColumnType;
import io.aksara.schema.state.ForeignKeyState;
import io.aksara.schema.state.IndexState;
import io.aksara.schema.state.ModelState;
import io.aksara.schema.state.TableState;
import io.aksara.schema.state.UniqueState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the state the migrations build with the state the models describe and lists the
 * operations that turn one into the other. The order is safe to apply: foreign keys, unique
 * constraints and indexes that go away are dropped first, then tables are dropped and created,
 * columns changed, and new constraints and foreign keys added last (so every target table exists).
 *
 * <pre>{@code
 * Diff diff = Autodetector.diff(fromMigrations, fromModels, DiffOptions.defaults());
 * diff.operations();   // [AddColumn[table=products, column=stock ...]]
 * }</pre>
 */
public final class Autodetector {
    private Autodetector() {}

    /**
     * The operations from {@code from} to {@code to}.
     *
     * @throws MigrationError when a column would become NOT NULL without a default for existing rows
     */
    public static Diff diff(ModelState from, ModelState to, DiffOptions options) {
        List<Operation> early = new ArrayList<>();     // drops of constraints, table renames
        List<Operation> tables = new ArrayList<>();    // drops and creations of tables
        List<Operation> columns = new ArrayList<>();
        List<Operation> late = new ArrayList<>();      // new uniques, indexes, then foreign keys
        List<Operation> lateForeignKeys = new ArrayList<>();
        List<String> possibleRenames = new ArrayList<>();

        Set<String> removed = new TreeSet<>(from.tables().keySet());
        removed.removeAll(to.tables().keySet());
        Set<String> added = new TreeSet<>(to.tables().keySet());
        added.removeAll(from.tables().keySet());

        ModelState current = from;
        for (String newName : List.copyOf(added)) {
            String oldName = renamedTable(from, to.tables().get(newName), removed);
            if (oldName == null) {
                continue;
            }
            if (options.acceptRenames()) {
                early.add(new RenameTable(oldName, newName));
                current = current.without(oldName).with(from.tables().get(oldName).withName(newName));
                removed.remove(oldName);
                added.remove(newName);
            } else {
                possibleRenames.add("table " + oldName + " → " + newName);
            }
        }

        // foreign keys that go: of dropped tables, pointing to dropped tables, or gone from a kept table
        for (TableState t : current.tables().values()) {
            TableState target = to.tables().get(t.name());
            for (ForeignKeyState fk : t.foreignKeys()) {
                boolean keep = target != null && !removed.contains(fk.referencedTable()) && target.foreignKeys().contains(fk)
                        && sameColumns(t, target, fk.columns());
                if (!keep) {
                    early.add(new DropForeignKey(t.name(), fk));
                }
            }
        }
        for (String name : removed) {
            TableState t = current.tables().get(name);
            tables.add(new DropTable(t.withForeignKeys(List.of())));
        }
        for (String name : added) {
            TableState t = to.tables().get(name);
            tables.add(new CreateTable(t.withUniques(List.of()).withIndexes(List.of()).withForeignKeys(List.of())));
            t.uniques().forEach(u -> late.add(new AddUnique(name, u)));
            t.indexes().forEach(i -> late.add(new CreateIndex(name, i)));
            t.foreignKeys().forEach(fk -> lateForeignKeys.add(new AddForeignKey(name, fk)));
        }
        for (TableState before : current.tables().values()) {
            TableState after = to.tables().get(before.name());
            if (after == null) {
                continue;
            }
            TableState renamed = diffColumns(before, after, options, early, columns, possibleRenames);
            for (UniqueState u : renamed.uniques()) {
                if (!after.uniques().contains(u) || !sameColumns(renamed, after, u.columns())) {
                    early.add(new DropUnique(after.name(), u));
                }
            }
            for (IndexState i : renamed.indexes()) {
                if (!after.indexes().contains(i) || !sameColumns(renamed, after, i.columns())) {
                    early.add(new DropIndex(after.name(), i));
                }
            }
            for (UniqueState u : after.uniques()) {
                if (!renamed.uniques().contains(u) || !sameColumns(renamed, after, u.columns())) {
                    late.add(new AddUnique(after.name(), u));
                }
            }
            for (IndexState i : after.indexes()) {
                if (!renamed.indexes().contains(i) || !sameColumns(renamed, after, i.columns())) {
                    late.add(new CreateIndex(after.name(), i));
                }
            }
            for (ForeignKeyState fk : after.foreignKeys()) {
                boolean kept = renamed.foreignKeys().contains(fk) && !removed.contains(fk.referencedTable())
                        && sameColumns(renamed, after, fk.columns());
                if (!kept) {
                    lateForeignKeys.add(new AddForeignKey(after.name(), fk));
                }
            }
        }
        List<Operation> all = new ArrayList<>(early);
        all.addAll(tables);
        all.addAll(columns);
        all.addAll(late);
        all.addAll(lateForeignKeys);
        return new Diff(all, possibleRenames);
    }

    /**
     * Column changes of a kept table, appended to {@code out}; column renames (when accepted) go to
     * {@code early} so constraints on the new name compare equal. Returns the table as it is after
     * the renames.
     */
    private static TableState diffColumns(TableState before, TableState after, DiffOptions options, List<Operation> early,
                                          List<Operation> out, List<String> possibleRenames) {
        String table = after.name();
        List<ColumnState> dropped = before.columns().stream().filter(c -> after.column(c.name()).isEmpty()).toList();
        List<ColumnState> addedColumns = after.columns().stream().filter(c -> before.column(c.name()).isEmpty()).toList();
        TableState current = before;
        List<ColumnState> stillDropped = new ArrayList<>(dropped);
        List<ColumnState> stillAdded = new ArrayList<>(addedColumns);
        Map<String, String> renameHints = new HashMap<>();
        for (ColumnState a : addedColumns) {
            List<ColumnState> same = stillDropped.stream().filter(d -> d.sameDefinition(a)).toList();
            long rivals = stillAdded.stream().filter(x -> same.size() == 1 && x.sameDefinition(same.get(0))).count();
            if (same.size() != 1 || rivals != 1) {
                continue;
            }
            ColumnState old = same.get(0);
            if (options.acceptRenames()) {
                early.add(new RenameColumn(table, old, a.name()));
                current = renameColumn(current, old.name(), a.name());
                stillDropped.remove(old);
                stillAdded.remove(a);
            } else {
                possibleRenames.add("column " + table + "." + old.name() + " → " + table + "." + a.name());
                renameHints.put(a.name(), " If " + table + "." + old.name() + " was renamed to " + table + "." + a.name()
                        + ", run makemigrations with --rename instead.");
            }
        }
        for (ColumnState a : after.columns()) {
            if (stillAdded.contains(a)) {
                out.add(new AddColumn(table, a, fillValue(table, a, null, options, renameHints.getOrDefault(a.name(), ""))));
            }
        }
        for (ColumnState a : after.columns()) {
            ColumnState b = current.column(a.name()).orElse(null);
            if (b != null && !b.equals(a) && (GeneratedColumnType.parse(a.type()) != null || GeneratedColumnType.parse(b.type()) != null)) {
                // no database alters a generation expression in place: the column is dropped and added again
                out.add(new DropColumn(table, b));
                out.add(new AddColumn(table, a, null));
            } else if (b != null && !b.equals(a)) {
                boolean becomesNotNull = b.nullable() && !a.nullable();
                out.add(new AlterColumn(table, b, a, becomesNotNull ? fillValue(table, a, b, options, "") : null));
            }
        }
        for (ColumnState d : stillDropped) {
            out.add(new DropColumn(table, d));
        }
        return current;
    }

    /**
     * The value existing rows get when a column is added NOT NULL (or becomes NOT NULL): none is
     * needed with a column default; else a one-off default must be given.
     */
    private static String fillValue(String table, ColumnState column, ColumnState before, DiffOptions options, String hint) {
        if (column.nullable() || column.autoIncrement()) {
            return null;
        }
        String given = options.oneOffDefaults().get(table + "." + column.name());
        if (given != null) {
            return given;
        }
        if (column.defaultValue() != null) {
            return before == null ? null : column.defaultValue().text();
        }
        String what = before == null ? "Adding the NOT NULL column " : "Making the column ";
        String tail = before == null ? "" : " NOT NULL";
        throw new MigrationError(what + table + "." + column.name() + tail + " needs a value for the rows the table "
                + "already has, and the field has no default. Give the field a default (@Default(\"...\") or a field "
                + "initializer), make it nullable, or give a one-off value for existing rows: "
                + "makemigrations --default " + table + "." + column.name() + "=VALUE." + hint);
    }

    private static String renamedTable(ModelState from, TableState added, Set<String> removed) {
        String found = null;
        for (String name : removed) {
            TableState old = from.tables().get(name);
            if (sameColumnDefinitions(old, added)) {
                if (found != null) {
                    return null; // ambiguous: never guess
                }
                found = name;
            }
        }
        return found;
    }

    private static boolean sameColumnDefinitions(TableState a, TableState b) {
        return a.columns().equals(b.columns());
    }

    private static TableState renameColumn(TableState t, String from, String to) {
        TableState renamed = t.mapColumn(from, c -> c.withName(to));
        return renamed
                .withUniques(renamed.uniques().stream().map(u -> new UniqueState(u.name(), replace(u.columns(), from, to))).toList())
                .withIndexes(renamed.indexes().stream().map(i -> new IndexState(i.name(), replace(i.columns(), from, to))).toList())
                .withForeignKeys(renamed.foreignKeys().stream().map(fk -> fk.columns().contains(from)
                        ? new ForeignKeyState(fk.name(), String.join(", ", replace(fk.columns(), from, to)), fk.referencedTable(),
                                fk.referencedColumn(), fk.onDelete()) : fk).toList());
    }

    private static List<String> replace(List<String> columns, String from, String to) {
        return columns.stream().map(c -> c.equals(from) ? to : c).toList();
    }

    /** Whether a column is there before and after with the same type (so constraints on it can stay). */
    private static boolean sameColumn(TableState before, TableState after, String column) {
        return before.column(column).isPresent() && after.column(column).isPresent()
                && Objects.equals(before.column(column).get().type(), after.column(column).get().type());
    }

    private static boolean sameColumns(TableState before, TableState after, List<String> columns) {
        return columns.stream().allMatch(c -> sameColumn(before, after, c));
    }
}
