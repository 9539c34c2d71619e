package io.aksara.spi;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A transaction the application opened (Spring's, jOOQ's) that Aksara takes part in: its
 * statements run on the transaction's connection, an atomic block inside it is a savepoint, and
 * {@code Transaction.onCommit} hooks wait for the application's commit.
 *
 * <pre>{@code
 * AmbientTransaction tx = source.ambient();
 * if (tx != null) { Connection c = tx.acquire(); try { ... } finally { tx.release(c); } }
 * }</pre>
 */
public interface AmbientTransaction {
    /** The transaction's connection (autocommit off); the transaction, not Aksara, ends it. */
    Connection acquire() throws SQLException;

    /** Hands back a connection from {@link #acquire()}; never closes the transaction's connection. */
    void release(Connection connection) throws SQLException;

    /** Whether the application declared the transaction read-only: Aksara then refuses to write. */
    boolean readOnly();

    /** Runs {@code hook} after the application's transaction commits; dropped when it rolls back. */
    void afterCommit(Runnable hook);

    /** How messages name it, e.g. {@code a Spring-managed transaction}. */
    String describe();
}
