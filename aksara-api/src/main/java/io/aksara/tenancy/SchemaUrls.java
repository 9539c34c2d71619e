package io.aksara.tenancy;

import io.aksara.errors.AksaraException;
import java.util.Locale;

/** JDBC URLs rewritten to open connections in a given schema, per database family. */
final class SchemaUrls {
    private SchemaUrls() {}

    static boolean isMysqlFamily(String url) {
        return url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:");
    }

    static String withSchema(String url, String schema) {
        if (url.startsWith("jdbc:postgresql:")) {
            return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
        if (url.startsWith("jdbc:h2:")) {
            return url + ";SCHEMA=" + schema.toUpperCase(Locale.ROOT);
        }
        if (isMysqlFamily(url)) {
            int hostStart = url.indexOf("//");
            int query = url.indexOf('?');
            String head = query < 0 ? url : url.substring(0, query);
            String tail = query < 0 ? "" : url.substring(query);
            int slash = hostStart < 0 ? -1 : head.indexOf('/', hostStart + 2);
            String hosts = slash < 0 ? head : head.substring(0, slash);
            return hosts + "/" + schema + tail;
        }
        if (url.startsWith("jdbc:sqlite:")) {
            throw new AksaraException("Schema-per-tenant knows PostgreSQL, MariaDB, MySQL and H2 URLs, not SQLite's:"
                    + " a SQLite file is one schema. Give each tenant a file of its own instead:"
                    + " router.addTenant(tenant, DatabaseConfig.sqlite(\"tenant_\" + tenant + \".db\"))");
        }
        throw new AksaraException("Schema-per-tenant knows PostgreSQL, MariaDB, MySQL and H2 URLs, not '"
                + url.substring(0, Math.min(url.length(), 16)) + "...'");
    }
}
