package io.aksara.jooq.vendor;

import io.aksara.errors.AksaraException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
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

    /** The vendor that renders in a dialect (its family); an exception naming the known databases otherwise. */
    public static Vendor of(SQLDialect dialect) {
        for (Vendor v : VENDORS.reversed()) {
            if (v.dialect().family() == dialect.family()) {
                return v;
            }
        }
        throw unsupported(dialect.getName());
    }

    /** The vendor of an open connection, asking the driver which database it is. */
    public static Vendor of(Connection connection) {
        SQLDialect d = JDBCUtils.dialect(connection);
        for (Vendor v : VENDORS.reversed()) {
            if (v.dialect().family() == d.family()) {
                return v;
            }
        }
        throw unsupported(describe(connection));
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
