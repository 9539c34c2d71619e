package io.aksara.schema.lint;

import io.aksara.schema.diff.Operation;
import io.aksara.schema.state.ColumnState;

/** An operation in a few words, as findings show it. */
final class OperationText {
    private OperationText() {}

    static String of(Operation op) {
        return switch (op) {
            case Operation.CreateTable c -> "create table " + c.table();
            case Operation.DropTable d -> "drop table " + d.table();
            case Operation.RenameTable r -> "rename table " + r.from() + " to " + r.to();
            case Operation.AddColumn a -> "add column " + a.table() + "." + column(a.column());
            case Operation.DropColumn d -> "drop column " + d.table() + "." + d.column().name();
            case Operation.AlterColumn a -> "alter column " + a.table() + "." + a.after().name() + " from " + column(a.before())
                    + " to " + column(a.after()) + (a.fillNulls() == null ? "" : " (NULLs become " + a.fillNulls() + ")");
            case Operation.RenameColumn r -> "rename column " + r.table() + "." + r.before().name() + " to " + r.to();
            case Operation.AddUnique u -> "add unique constraint " + u.unique().name() + " on " + u.table() + " " + u.unique().columns();
            case Operation.DropUnique u -> "drop unique constraint " + u.unique().name() + " on " + u.table();
            case Operation.CreateIndex i -> "create index " + i.index().name() + " on " + i.table() + " " + i.index().columns();
            case Operation.DropIndex i -> "drop index " + i.index().name() + " on " + i.table();
            case Operation.AddForeignKey f -> "add foreign key " + f.foreignKey().name() + " " + f.table() + "." + f.foreignKey().column()
                    + " -> " + f.foreignKey().referencedTable() + "." + f.foreignKey().referencedColumn();
            case Operation.DropForeignKey f -> "drop foreign key " + f.foreignKey().name() + " on " + f.table();
        };
    }

    private static String column(ColumnState c) {
        return c.name() + " " + c.type() + (c.nullable() ? " NULL" : " NOT NULL")
                + (c.defaultValue() == null ? "" : " DEFAULT " + c.defaultValue().text());
    }
}
