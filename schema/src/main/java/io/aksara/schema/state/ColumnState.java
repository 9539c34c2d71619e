package io.aksara.schema.state;

import java.util.Objects;

/**
 * One column as the migrations know it. The type is the Liquibase type text written to the
 * changelog ({@code VARCHAR(100)}, {@code ${aksara.datetime}}), so two states compare by the very
 * text a migration would carry.
 *
 * <pre>{@code
 * new ColumnState("price", "DECIMAL(10,2)", false, DefaultValue.numeric("0"), false, false);
 * }</pre>
 *
 * @param name          the column name
 * @param type          the Liquibase type text
 * @param nullable      whether NULL is allowed
 * @param defaultValue  the column default, or null
 * @param autoIncrement whether the database generates the value (the implicit {@code id})
 * @param primaryKey    whether this is the primary key column
 */
public record ColumnState(String name, String type, boolean nullable, DefaultValue defaultValue,
                          boolean autoIncrement, boolean primaryKey) {
    public ColumnState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** The same column under another name. */
    public ColumnState withName(String newName) {
        return new ColumnState(newName, type, nullable, defaultValue, autoIncrement, primaryKey);
    }

    /** Whether the two columns differ only by name (a rename candidate). */
    public boolean sameDefinition(ColumnState other) {
        return type.equals(other.type) && nullable == other.nullable && Objects.equals(defaultValue, other.defaultValue)
                && autoIncrement == other.autoIncrement && primaryKey == other.primaryKey;
    }
}
