package io.aksara.schema.state;

/**
 * A foreign key from one column to the primary key of another table.
 *
 * @param name             the constraint name
 * @param column           the referencing column
 * @param referencedTable  the target table
 * @param referencedColumn the target column (its primary key)
 * @param onDelete         the database action ({@code CASCADE}, {@code SET NULL}), or null for none
 */
public record ForeignKeyState(String name, String column, String referencedTable, String referencedColumn, String onDelete) {}
