package io.aksara.internal;

import io.aksara.spi.AmbientTransaction;
import io.aksara.spi.AmbientTransactions;
import io.aksara.spi.ConnectionSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import javax.sql.DataSource;

/**
 * An application's {@link DataSource} as a {@link ConnectionSource}: connections are borrowed and
 * closed (handed back to the application's pool), and the transaction the application holds on
 * it is found through every {@link AmbientTransactions} on the class path (Spring's, with
 * {@code aksara-spring}).
 */
public final class DataSourceConnections implements ConnectionSource {
    private final DataSource dataSource;
    private final List<AmbientTransactions> finders;

    public DataSourceConnections(DataSource dataSource) {
        this(dataSource, installedFinders());
    }

    DataSourceConnections(DataSource dataSource, List<AmbientTransactions> finders) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.finders = List.copyOf(finders);
    }

    /** The application's data source, as given. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Connection acquire() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void release(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public AmbientTransaction ambient() {
        for (AmbientTransactions finder : finders) {
            AmbientTransaction tx = finder.current(dataSource);
            if (tx != null) {
                return tx;
            }
        }
        return null;
    }

    @Override
    public String describe() {
        return "DataSource " + dataSource.getClass().getSimpleName();
    }

    private static List<AmbientTransactions> installedFinders() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<AmbientTransactions> found = new ArrayList<>();
        var providers = ServiceLoader.load(AmbientTransactions.class,
                loader != null ? loader : DataSourceConnections.class.getClassLoader()).iterator();
        while (providers.hasNext()) {
            try {
                found.add(providers.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                // aksara-spring without Spring on the class path: there are no Spring transactions to join
            }
        }
        return found;
    }
}
