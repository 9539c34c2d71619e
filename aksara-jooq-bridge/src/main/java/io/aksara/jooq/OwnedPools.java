package io.aksara.jooq;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.aksara.DatabaseConfig;
import io.aksara.errors.AksaraException;
import io.aksara.internal.SecretMask;
import io.aksara.jooq.internal.AdmissionGate;
import io.aksara.jooq.internal.ErrorTranslator;
import io.aksara.jooq.internal.PooledConnections;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.jooq.vendor.Vendors;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * Opens the HikariCP pool of a configuration Aksara owns (its URL and credentials), for
 * {@link JooqBackend#open}: the credentials go to the driver only inside a {@code UrlDataSource},
 * the vendor adds its driver properties and init SQL, and a failure to open is reported with any
 * password masked. The vendor is detected from the first connection when the URL does not tell it.
 */
final class OwnedPools {
    private OwnedPools() {}

    /** See {@link JooqBackend#open(String, DatabaseConfig)}: a configuration that is not adopted. */
    static JooqBackend open(String alias, DatabaseConfig config) {
        Vendor vendor = Vendors.forUrl(config.url());
        HikariConfig hc = new HikariConfig();
        hc.setDataSource(UrlDataSource.of(config));
        hc.setMaximumPoolSize(config.poolSize());
        hc.setMinimumIdle(Math.min(2, config.poolSize()));
        hc.setConnectionTimeout(config.connectionTimeoutMs());
        hc.setPoolName("aksara-" + alias);
        if (vendor != null && vendor.connectionInitSql() != null) {
            hc.setConnectionInitSql(vendor.connectionInitSql());
        }
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            Set<String> secrets = SecretMask.secrets(config.url(), config.password());
            throw new AksaraException("Cannot open database '" + alias + "' at " + config.maskedUrl() + ": "
                    + SecretMask.text(rootMessage(e), secrets), SecretMask.cause(e, secrets));
        }
        if (vendor == null) {
            try (Connection c = ds.getConnection()) {
                vendor = Vendors.of(c);
            } catch (SQLException e) {
                ds.close();
                throw ErrorTranslator.translate(e, null);
            } catch (RuntimeException e) {
                ds.close();
                throw e;
            }
        }
        AdmissionGate gate = config.fairQueue() > 0 ? new AdmissionGate(config.fairQueue(), ds.getPoolName(), () -> state(ds)) : null;
        return new JooqBackend(alias, ds, new PooledConnections(ds, ds.getPoolName(), gate, config.connectionTimeoutMs()),
                vendor, config.statementTimeout(), config.maskedUrl());
    }

    /** The pool's counts as HikariCP's own timeout message gives them. */
    private static String state(HikariDataSource ds) {
        HikariPoolMXBean pool = ds.getHikariPoolMXBean();
        return pool == null ? "closed" : "total=" + pool.getTotalConnections() + ", active=" + pool.getActiveConnections()
                + ", idle=" + pool.getIdleConnections() + ", waiting=" + pool.getThreadsAwaitingConnection();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
