package io.aksara.schema.state;

/**
 * A foreign key from one column to the primary key of another table.
 *
 * @param name             the constraint name
 * @param column           the referencing column
 * @param referencedTable  the target table
 * @param referencedColumn the target column (its primary key)
 * @param onDelete         the database action ({@code CASCADE}, {@code SET NULL}), or null for none
 * @param onUpdate         the database's {@code ON UPDATE} action ({@code CASCADE}), or null for none (NO ACTION)
 */
public record ForeignKeyState(String name, String column, String referencedTable, String referencedColumn, String onDelete,
        String onUpdate) {
    /**
     * The referencing columns: the one column, or each column of a foreign key to a composite key,
     * whose {@link #column()} lists them comma-separated as Liquibase does ({@code "bay_depot_id, bay_code"}).
     */
    public java.util.List<String> columns() {
        return java.util.Arrays.stream(column.split(",")).map(String::strip).toList();
    }

    /** The referenced columns, as {@link #columns()}. */
    public java.util.List<String> referencedColumns() {
        return java.util.Arrays.stream(referencedColumn.split(",")).map(String::strip).toList();
    }

    /** A foreign key without an {@code ON UPDATE} action. */
    public ForeignKeyState(String name, String column, String referencedTable, String referencedColumn, String onDelete) {
        this(name, column, referencedTable, referencedColumn, onDelete, null);
    }
}
