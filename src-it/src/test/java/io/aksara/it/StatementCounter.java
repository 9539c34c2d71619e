package io.aksara.it;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * A JDBC driver in front of the real one that counts the statements prepared on its connections,
 * on every database alike (H2 in this JVM too). Its URLs are the real ones with {@code counting:}
 * after {@code jdbc:}; the dialect is then read from the connection.
 *
 * <pre>{@code
 * Aksara.configure("counted", DatabaseConfig.builder().url(StatementCounter.url(realUrl))...build());
 * StatementCounter.reset(); ...; StatementCounter.count();
 * }</pre>
 */
final class StatementCounter implements Driver {
    private static final String PREFIX = "jdbc:counting:";
    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final AtomicLong STATEMENTS = new AtomicLong();

    static {
        try {
            DriverManager.registerDriver(new StatementCounter());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The counting URL for a real JDBC URL. */
    static String url(String jdbcUrl) {
        return PREFIX + jdbcUrl.substring("jdbc:".length());
    }

    static long count() {
        return STATEMENTS.get();
    }

    static void reset() {
        STATEMENTS.set(0);
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Connection real = DriverManager.getConnection("jdbc:" + url.substring(PREFIX.length()), info);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (STATEMENT_METHODS.contains(method.getName())) {
                        STATEMENTS.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
