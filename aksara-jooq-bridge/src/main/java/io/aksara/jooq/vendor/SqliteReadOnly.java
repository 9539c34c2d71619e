package io.aksara.jooq.vendor;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Read-only transactions on a pooled SQLite connection. SQLite's driver fixes a connection's
 * read-only flag as it opens (its "explicit read-only" mode works only with deferred transactions,
 * and Aksara begins them immediate), so {@code setReadOnly(true)} on a connection that is already
 * open fails. SQLite's own switch, {@code PRAGMA query_only}, changes at any time and refuses every
 * write of the connection while on: this wrapper sets it instead, and turns it off again before
 * the connection goes back to the pool, so the next borrower writes as usual.
 */
final class SqliteReadOnly implements InvocationHandler {
    private final Connection connection;
    private boolean readOnly;

    private SqliteReadOnly(Connection connection) {
        this.connection = connection;
    }

    static Connection wrap(Connection connection) {
        if (connection == null || Proxy.isProxyClass(connection.getClass())
                && Proxy.getInvocationHandler(connection) instanceof SqliteReadOnly) {
            return connection;
        }
        return (Connection) Proxy.newProxyInstance(SqliteReadOnly.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new SqliteReadOnly(connection));
    }

    /** The wrapped connection, writable again; any other connection as it is. */
    static Connection unwrap(Connection connection) throws SQLException {
        if (connection != null && Proxy.isProxyClass(connection.getClass())
                && Proxy.getInvocationHandler(connection) instanceof SqliteReadOnly handler) {
            handler.switchTo(false);
            return handler.connection;
        }
        return connection;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "setReadOnly" -> {
                switchTo((Boolean) args[0]);
                return null;
            }
            case "isReadOnly" -> {
                return readOnly || connection.isReadOnly();
            }
            case "equals" -> {
                return proxy == args[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "toString" -> {
                return "read-only switchable " + connection;
            }
            default -> {
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
    }

    private void switchTo(boolean on) throws SQLException {
        if (on == readOnly) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute(on ? "PRAGMA query_only = ON" : "PRAGMA query_only = OFF");
        }
        readOnly = on;
    }
}
