package io.aksara.jooq;

import io.aksara.jooq.vendor.Vendor;
import io.aksara.jooq.vendor.Vendors;
import java.sql.Connection;
import org.jooq.SQLDialect;

/**
 * Picks the jOOQ dialect for a database: from the JDBC URL when it says, else from the connection,
 * through the {@link Vendors} registry. {@code jdbc:mysql:} is MySQL even when the server is
 * MariaDB: Connector/J speaks the MySQL protocol, and jOOQ's MARIADB dialect needs the MariaDB
 * driver for {@code RETURNING}.
 *
 * <pre>{@code Dialects.fromUrl("jdbc:postgresql://localhost/shop");   // POSTGRES }</pre>
 */
public final class Dialects {
    private Dialects() {}

    /** The dialect named by the URL's scheme, or null when the URL does not tell. */
    public static SQLDialect fromUrl(String url) {
        Vendor v = Vendors.forUrl(url);
        return v == null ? null : v.dialect();
    }

    /** The dialect of an open connection, asking the driver. */
    public static SQLDialect fromConnection(Connection c) {
        return Vendors.of(c).dialect();
    }


    /**
     * Whether the dialect is MySQL or MariaDB, which share column types and value handling. New
     * code asks the dialect's {@link Vendors#of(SQLDialect) vendor} for the feature it needs instead.
     */
    public static boolean isMysqlFamily(SQLDialect d) {
        return d.family() == SQLDialect.MYSQL || d.family() == SQLDialect.MARIADB;
    }
}
