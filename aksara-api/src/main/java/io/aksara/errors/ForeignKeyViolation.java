package io.aksara.errors;

/**
 * A foreign key points to a row that does not exist, or a referenced row is still in use.
 *
 * <pre>{@code
 * catch (ForeignKeyViolation e) { e.constraint(); }
 * }</pre>
 */
public class ForeignKeyViolation extends IntegrityError {
    public ForeignKeyViolation(String message, String sqlState, String constraint, Throwable cause) {
        super(message, sqlState, constraint, cause);
    }
}
