package io.aksara.schema.migrate;

/**
 * Whether a migration has run on the database, as {@code showmigrations} lists it.
 *
 * @param name    the migration name ({@code 0002_add_products_stock})
 * @param applied whether every changeset of the migration has run
 */
public record MigrationStatus(String name, boolean applied) {
    /** {@code [X] 0001_initial} or {@code [ ] 0002_add_products_stock}. */
    public String line() {
        return (applied ? "[X] " : "[ ] ") + name;
    }
}
