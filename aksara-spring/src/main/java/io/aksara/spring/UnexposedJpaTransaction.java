package io.aksara.spring;

import io.aksara.errors.TransactionError;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A JPA transaction on Aksara's DataSource whose JDBC connection Spring did not expose. A
 * {@code JpaTransactionManager} binds the EntityManager's connection for the DataSource only when
 * its JpaDialect hands it out ({@code HibernateJpaDialect} does, {@code DefaultJpaDialect} does
 * not); without it Aksara would quietly write on a connection of its own, outside the transaction
 * it was called in, and commit what the method later rolls back. So it refuses instead.
 * Only loaded when spring-orm is on the class path.
 */
final class UnexposedJpaTransaction {
    private UnexposedJpaTransaction() {}

    /** Throws when a JPA transaction on this thread runs on {@code dataSource} without exposing its connection. */
    static void refuse(DataSource dataSource) {
        for (var entry : TransactionSynchronizationManager.getResourceMap().entrySet()) {
            if (entry.getValue() instanceof EntityManagerHolder holder && holder.isSynchronizedWithTransaction()
                    && entry.getKey() instanceof EntityManagerFactoryInfo info && sameSource(info.getDataSource(), dataSource)) {
                throw new TransactionError("A JpaTransactionManager transaction is running on " + describe(dataSource)
                        + " but did not expose its JDBC connection for it (the manager's JpaDialect does not hand it"
                        + " out, or the manager was not given this DataSource), so Aksara cannot join it: its writes"
                        + " would commit on their own. Use HibernateJpaDialect (HibernateJpaVendorAdapter sets it) and"
                        + " give the JpaTransactionManager this DataSource (setDataSource), as Spring Boot does.");
            }
        }
    }

    private static boolean sameSource(DataSource jpa, DataSource aksara) {
        DataSource unwrapped = jpa instanceof TransactionAwareDataSourceProxy proxy ? proxy.getTargetDataSource() : jpa;
        return unwrapped != null && unwrapped == aksara;
    }

    private static String describe(DataSource dataSource) {
        return "DataSource " + dataSource.getClass().getSimpleName();
    }
}
