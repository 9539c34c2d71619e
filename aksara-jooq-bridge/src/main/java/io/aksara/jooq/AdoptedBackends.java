package io.aksara.jooq;

import io.aksara.DatabaseConfig;
import io.aksara.internal.DataSourceConnections;
import io.aksara.jooq.internal.ErrorTranslator;
import io.aksara.jooq.internal.JooqConnections;
import io.aksara.spi.ConnectionSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.jooq.vendor.Vendors;

/**
 * Backends on connections the application owns: its DataSource or its jOOQ configuration. No pool
 * is opened and none is closed; the dialect comes from the jOOQ configuration, or from the URL
 * and product a first connection reports.
 */
final class AdoptedBackends {
    private AdoptedBackends() {}

    static JooqBackend open(String alias, DatabaseConfig config) {
        ConnectionSource source = config.connections();
        if (source instanceof JooqConnections jooq) {
            jooq.attach(alias);
            return new JooqBackend(alias, jooq.dataSource(), source, false, Vendors.of(jooq.dialect()),
                    JooqDatabases.aksaraSettings(jooq.settings(), jooq.dialect()), config.statementTimeout(),
                    config.maskedUrl());
        }
        Vendor vendor = detect(source);
        DataSource side = source instanceof DataSourceConnections ds ? ds.dataSource() : null;
        return new JooqBackend(alias, side, source, false, vendor, JooqBackend.settings(vendor),
                config.statementTimeout(), config.maskedUrl());
    }

    /** The URL's scheme when it tells (Connector/J talking to MariaDB is MYSQL), else what the driver reports. */
    private static Vendor detect(ConnectionSource source) {
        Connection c = null;
        try {
            c = source.acquire();
            Vendor fromUrl = Vendors.forUrl(String.valueOf(c.getMetaData().getURL()));
            return fromUrl != null ? fromUrl : Vendors.of(c);
        } catch (SQLException e) {
            throw ErrorTranslator.translate(e, null);
        } finally {
            if (c != null) {
                try {
                    source.release(c);
                } catch (SQLException e) {
                    // the dialect is known; a failed hand-back is the application pool's to deal with
                }
            }
        }
    }
}
