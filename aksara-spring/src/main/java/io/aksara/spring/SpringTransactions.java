package io.aksara.spring;

import io.aksara.spi.AmbientTransaction;
import io.aksara.spi.AmbientTransactions;
import java.sql.Connection;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring's transactions, as Aksara sees them. A {@code @Transactional} method run by a
 * {@code DataSourceTransactionManager} or {@code JdbcTransactionManager} (or a
 * {@code JpaTransactionManager} whose JpaDialect exposes its JDBC connection, as
 * {@code HibernateJpaDialect} does) binds one connection to the
 * thread for the DataSource; Aksara, configured with {@code DatabaseConfig.of(thatDataSource)},
 * runs its statements on that connection, nests {@code Transaction.atomic} blocks in it as
 * savepoints, and runs {@code onCommit} hooks through transaction synchronization, after Spring
 * commits. Registered with {@link java.util.ServiceLoader}: having {@code aksara-spring} on the
 * class path is all it takes.
 *
 * <pre>
 * &#64;Transactional
 * public void placeOrder(String code) {
 *     jdbc.update("insert into audit(what) values (?)", code);   // JdbcTemplate
 *     Order.objects.create("code", code);                          // the same connection and transaction
 * }
 * </pre>
 */
public final class SpringTransactions implements AmbientTransactions {
    private static final boolean JPA_PRESENT = present("org.springframework.orm.jpa.EntityManagerFactoryInfo");

    @Override
    public AmbientTransaction current(DataSource dataSource) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        // a TransactionAwareDataSourceProxy's connections are bound under the DataSource behind it
        DataSource target = dataSource instanceof TransactionAwareDataSourceProxy proxy
                ? proxy.getTargetDataSource() : dataSource;
        if (target == null) {
            return null;
        }
        // DataSourceTransactionManager marks its holder synchronized; JpaTransactionManager binds the
        // EntityManager's connection with its handle alone, so a held connection counts too
        if (TransactionSynchronizationManager.getResource(target) instanceof ConnectionHolder holder
                && (holder.isSynchronizedWithTransaction() || holder.getConnectionHandle() != null)) {
            return new SpringTransaction(target);
        }
        if (JPA_PRESENT) {
            UnexposedJpaTransaction.refuse(target);
        }
        return null;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, SpringTransactions.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The transaction bound to this thread for one DataSource. */
    private record SpringTransaction(DataSource dataSource) implements AmbientTransaction {
        @Override
        public Connection acquire() {
            return DataSourceUtils.getConnection(dataSource);
        }

        @Override
        public void release(Connection connection) {
            DataSourceUtils.releaseConnection(connection, dataSource); // only counts down: Spring closes it
        }

        @Override
        public boolean readOnly() {
            return TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        }

        @Override
        public void afterCommit(Runnable hook) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    hook.run();
                }
            });
        }

        @Override
        public String describe() {
            return "a Spring-managed transaction";
        }
    }
}
