package io.aksara.jooq.internal;

import io.aksara.internal.DataSourceConnections;
import io.aksara.spi.AmbientTransaction;
import io.aksara.spi.ConnectionSource;
import io.aksara.spi.TransactionContext;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.jooq.vendor.Vendors;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.Configuration;
import org.jooq.ConnectionProvider;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DataSourceConnectionProvider;

/**
 * An application's jOOQ configuration as a {@link ConnectionSource}: Aksara borrows from its
 * connection provider, joins its {@code dsl.transaction(...)} blocks (through
 * {@link JooqTransactions}) and, when the provider stands on a DataSource, the transactions
 * others hold on that DataSource (Spring's). In the other direction the configuration's provider
 * is wrapped so that the application's jOOQ code inside {@code Transaction.atomic} runs on the
 * block's connection.
 */
public final class JooqConnections implements ConnectionSource {
    private final ConnectionProvider provider;
    private final SQLDialect dialect;
    /** The dialect's vendor, looked up on first use: the configuration is checked when the backend opens. */
    private volatile Vendor vendor;
    private final Settings settings;
    private final JooqTransactions transactions;
    /** The provider's DataSource, for transactions held on it by others; null for other providers. */
    private final DataSourceConnections dataSource;
    private volatile String alias;

    public JooqConnections(Configuration configuration, JooqTransactions transactions) {
        this.provider = configuration.connectionProvider();
        this.dialect = configuration.dialect();
        this.settings = configuration.settings();
        this.transactions = transactions;
        this.dataSource = provider instanceof DataSourceConnectionProvider dsp
                ? new DataSourceConnections(dsp.dataSource()) : null;
    }

    /** Called when the backend opens: the alias whose atomic blocks the application's jOOQ code joins. */
    public void attach(String alias) {
        this.alias = alias;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    public Settings settings() {
        return settings;
    }

    /** The DataSource under the provider, or null. */
    public DataSource dataSource() {
        return dataSource == null ? null : dataSource.dataSource();
    }

    /** The provider the application's configuration gets instead of its own. */
    public ConnectionProvider joiningProvider() {
        return new ConnectionProvider() {
            @Override
            public Connection acquire() {
                Connection block = blockConnection();
                // the application's own transactions may switch the connection read-only (jOOQ's READONLY)
                return block != null ? block : vendor().switchableReadOnly(provider.acquire());
            }

            @Override
            public void release(Connection connection) {
                if (connection != blockConnection()) {
                    try {
                        provider.release(vendor().releaseConnection(connection));
                    } catch (SQLException e) {
                        throw new DataAccessException("could not make the connection writable again before releasing it", e);
                    }
                }
            }
        };
    }

    private Vendor vendor() {
        Vendor v = vendor;
        if (v == null) {
            v = Vendors.of(dialect);
            vendor = v;
        }
        return v;
    }

    private Connection blockConnection() {
        String a = alias;
        return a == null || !TransactionContext.isActive(a) ? null : JdbcTransaction.current(a, this);
    }

    @Override
    public Connection acquire() {
        return provider.acquire();
    }

    @Override
    public void release(Connection connection) {
        provider.release(connection);
    }

    @Override
    public AmbientTransaction ambient() {
        AmbientTransaction jooq = transactions.current();
        if (jooq != null) {
            return jooq;
        }
        return dataSource == null ? null : dataSource.ambient();
    }

    @Override
    public String describe() {
        return "jOOQ configuration (" + dialect + ", " + provider.getClass().getSimpleName() + ")";
    }
}
