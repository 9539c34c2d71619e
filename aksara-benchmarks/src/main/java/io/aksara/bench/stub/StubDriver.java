package io.aksara.bench.stub;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A JDBC driver with no database behind it, for measuring what a data-access stack costs by
 * itself: {@code jdbc:aksara-stub:} connections answer the benchmark's statements with canned rows
 * and counts ({@link StubSql}), with no I/O and no parsing after a statement's first use. What a
 * stack allocates and spends per operation on top of it is its own overhead.
 *
 * <pre>{@code
 * Aksara.configure(DatabaseConfig.builder().url(StubDriver.URL).build());
 * World.objects.get("pk", 7);      // one canned row, no database
 * }</pre>
 */
public final class StubDriver implements Driver {
    /** The URL of the stub database; it speaks PostgreSQL's SQL. */
    public static final String URL = "jdbc:aksara-stub:postgresql";

    static {
        try {
            DriverManager.registerDriver(new StubDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Makes sure the driver is registered (loading this class registers it). */
    public static void register() {}

    @Override
    public Connection connect(String url, Properties info) {
        return acceptsURL(url) ? new StubConnection() : null;
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith("jdbc:aksara-stub:");
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
        throw new SQLFeatureNotSupportedException("getParentLogger");
    }
}
