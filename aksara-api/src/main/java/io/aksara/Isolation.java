package io.aksara;

/**
 * The SQL isolation levels, for {@link TransactionOptions#isolation(Isolation)}. Without one, a
 * transaction runs at the database's default: READ COMMITTED on PostgreSQL and H2, REPEATABLE
 * READ on MySQL and MariaDB.
 *
 * <pre>{@code
 * Transaction.isolation(Isolation.SERIALIZABLE).atomic(() -> transfer(from, to, amount));
 * }</pre>
 */
public enum Isolation {
    /** May read other transactions' uncommitted rows (PostgreSQL runs it as READ COMMITTED). */
    READ_UNCOMMITTED,
    /** Each statement sees the rows committed before it started. */
    READ_COMMITTED,
    /** Every read in the transaction sees the same snapshot. */
    REPEATABLE_READ,
    /** As if the transactions ran one after another; the database may abort one with a serialization failure. */
    SERIALIZABLE
}
