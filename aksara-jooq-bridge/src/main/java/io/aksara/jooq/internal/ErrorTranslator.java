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
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.Locale;

/**
 * Turns driver exceptions into Aksara's: constraint violations into {@link IntegrityError}
 * subtypes naming the constraint, everything else into {@link DatabaseError}. PostgreSQL and H2
 * report the kind in the SQL state; MySQL and MariaDB use state 23000 for all of them and tell
 * the kind by vendor error code.
 */
public final class ErrorTranslator {
    private ErrorTranslator() {}

    public static AksaraException translate(SQLException e, String sql) {
        if (e instanceof SQLTransientConnectionException) {
            return poolTimeout(e);
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        String message = e.getMessage() == null ? "" : e.getMessage();
        String constraint = constraintIn(message);
        // drivers may repeat the statement in their message (H2 does); both are capped
        String text = SqlText.cap(message) + (sql == null ? "" : " [SQL: " + SqlText.cap(sql) + "]");
        if (state.equals("23505") || code == 1062 || code == 1586) {
            return new UniqueViolation("Unique constraint " + quoted(constraint) + "violated: " + text, state, constraint, e);
        }
        if (state.equals("23503") || state.equals("23506") || code == 1451 || code == 1452 || code == 1216 || code == 1217) {
            return new ForeignKeyViolation("Foreign key constraint " + quoted(constraint) + "violated: " + text, state, constraint, e);
        }
        if (state.equals("23502") || code == 1048 || code == 1364) {
            return new NotNullViolation("NOT NULL constraint violated: " + text, state, constraint, e);
        }
        if (state.equals("23514") || state.equals("23513") || code == 3819 || code == 4025) {
            return new CheckViolation("Check constraint " + quoted(constraint) + "violated: " + text, state, constraint, e);
        }
        if (state.startsWith("23")) {
            return new IntegrityError("Integrity constraint violated: " + text, state, constraint, e);
        }
        String hint = concurrencyHint(state, code);
        if (isConflict(state, code)) {
            return new TransactionConflict(hint + "Transaction.retries(n).atomic(...) runs the block again by itself. "
                    + text + " (SQL state " + state + ", code " + code + ")", state, e);
        }
        return new DatabaseError(hint + text + " (SQL state " + state + ", code " + code + ")", state, e);
    }

    /**
     * The failures after which running the whole transaction again is expected to work: deadlock
     * (40P01; MySQL/MariaDB 1213; H2 40001), serialization failure (40001) and a lock wait that
     * timed out (MySQL/MariaDB 1205, H2 50200; MariaDB and H2 also report NOWAIT with these codes).
     * PostgreSQL's and MySQL's own NOWAIT error (55P03, 3572) is not among them: asking for NOWAIT
     * means failing at once is wanted.
     */
    static boolean isConflict(String state, int code) {
        return state.equals("40001") || state.equals("40P01") || code == 1213 || code == 1205 || code == 40001
                || code == 50200;
    }

    /**
     * A plain-words prefix for the failures that come from concurrent transactions, which the
     * drivers report in very different words: a row lock that is not available (NOWAIT, or the
     * lock wait timed out), a deadlock, a serialization failure; and a lost connection (SQL state
     * class 08, PostgreSQL's 57P01-03), which every driver words differently again. Empty for anything else.
     */
    private static String concurrencyHint(String state, int code) {
        if (state.equals("55P03") || code == 3572) {
            return "Lock not available: another transaction holds a lock on the row. ";
        }
        if (code == 1205 || code == 50200) { // MariaDB and H2 report NOWAIT this way too
            return "Lock not available: another transaction holds a lock on the row, or held it longer than the lock wait timeout. ";
        }
        if (state.equals("40P01") || code == 1213 || code == 40001) {
            return "Deadlock: the database rolled this transaction back; run it again. ";
        }
        if (state.equals("40001")) {
            return "Serialization failure: a concurrent transaction changed what this one read; run it again. ";
        }
        if (state.startsWith("08") || state.startsWith("57P0")) { // 57P01..03: PostgreSQL shutting down or starting
            return "The connection to the database was lost (the server stopped or the network failed); an open "
                    + "transaction was not committed. The pool replaces the connection: run the work again once the "
                    + "server is back. ";
        }
        return "";
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
