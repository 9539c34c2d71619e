package io.aksara.jooq;

import io.aksara.errors.AksaraException;
import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.SQLDialect;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * Picks the jOOQ dialect for a database: from the JDBC URL when it says, else from the connection.
 * {@code jdbc:mysql:} is MySQL even when the server is MariaDB: Connector/J speaks the MySQL
 * protocol, and jOOQ's MARIADB dialect needs the MariaDB driver for {@code RETURNING}.
 *
 * <pre>{@code Dialects.fromUrl("jdbc:postgresql://localhost/shop");   // POSTGRES }</pre>
 */
public final class Dialects {
    private Dialects() {}

    /** The dialect named by the URL's scheme, or null when the URL does not tell. */
    public static SQLDialect fromUrl(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        if (url.startsWith("jdbc:mysql:")) {
            return SQLDialect.MYSQL;
        }
        if (url.startsWith("jdbc:mariadb:")) {
            return SQLDialect.MARIADB;
        }
        if (url.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        return null;
    }

    /** The dialect of an open connection, asking the driver. */
    public static SQLDialect fromConnection(Connection c) {
        SQLDialect d = JDBCUtils.dialect(c);
        return switch (d.family()) {
            case POSTGRES, MYSQL, MARIADB, H2 -> d.family();
            default -> throw unsupported(describe(c));
        };
    }

    private static String describe(Connection c) {
        try {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            return "unknown";
        }
    }

    static AksaraException unsupported(String what) {
        return new AksaraException("Unsupported database '" + what + "'. Aksara supports PostgreSQL (jdbc:postgresql:), "
                + "MySQL and MariaDB (jdbc:mysql:, jdbc:mariadb:) and H2 (jdbc:h2:)");
    }

    /** Whether the dialect is MySQL or MariaDB, which share column types and value handling. */
    public static boolean isMysqlFamily(SQLDialect d) {
        return d.family() == SQLDialect.MYSQL || d.family() == SQLDialect.MARIADB;
    }
}
