package io.aksara.jooq.internal;

import io.aksara.internal.TransactionPooling;
import io.aksara.jooq.internal.plan.InsertTexts;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.spi.ConnectionSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * What the statement machinery needs to know about one open database, handed to it by
 * {@code JooqBackend} in place of the backend itself: so {@link Statements}, {@link Lease},
 * {@link StatementGuard} and the rest depend on this value, not on the public class that calls
 * them (the bridge's public package and its internals no longer import each other both ways).
 *
 * <pre>{@code
 * BackendContext db = new BackendContext("default", vendor, dsl, dataSource, connections, true, null);
 * Statements.update(db, "delete from items where id = ?", List.of(7));
 * }</pre>
 *
 * @param alias            the database's alias, as transactions and messages name it
 * @param databaseVendor   what differs on this database: features, SQL, error codes
 * @param dsl              jOOQ over the database's connections, with Aksara's rendering settings
 * @param dataSource       serves side connections (to stop a running statement)
 * @param connections      where statements and atomic blocks get their connections
 * @param ownsPool         whether Aksara opened the pool, rather than borrowing the application's
 * @param statementTimeout the default limit of a statement, or null for none
 * @param insertTexts      bulkCreate's multi-row INSERTs, rendered once per shape
 * @param updatePlans      bulkUpdate's statements and binds, kept per model and fields
 * @param pooler           whether connections go through a transaction-mode pooler, read once
 */
public record BackendContext(String alias, Vendor databaseVendor, DSLContext dsl, DataSource dataSource,
        ConnectionSource connections, boolean ownsPool, Duration statementTimeout, InsertTexts insertTexts,
        UpdatePlans updatePlans, PoolerCheck pooler) {

    /** A context with empty INSERT text and UPDATE plan caches and the pooler not yet looked at. */
    public BackendContext(String alias, Vendor databaseVendor, DSLContext dsl, DataSource dataSource,
            ConnectionSource connections, boolean ownsPool, Duration statementTimeout) {
        this(alias, databaseVendor, dsl, dataSource, connections, ownsPool, statementTimeout, new InsertTexts(),
                new UpdatePlans(), new PoolerCheck());
    }

    /** The jOOQ dialect of the database. */
    public SQLDialect dialect() {
        return databaseVendor.dialect();
    }

    /**
     * Whether this database is reached through a transaction-mode pooler (a PostgreSQL URL with
     * {@code prepareThreshold=0}), read from the first connection asked and kept: every connection
     * of one database comes from the same place.
     */
    public boolean behindTransactionPooler(Connection connection) throws SQLException {
        return pooler.behind(connection);
    }

    /**
     * Whether {@link #behindTransactionPooler} has been answered already: it reads a live
     * connection's metadata the first time, which a connection broken by an interrupt no longer has.
     */
    boolean poolerKnown() {
        return pooler.behind != null;
    }

    /** The one mutable part: a flag learnt from the first connection, the same for all later ones. */
    public static final class PoolerCheck {
        private volatile Boolean behind;

        boolean behind(Connection connection) throws SQLException {
            Boolean known = behind;
            if (known == null) {
                known = TransactionPooling.behind(connection.getMetaData().getURL());
                behind = known;
            }
            return known;
        }
    }
}
