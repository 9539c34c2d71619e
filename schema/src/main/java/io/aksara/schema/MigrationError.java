package io.aksara.schema;

import io.aksara.errors.AksaraException;

/**
 * A migration cannot be made or run: the message names the migration, model or column and says
 * what to do. Thrown before any SQL runs whenever the problem can be seen in advance.
 *
 * <pre>{@code
 * try {
 *     Migrations.at(Path.of("migrations")).migrate("0009_missing");
 * } catch (MigrationError e) {
 *     System.err.println(e.getMessage());   // Unknown migration '0009_missing'. Known: 0001_initial, ...
 * }
 * }</pre>
 */
public class MigrationError extends AksaraException {
    private static final long serialVersionUID = 1L;

    public MigrationError(String message) {
        super(message);
    }

    public MigrationError(String message, Throwable cause) {
        super(message, cause);
    }
}
