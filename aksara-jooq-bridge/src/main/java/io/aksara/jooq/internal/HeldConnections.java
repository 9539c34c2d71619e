package io.aksara.jooq.internal;

import io.aksara.spi.ConnectionSource;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.spi.TransactionContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection a thread holds for a whole {@code Aksara.onOneConnection} block: every statement
 * of the block on that database runs on it, each committing on its own (autocommit stays on), and
 * it goes back to the pool when the block ends. Acquire and release through here instead of the
 * {@link ConnectionSource} itself, so a held connection is handed out again rather than borrowed
 * anew, and is not given back at the end of each statement.
 *
 * <p>The block travels in a {@link ScopedValue}, as atomic blocks do: other threads never see it,
 * and it ends with the block even when the work throws.
 *
 * <pre>{@code
 * Connection c = HeldConnections.acquire(source);   // the block's, or a pooled one
 * try { ... } finally { HeldConnections.release(source, c); }   // a no-op for the block's
 * }</pre>
 */
public final class HeldConnections {
    private static final Logger LOG = LoggerFactory.getLogger(HeldConnections.class);
    private static final ScopedValue<Held> HELD = ScopedValue.newInstance();

    /** One block's connection; {@code outer} is a block on another database around it. */
    private record Held(ConnectionSource source, Connection connection, Held outer) {}

    private HeldConnections() {}

    /** The connection this thread holds on {@code source}, or null outside a block on it. */
    public static Connection of(ConnectionSource source) {
        if (!HELD.isBound()) {
            return null;
        }
        for (Held h = HELD.get(); h != null; h = h.outer()) {
            if (h.source() == source) {
                return h.connection();
            }
        }
        return null;
    }

    /** The held connection of {@code source}, or a new one borrowed from it. */
    public static Connection acquire(ConnectionSource source) throws SQLException {
        Connection held = of(source);
        return held != null ? held : source.acquire();
    }

    /** Gives {@code connection} back to {@code source} unless it is the block's, which the block gives back. */
    public static void release(ConnectionSource source, Connection connection) throws SQLException {
        if (connection != of(source)) {
            source.release(connection);
        }
    }

    /**
     * Runs {@code work} with one connection of {@code source} held for all its statements. Inside
     * an atomic block, an application's transaction or another block on the same database the
     * thread is on one connection already, and the work just runs. {@code vendor} reads the
     * driver's error when no connection can be had, as for any statement on that database.
     */
    public static <T> T run(String alias, ConnectionSource source, Vendor vendor, Supplier<T> work) {
        if (TransactionContext.find(alias) != null || source.ambient() != null || of(source) != null) {
            return work.get();
        }
        Connection c;
        try {
            c = source.acquire();
        } catch (SQLException e) {
            throw ErrorTranslator.translate(e, null, vendor);
        }
        try {
            return ScopedValue.where(HELD, new Held(source, c, HELD.isBound() ? HELD.get() : null)).call(work::get);
        } finally {
            try {
                source.release(c);
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Giving back the connection of an onOneConnection block on '{}' failed: {}", alias, e.toString());
            }
        }
    }
}
