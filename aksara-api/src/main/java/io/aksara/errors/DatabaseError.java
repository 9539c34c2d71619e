package io.aksara.errors;

/**
 * The database refused a statement for a reason Aksara does not translate further. The message
 * holds the driver's message and SQL state; the cause is the driver's exception.
 *
 * <pre>{@code
 * catch (DatabaseError e) { e.sqlState(); }
 * }</pre>
 */
public class DatabaseError extends AksaraException {
    private final String sqlState;

    public DatabaseError(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /** The SQL state the driver reported, or null. */
    public String sqlState() {
        return sqlState;
    }
}
