package io.aksara.tenancy;

import io.aksara.DatabaseConfig;
import io.aksara.errors.AksaraException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Schema-per-tenant on one server: each tenant's tables live in a schema of their own (a database
 * on MariaDB and MySQL, where a schema is a database), reached through a {@link TenantRouter}
 * alias whose connections are opened with that schema as their default: {@code currentSchema} on
 * PostgreSQL (pgjdbc sets {@code search_path} when it connects), the database of the URL on
 * MariaDB and MySQL, {@code SCHEMA=} on H2.
 *
 * <pre>{@code
 * TenantRouter tenants = TenantRouter.create();
 * Aksara.routers(tenants);
 * SchemaPerTenant schemas = SchemaPerTenant.on(serverConfig, tenants);
 * schemas.addTenant("acme");                   // CREATE SCHEMA IF NOT EXISTS tenant_acme, alias "tenant:acme"
 * TenantMigrations.migrateAll(Migrations.at(dir), tenants);
 * Tenants.run("acme", () -> Invoice.objects.count());   // reads tenant_acme.invoices
 * }</pre>
 *
 * <p>Why a pool per schema and not one pool switching {@code search_path}: the SQL Aksara renders
 * and caches never names a schema, and no connection ever changes schema after it is opened, so
 * neither the plan cache nor a pooled connection can carry one tenant's schema into another's
 * statement. The cost is a pool per tenant (size it small with {@code poolSize}): right for tens
 * or hundreds of tenants, not for tens of thousands. Behind PgBouncer in transaction mode a
 * {@code search_path} startup parameter is not kept per client; give each tenant a PgBouncer
 * database entry of its own instead (docs/tenancy.md).
 */
public final class SchemaPerTenant {
    private static final Pattern TENANT_ID = Pattern.compile("[a-z0-9_]{1,40}");

    private final DatabaseConfig server;
    private final TenantRouter router;
    private final String schemaPrefix;

    private SchemaPerTenant(DatabaseConfig server, TenantRouter router, String schemaPrefix) {
        if (server.url() == null || server.adopted()) {
            throw new AksaraException("Schema-per-tenant opens connections of its own: configure the server by URL, not"
                    + " with the application's DataSource");
        }
        this.server = server;
        this.router = router;
        this.schemaPrefix = schemaPrefix;
    }

    /** Tenants of {@code router} in schemas named {@code "tenant_" + id} on the server of {@code server}. */
    public static SchemaPerTenant on(DatabaseConfig server, TenantRouter router) {
        Objects.requireNonNull(server, "server");
        SchemaUrls.withSchema(server.url(), "tenant_"); // a database without schemas is refused here, before any SQL
        return new SchemaPerTenant(Objects.requireNonNull(server, "server"), Objects.requireNonNull(router, "router"), "tenant_");
    }

    /** The same, with schemas named {@code prefix + id}. */
    public SchemaPerTenant schemaPrefix(String prefix) {
        if (!TENANT_ID.matcher(prefix).matches()) {
            throw new AksaraException("A schema prefix is lower-case letters, digits and '_', got '" + prefix + "'");
        }
        return new SchemaPerTenant(server, router, prefix);
    }

    /** The schema a tenant's tables live in. Tenant ids are lower-case letters, digits and '_' (they name a schema). */
    public String schemaOf(String tenant) {
        if (tenant == null || !TENANT_ID.matcher(tenant).matches()) {
            throw new AksaraException("A schema-per-tenant tenant id is 1 to 40 lower-case letters, digits and '_', got '"
                    + tenant + "'");
        }
        return schemaPrefix + tenant;
    }

    /** Creates the tenant's schema when it is missing and adds the tenant to the router; returns its alias. */
    public String addTenant(String tenant) {
        String schema = schemaOf(tenant);
        createSchema(schema);
        return router.addTenant(tenant, configFor(schema));
    }

    /** The configuration of the server with {@code schema} as the default schema of every connection. */
    public DatabaseConfig configFor(String schema) {
        return new DatabaseConfig(SchemaUrls.withSchema(server.url(), schema), server.user(), server.password(),
                server.poolSize(), server.connectionTimeoutMs(), server.statementTimeout(), null, server.fairQueue());
    }

    private void createSchema(String schema) {
        // the name passed schemaOf's pattern: it cannot carry SQL, and identifiers cannot be bound
        String ddl = SchemaUrls.isMysqlFamily(server.url()) ? "CREATE DATABASE IF NOT EXISTS " + schema
                : "CREATE SCHEMA IF NOT EXISTS " + schema;
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
                Statement s = c.createStatement()) {
            s.execute(ddl);
        } catch (SQLException e) {
            throw new AksaraException("Cannot create schema '" + schema + "' on " + server.maskedUrl() + ": " + e.getMessage(), e);
        }
    }
}
