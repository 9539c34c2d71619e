package io.aksara.jooq;

import io.aksara.DatabaseConfig;
import io.aksara.internal.SecretMask;
import java.io.PrintWriter;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.jooq.vendor.Vendors;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Collections;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Connections from a JDBC URL through its driver, for the pool. The pool is handed this data
 * source instead of the URL and the credentials, so what the pool logs about its configuration
 * (HikariCP prints it at debug level) is {@link #toString()}: the URL with its password masked.
 * The driver still gets the URL exactly as written. Each new connection gets its vendor's
 * settings ({@link Vendor#prepareConnection}); migrations open theirs the same way.
 *
 * <pre>{@code
 * Properties p = new Properties();
 * p.setProperty("user", "shop");
 * p.setProperty("password", secret);
 * DataSource ds = new UrlDataSource("jdbc:postgresql://db/shop", p);
 * ds.toString();   // the URL, with any password in it masked
 * }</pre>
 */
public final class UrlDataSource implements DataSource {
    private final String url;
    private final Properties properties;
    private final Set<String> secrets;

    /**
     * @param url        the JDBC URL as configured
     * @param properties driver properties, with {@code user} and {@code password} when given
     */
    public UrlDataSource(String url, Properties properties) {
        this.url = url;
        this.properties = (Properties) properties.clone();
        this.secrets = SecretMask.secrets(url, properties.getProperty("password"));
    }

    /**
     * Connections for a configuration: its credentials and its vendor's driver settings (SQLite's
     * foreign keys and busy timeout, Connector/J's batch rewriting), as the pool and a migration
     * both open them.
     */
    public static UrlDataSource of(DatabaseConfig config) {
        Properties properties = new Properties();
        if (config.user() != null) {
            properties.setProperty("user", config.user());
        }
        if (config.password() != null) {
            properties.setProperty("password", config.password());
        }
        Vendor vendor = Vendors.forUrl(config.url());
        if (vendor != null) {
            vendor.addDriverProperties(config.url(), properties);
        }
        return new UrlDataSource(config.url(), properties);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(properties);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Properties p = (Properties) properties.clone();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return connect(p);
    }

    private Connection connect(Properties p) throws SQLException {
        Driver driver = driver();
        Connection c;
        try {
            c = driver.connect(url, p);
        } catch (SQLException e) {
            throw masked(e);
        }
        if (c == null) {
            throw new SQLException("The driver " + driver.getClass().getName() + " does not accept " + SecretMask.url(url), "08001");
        }
        Vendor vendor = Vendors.forUrl(url);
        if (vendor != null) {
            try {
                vendor.prepareConnection(c);
            } catch (SQLException e) {
                c.close();
                throw masked(e);
            }
        }
        return c;
    }

    private Driver driver() throws SQLException {
        try {
            return DriverManager.getDriver(url);
        } catch (SQLException notRegistered) {
            for (Driver d : Collections.list(DriverManager.getDrivers())) {
                if (d.acceptsURL(url)) {
                    return d;
                }
            }
            throw new SQLException(DriverHints.noDriver(url, SecretMask.url(url)), "08001");
        }
    }

    /**
     * The driver's exception, or, when its messages echo a password (some drivers quote the URL
     * they could not parse), a copy with the same SQLState and error code and masked messages:
     * the pool logs this exception before Aksara sees it.
     */
    private SQLException masked(SQLException e) {
        Throwable safe = SecretMask.cause(e, secrets);
        if (safe == e) {
            return e;
        }
        SQLException copy = new SQLException(SecretMask.text(e.getMessage(), secrets), e.getSQLState(), e.getErrorCode(),
                safe.getCause());
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    @Override
    public PrintWriter getLogWriter() {
        return DriverManager.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        DriverManager.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // as HikariCP's own driver data source: drivers read the login timeout from DriverManager
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("UrlDataSource is not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return "UrlDataSource[" + SecretMask.url(url) + "]";
    }
}
