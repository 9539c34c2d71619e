package io.aksara.errors;

/**
 * The database rejected a write because it breaks a constraint. Subclasses say which kind;
 * {@link #constraint()} names the constraint when the database reported it.
 *
 * <pre>{@code
 * try { User.objects.create("email", "taken@example.com"); }
 * catch (UniqueViolation e) { e.constraint(); }   // "uq_users_email"
 * }</pre>
 */
public class IntegrityError extends DatabaseError {
    private final String constraint;

    public IntegrityError(String message, String sqlState, String constraint, Throwable cause) {
        super(message, sqlState, cause);
        this.constraint = constraint;
    }

    /** The constraint's name, or null when the database did not say. */
    public String constraint() {
        return constraint;
    }
}
