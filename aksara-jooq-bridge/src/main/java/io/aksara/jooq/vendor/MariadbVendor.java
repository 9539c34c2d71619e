package io.aksara.jooq.vendor;

import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import org.jooq.SQLDialect;

/**
 * MariaDB through the MariaDB driver and jOOQ's MARIADB dialect: MySQL's SQL and error codes, with
 * {@code RETURNING} (the driver pipelines batches by itself and needs no extra properties).
 *
 * <pre>{@code Vendors.forUrl("jdbc:mariadb://db/shop").name()   // "mariadb"}</pre>
 */
public class MariadbVendor extends MysqlVendor {
    @Override public String name() { return "mariadb"; }

    @Override public String displayName() { return "MariaDB"; }

    @Override public SQLDialect dialect() { return SQLDialect.MARIADB; }

    /** MySQL's features, and RETURNING (the driver reports only the first key of a multi-row INSERT otherwise). */
    @Override
    public Set<Feature> features() {
        Set<Feature> features = EnumSet.copyOf(super.features());
        features.add(Feature.RETURNING);
        return features;
    }

    @Override public boolean acceptsUrl(String url) { return url.startsWith("jdbc:mariadb:"); }

    @Override public void addDriverProperties(String url, Properties properties) {}

    /** The MariaDB driver streams with an ordinary fetch size. */
    @Override public int streamingFetchSize(int chunkSize) { return chunkSize; }

    /** The MariaDB driver reports only the first id of a multi-row INSERT; RETURNING gives them all. */
    @Override public boolean bulkKeysByReturning() { return true; }

    /** Asking for keys keeps the MariaDB driver from its bulk protocol, which reports no per-row counts (SUCCESS_NO_INFO). */
    @Override public boolean batchCountsNeedGeneratedKeys() { return true; }

    @Override public String liquibaseName() { return "mariadb"; }
}
