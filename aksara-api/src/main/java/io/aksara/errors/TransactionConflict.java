package io.aksara.errors;

/**
 * The database gave up on this transaction because of a concurrent one: a deadlock (SQL state
 * 40P01, MySQL/MariaDB 1213), a serialization failure (40001) or a lock wait that timed out
 * (MySQL/MariaDB 1205, H2 50200). The transaction has been rolled back; running the whole atomic
 * block again is expected to succeed, which {@code Transaction.retries(n)} does for you.
 *
 * <pre>{@code
 * Transaction.retries(3).atomic(() -> transfer(from, to, amount));   // reruns the block on a conflict
 *
 * try { Transaction.atomic(() -> transfer(from, to, amount)); }
 * catch (TransactionConflict e) { ... }                              // or decide yourself
 * }</pre>
 */
public class TransactionConflict extends DatabaseError {
    public TransactionConflict(String message, String sqlState, Throwable cause) {
        super(message, sqlState, cause);
    }
}
