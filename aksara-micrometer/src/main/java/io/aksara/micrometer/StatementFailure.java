package io.aksara.micrometer;

import io.aksara.errors.DatabaseError;
import java.io.Serial;

/**
 * What a failed statement's observation carries in place of the exception itself. A database's
 * error message often quotes the values of the row (PostgreSQL's {@code Key (name)=(...) already
 * exists}, H2's {@code VALUES ( /* 1 *&#47; '...' )}), and a tracing handler records the message and stack
 * trace as a span event, so the exception is replaced by one that keeps its class name, the
 * statement and the SQLSTATE, and the stack trace, but not the message.
 *
 * <pre>{@code
 * if (context.getError() instanceof StatementFailure f && f.errorClass().endsWith("UniqueViolation")) { ... }
 * }</pre>
 */
public final class StatementFailure extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String errorClass;

    StatementFailure(Throwable error, String operation, String model) {
        super(error.getClass().getSimpleName() + " in " + operation + " on " + model
                + (error instanceof DatabaseError db && db.sqlState() != null ? " (SQLSTATE " + db.sqlState() + ")" : "")
                + "; the message is left out: it may quote the row's values", null, false, true);
        this.errorClass = error.getClass().getName();
        setStackTrace(error.getStackTrace());
    }

    /** The class of the exception the statement failed with, e.g. {@code io.aksara.errors.UniqueViolation}. */
    public String errorClass() {
        return errorClass;
    }
}
