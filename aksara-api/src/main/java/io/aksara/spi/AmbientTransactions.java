package io.aksara.spi;

import javax.sql.DataSource;

/**
 * Finds the application's transaction on a {@link DataSource}, for a database configured with
 * {@code DatabaseConfig.builder().dataSource(ds)}. Implementations are found with
 * {@link java.util.ServiceLoader}: {@code aksara-spring} registers one that looks at Spring's
 * transaction synchronization, so Aksara joins {@code @Transactional} methods with no further setup.
 *
 * <pre>{@code
 * // META-INF/services/io.aksara.spi.AmbientTransactions
 * com.example.MyTransactions
 * }</pre>
 */
public interface AmbientTransactions {
    /** The transaction this thread holds on {@code dataSource}, or null. */
    AmbientTransaction current(DataSource dataSource);
}
