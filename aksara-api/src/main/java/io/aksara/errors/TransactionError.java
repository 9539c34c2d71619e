package io.aksara.errors;

/**
 * A transaction was used the wrong way: a durable block nested in another, an isolation level
 * asked for on a nested block, {@code setRollback} outside any block, an {@code ...Async} call
 * or {@code selectForUpdate()} where it cannot work, or a statement after an earlier one failed
 * in the same block. The message says what to do instead.
 *
 * <pre>{@code
 * Transaction.atomic(() -> {
 *     Transaction.durable().atomic(() -> {});   // TransactionError: a durable block cannot be nested
 * });
 * }</pre>
 */
public class TransactionError extends AksaraException {
    public TransactionError(String message) {
        super(message);
    }

    public TransactionError(String message, Throwable cause) {
        super(message, cause);
    }
}
