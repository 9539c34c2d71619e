package io.aksara.jooq.internal;

import io.aksara.jooq.vendor.Feature;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server-side session id of a connection (PostgreSQL's backend PID, MySQL's and MariaDB's
 * connection id), and how to stop that session's query from another connection. Needed for one
 * case only: interrupting a virtual thread blocked on a socket closes the socket (JDK behaviour),
 * so the driver can no longer send its own cancel, while the server would carry on running the
 * query. The id is read from the driver's connection object (no round trip), through the public
 * method each driver has for it, looked up once per driver class.
 */
final class ServerSessions {
    private static final Logger LOG = LoggerFactory.getLogger(ServerSessions.class);
    private static final MethodType RETURNS_INT = MethodType.methodType(int.class);
    private static final MethodType RETURNS_LONG = MethodType.methodType(long.class);

    private static final ClassValue<MethodHandle> ID_READER = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (String name : new String[] {"getBackendPID", "getThreadId", "getId"}) {
                for (MethodType t : new MethodType[] {RETURNS_INT, RETURNS_LONG}) {
                    try {
                        return lookup.findVirtual(type, name, t).asType(MethodType.methodType(long.class, Object.class));
                    } catch (NoSuchMethodException | IllegalAccessException e) {
                        // not this driver's spelling
                    }
                }
            }
            return null;
        }
    };

    private ServerSessions() {}

    /** One server session: the id the server knows the connection by. */
    record Session(long id) {}

    /** The session of {@code connection}, or null where there is none to stop (an embedded database runs in this process). */
    static Session of(Connection connection, BackendContext db) {
        if (!db.databaseVendor().has(Feature.SERVER_SIDE_CANCEL)) {
            return null;
        }
        try {
            if (db.dialect().family() == SQLDialect.POSTGRES && db.behindTransactionPooler(connection)) {
                // the id is the pooler's, not a server process: pg_cancel_backend could hit another client's session
                return null;
            }
            Connection driver = connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class) : connection;
            return ofDriver(driver);
        } catch (Throwable e) {
            return null; // best effort: without an id the server finishes the query on its own
        }
    }

    /** The session of the driver's own connection (no pool wrapper), read from a field: it may be broken already. */
    private static Session ofDriver(Connection driver) throws Throwable {
        MethodHandle reader = ID_READER.get(driver.getClass());
        return reader == null ? null : new Session((long) reader.invoke(driver));
    }

    /**
     * As {@link #of}, from a statement still open on the connection, after the connection broke:
     * the pool's wrapper has let go of its connection then, while the driver's statement still knows it.
     */
    static Session ofStatement(Statement st, BackendContext db) {
        if (!db.databaseVendor().has(Feature.SERVER_SIDE_CANCEL)
                || db.dialect().family() == SQLDialect.POSTGRES && !db.poolerKnown()) {
            return null; // as of(); the pooler flag needs a live connection (see StatementGuard.beforeOrNone)
        }
        try {
            Statement driver = st.isWrapperFor(Statement.class) ? st.unwrap(Statement.class) : st;
            // the driver's statement gives the driver's connection: no unwrap, which a closed connection refuses
            return db.dialect().family() == SQLDialect.POSTGRES && db.behindTransactionPooler(null) ? null
                    : ofDriver(driver.getConnection());
        } catch (Throwable e) {
            return null; // best effort, as of()
        }
    }

    /** Stops the session's running query, from a pooled connection, on a virtual thread of its own. */
    static void stopQuery(BackendContext db, Session session) {
        if (session != null) {
            Thread.ofVirtual().name("aksara-kill").start(() -> stopQueryNow(db, session));
        }
    }

    /** Stops the session's running query from a pooled connection, and returns when the server has been told. */
    static void stopQueryNow(BackendContext db, Session session) {
        if (session == null || db.dataSource() == null) { // a jOOQ configuration on one connection has no second one
            return;
        }
        String sql = db.databaseVendor().stopQuerySql(session.id());
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            LOG.warn("Stopping a query on database '{}' failed: {}", db.alias(), e.toString());
        }
    }
}
