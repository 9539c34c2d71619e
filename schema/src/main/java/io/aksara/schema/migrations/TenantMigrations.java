package io.aksara.schema.migrations;

import io.aksara.errors.AksaraException;
import io.aksara.schema.migrate.MigrateResult;
import io.aksara.tenancy.TenantRouter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Migrations applied to every tenant of a {@link TenantRouter}: each tenant's database (or schema)
 * is migrated in turn, in tenant order, over the models the router lets live there (not the
 * shared ones). A failure stops at that tenant and names it; the tenants before it stay migrated
 * (each has its own history), so running it again carries on where it stopped.
 *
 * <pre>{@code
 * Map<String, MigrateResult> done = TenantMigrations.migrateAll(Migrations.at(Path.of("migrations/tenant")), tenants);
 * }</pre>
 */
public final class TenantMigrations {
    private TenantMigrations() {}

    /** Runs every pending migration on every tenant; returns each tenant's result. */
    public static Map<String, MigrateResult> migrateAll(Migrations migrations, TenantRouter router) {
        return migrateAll(migrations, router, null);
    }

    /** Moves every tenant to {@code target} ({@code "zero"}, a migration name, or null for the newest). */
    public static Map<String, MigrateResult> migrateAll(Migrations migrations, TenantRouter router, String target) {
        Map<String, MigrateResult> results = new LinkedHashMap<>();
        for (Map.Entry<String, String> tenant : new TreeMap<>(router.tenants()).entrySet()) {
            try {
                results.put(tenant.getKey(), migrations.forDatabase(tenant.getValue()).migrate(target));
            } catch (RuntimeException e) {
                throw new AksaraException("Migrating tenant '" + tenant.getKey() + "' failed (tenants migrated before it: "
                        + results.keySet() + "): " + e.getMessage(), e);
            }
        }
        return results;
    }
}
