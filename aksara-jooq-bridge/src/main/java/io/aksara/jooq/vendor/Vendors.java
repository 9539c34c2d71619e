package io.aksara.jooq.vendor;

import io.aksara.errors.AksaraException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.jooq.Configuration;
import org.jooq.SQLDialect;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * The registry of {@link Vendor}s: the built-in ones (H2, PostgreSQL, MySQL, MariaDB, SQLite),
 * those listed in {@code META-INF/services/io.aksara.jooq.vendor.Vendor} on the class path, and
 * any {@link #register registered} at run time. A later registration for the same URL or
 * dialect wins, so an application can replace a built-in vendor with a subclass of its own.
 *
 * <pre>{@code
 * Vendors.register(new PostgresVendor() {
 *     @Override public String connectionInitSql() { return "set time zone 'UTC'; set search_path to shop"; }
 * });
 * Vendors.forUrl("jdbc:postgresql://db/shop").name();   // "postgres"
 * }</pre>
 */
public final class Vendors {
    private static final List<Vendor> BUILT_IN = List.of(new H2Vendor(), new PostgresVendor(), new MysqlVendor(),
            new MariadbVendor(), new SqliteVendor());
    private static final List<Vendor> VENDORS = new CopyOnWriteArrayList<>(loaded());

    private Vendors() {}

    private static List<Vendor> loaded() {
        List<Vendor> all = new ArrayList<>(BUILT_IN);
        ServiceLoader.load(Vendor.class, Vendors.class.getClassLoader()).forEach(all::add);
        return all;
    }

    /** Adds a vendor; it takes precedence over earlier ones for the URLs and dialect it accepts. */
    public static void register(Vendor vendor) {
        VENDORS.add(vendor);
    }

    /**
     * Removes a vendor {@link #register registered} at run time (the one instance given), so the
     * vendor registered before it answers again for its URLs and dialect; databases already open
     * keep the vendor they opened with. The built-in vendors cannot be removed.
     *
     * <pre>{@code
     * Vendor shop = new H2Vendor() { ... };
     * Vendors.register(shop);
     * ...
     * Vendors.unregister(shop);   // true
     * }</pre>
     *
     * @return whether it was registered
     */
    public static boolean unregister(Vendor vendor) {
        return !BUILT_IN.contains(vendor) && VENDORS.remove(vendor);
    }

    /** Every known vendor, in registration order (later ones win). */
    public static List<Vendor> all() {
        return List.copyOf(VENDORS);
    }

    /**
     * The vendor for a JDBC URL, or null when no vendor knows its scheme or there is no URL (a
     * configuration made from a DataSource: ask {@link #of(Connection)} then).
     */
    public static Vendor forUrl(String url) {
        if (url == null) {
            return null;
        }
        for (Vendor v : VENDORS.reversed()) {
            if (v.acceptsUrl(url)) {
                return v;
            }
        }
        return null;
    }

    /** Where an open database's jOOQ configuration carries its vendor ({@link #carry}). */
    private static final String CONFIGURATION_KEY = "io.aksara.jooq.vendor";

    /**
     * The vendor registered last for a dialect family; an exception naming the known databases
     * otherwise. This is the fallback for SQL made with only a dialect and no open database (a
     * static render, a rendering test): an open database renders and checks features with its own
     * vendor, the one that accepted its URL ({@code JooqBackend#databaseVendor()}), so two databases
     * of one family can have different vendors at the same time.
     */
    public static Vendor of(SQLDialect dialect) {
        for (Vendor v : VENDORS.reversed()) {
            if (v.dialect().family() == dialect.family()) {
                return v;
            }
        }
        throw unsupported(dialect.getName());
    }

    /**
     * The vendor of the database a jOOQ configuration belongs to: the open database's own when
     * Aksara made the configuration (it {@link #carry carries} it), else the dialect's. A custom
     * {@code QueryPart} rendered by Aksara reads it from its render context:
     *
     * <pre>{@code
     * public void accept(Context<?> ctx) {
     *     ctx.visit(Vendors.of(ctx.configuration()).now());
     * }
     * }</pre>
     */
    public static Vendor of(Configuration configuration) {
        return configuration.data(CONFIGURATION_KEY) instanceof Vendor v ? v : of(configuration.dialect());
    }

    /**
     * Makes a jOOQ configuration carry the vendor of its database, for {@link #of(Configuration)};
     * done once, when a database opens.
     */
    public static void carry(Configuration configuration, Vendor vendor) {
        configuration.data(CONFIGURATION_KEY, vendor);
    }

    /**
     * The vendor of an open connection: the one that accepts the URL the driver reports (as a
     * database's pool chose it), else the one for the database the driver says it is.
     */
    public static Vendor of(Connection connection) {
        Vendor fromUrl = forUrl(url(connection));
        if (fromUrl != null) {
            return fromUrl;
        }
        SQLDialect d = JDBCUtils.dialect(connection);
        for (Vendor v : VENDORS.reversed()) {
            if (v.dialect().family() == d.family()) {
                return v;
            }
        }
        throw unsupported(describe(connection));
    }

    private static String url(Connection c) {
        try {
            return c.getMetaData().getURL();
        } catch (SQLException e) {
            return null; // the driver does not tell: the database's product decides
        }
    }

    private static String describe(Connection c) {
        try {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            return "unknown";
        }
    }

    /** The error for a database no vendor knows, listing the ones that are known. */
    public static AksaraException unsupported(String what) {
        String known = VENDORS.stream().map(Vendor::displayName).distinct().collect(Collectors.joining(", "));
        return new AksaraException("Unsupported database '" + what + "'. Aksara supports " + known
                + "; a further database needs an io.aksara.jooq.vendor.Vendor (see docs/extending.md)");
    }
}
