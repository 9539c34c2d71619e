package io.aksara.errors;

/**
 * A NULL was written to a NOT NULL column.
 *
 * <pre>{@code
 * catch (NotNullViolation e) { e.constraint(); }
 * }</pre>
 */
public class NotNullViolation extends IntegrityError {
    public NotNullViolation(String message, String sqlState, String constraint, Throwable cause) {
        super(message, sqlState, constraint, cause);
    }
}
