package io.aksara.errors;

/**
 * A check constraint was violated.
 *
 * <pre>{@code
 * catch (CheckViolation e) { e.constraint(); }
 * }</pre>
 */
public class CheckViolation extends IntegrityError {
    public CheckViolation(String message, String sqlState, String constraint, Throwable cause) {
        super(message, sqlState, constraint, cause);
    }
}
