package io.aksara.jooq.internal;

import io.aksara.errors.AksaraException;
import io.aksara.errors.CheckViolation;
import io.aksara.errors.DatabaseError;
import io.aksara.errors.ForeignKeyViolation;
import io.aksara.errors.IntegrityError;
import io.aksara.errors.NotNullViolation;
import io.aksara.errors.TransactionConflict;
import io.aksara.errors.UniqueViolation;
import io.aksara.jooq.ModelTable;
import io.aksara.jooq.vendor.ErrorKind;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.jooq.vendor.Vendors;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns driver exceptions into Aksara's: constraint violations into {@link IntegrityError}
 * subtypes naming the constraint, everything else into {@link DatabaseError}. PostgreSQL and H2
 * report the kind in the SQL state; MySQL and MariaDB use state 23000 for all of them and tell
 * the kind by vendor error code.
 */
public final class ErrorTranslator {
    private ErrorTranslator() {}

    /** As {@link #translate(SQLException, String, Vendor)}, for an error from a database not yet known. */
    public static AksaraException translate(SQLException e, String sql) {
        return translate(e, sql, null);
    }

    /**
     * The Aksara exception for a driver exception, reading its kind from the vendor's table of
     * error codes ({@link Vendor#errorCodes()}); without a vendor, from every known vendor's.
     */
    public static AksaraException translate(SQLException e, String sql, Vendor vendor) {
        if (e instanceof SQLTransientConnectionException) {
            return poolTimeout(e);
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        String message = e.getMessage() == null ? "" : e.getMessage();
        String named = vendor == null ? null : vendor.constraintName(e);
        String constraint = named != null ? named : constraintIn(message);
        // drivers may repeat the statement in their message (H2 does); both are capped
        String text = SqlText.cap(message) + (sql == null ? "" : " [SQL: " + SqlText.cap(sql) + "]");
        ErrorKind kind = kindOf(e, vendor);
        if (kind == null) {
            return new DatabaseError(text + " (SQL state " + state + ", code " + code + ")", state, e);
        }
        return switch (kind) {
            case UNIQUE -> new UniqueViolation("Unique constraint " + quoted(constraint) + "violated: " + text, state, constraint, e);
            case FOREIGN_KEY -> new ForeignKeyViolation("Foreign key constraint " + quoted(constraint) + "violated: " + text,
                    state, constraint, e);
            case NOT_NULL -> new NotNullViolation("NOT NULL constraint violated: " + text, state, constraint, e);
            case CHECK -> new CheckViolation("Check constraint " + quoted(constraint) + "violated: " + text, state, constraint, e);
            case INTEGRITY -> new IntegrityError("Integrity constraint violated: " + text, state, constraint, e);
            case LOCK_TIMEOUT, DEADLOCK, SERIALIZATION -> new TransactionConflict(hint(kind)
                    + "Transaction.retries(n).atomic(...) runs the block again by itself. " + text
                    + " (SQL state " + state + ", code " + code + ")", state, e);
            case LOCK_NOT_AVAILABLE, CONNECTION_LOST -> new DatabaseError(hint(kind) + text
                    + " (SQL state " + state + ", code " + code + ")", state, e);
        };
    }

    /**
     * The kind by the vendor's table. Without a vendor every vendor's codes are tried before any
     * table's SQL states (vendor codes do not collide; states are shared, and MySQL's 23000 and
     * H2's deadlock state 40001 mean less than their codes).
     */
    static ErrorKind kindOf(SQLException e, Vendor vendor) {
        if (vendor != null) {
            return vendor.errorCodes().kindOf(e);
        }
        List<Vendor> vendors = Vendors.all();
        SQLException codeOnly = new SQLException(e.getMessage(), null, e.getErrorCode());
        for (Vendor v : vendors.reversed()) {
            ErrorKind k = v.errorCodes().kindOf(codeOnly);
            if (k != null) {
                return k;
            }
        }
        for (Vendor v : vendors.reversed()) {
            ErrorKind k = v.errorCodes().kindOf(e);
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    /**
     * A plain-words prefix for the failures that come from concurrent transactions, which the
     * drivers report in very different words, and for a lost connection.
     */
    private static String hint(ErrorKind kind) {
        return switch (kind) {
            case LOCK_NOT_AVAILABLE -> "Lock not available: another transaction holds a lock on the row. ";
            case LOCK_TIMEOUT -> "Lock not available: another transaction holds a lock on the row, or held it longer"
                    + " than the lock wait timeout. ";
            case DEADLOCK -> "Deadlock: the database rolled this transaction back; run it again. ";
            case SERIALIZATION -> "Serialization failure: a concurrent transaction changed what this one read; run it again. ";
            case CONNECTION_LOST -> "The connection to the database was lost (the server stopped or the network failed); an open "
                    + "transaction was not committed. The pool replaces the connection: run the work again once the "
                    + "server is back. ";
            default -> "";
        };
    }

    /**
     * HikariCP 7.1's message names the pool and its state: "aksara-default - Connection is not
     * available, request timed out after 500ms (total=1, active=1, idle=0, waiting=0)". Ours keeps
     * it and says why that usually happens: every connection is busy, or none could be opened.
     */
    private static DatabaseError poolTimeout(SQLException e) {
        Throwable cause = e.getCause();
        String why = cause != null
                ? "The pool could not open a connection: " + cause.getMessage()
                : "Every connection is in use (an open atomic block holds one until it ends): raise poolSize,"
                        + " hold connections for less time, or raise connectionTimeoutMs.";
        return new DatabaseError("No database connection available: " + e.getMessage() + ". " + why, e.getSQLState(), e);
    }

    private static String quoted(String constraint) {
        return constraint == null ? "" : "'" + constraint + "' ";
    }

    /**
     * The longest known constraint name the message mentions. Matching against names Aksara
     * created works for every vendor's wording (H2, for one, reports the index behind a unique
     * constraint, whose name starts with the constraint's).
     */
    static String constraintIn(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return ModelTable.knownConstraints().stream()
                .filter(name -> lower.contains(name.toLowerCase(Locale.ROOT)))
                .max(Comparator.comparingInt(String::length))
                .orElse(null);
    }
}
