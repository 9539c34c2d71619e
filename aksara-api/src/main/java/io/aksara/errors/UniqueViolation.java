package io.aksara.errors;

/**
 * A unique or primary key constraint was violated.
 *
 * <pre>{@code
 * catch (UniqueViolation e) { e.constraint(); }
 * }</pre>
 */
public class UniqueViolation extends IntegrityError {
    public UniqueViolation(String message, String sqlState, String constraint, Throwable cause) {
        super(message, sqlState, constraint, cause);
    }
}
