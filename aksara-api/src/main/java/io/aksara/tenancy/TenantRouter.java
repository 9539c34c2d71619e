package io.aksara.tenancy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Model;
import io.aksara.errors.AksaraException;
import io.aksara.routing.Router;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Database-per-tenant (and schema-per-tenant, see {@link SchemaPerTenant}): every read and write of
 * a tenant model goes to the database alias of the bound tenant. Tenants are added while the
 * application runs; each has its own alias and pool. Models marked {@link #shared} (the tenant
 * directory itself, plans, feature flags) stay where the other routers or the default put them.
 *
 * <pre>{@code
 * TenantRouter tenants = TenantRouter.create().shared(Plan.class);
 * Aksara.routers(tenants);
 * tenants.addTenant("acme", DatabaseConfig.builder().url("jdbc:postgresql://db/acme").build());
 * TenantMigrations.migrateAll(Migrations.at(dir), tenants);   // (aksara-schema) every tenant database
 * Tenants.run("acme", () -> Invoice.objects.create("number", 1));   // on acme's database
 * }</pre>
 *
 * <p>A tenant model used with no tenant bound is refused ({@link io.aksara.errors.NoTenantBound});
 * a bound tenant that was never added is refused too, naming the tenants that exist.
 * {@code using("alias")} still wins over the router, as for every router.
 */
public final class TenantRouter implements Router {
    private final Map<String, String> aliases = new ConcurrentHashMap<>();
    private final Set<Class<? extends Model>> shared = ConcurrentHashMap.newKeySet();
    private final String prefix;

    private TenantRouter(String prefix) {
        this.prefix = prefix;
    }

    /** A router whose tenant aliases are {@code "tenant:" + id}. */
    public static TenantRouter create() {
        return new TenantRouter("tenant:");
    }

    /** A router whose tenant aliases are {@code prefix + id}. */
    public static TenantRouter withAliasPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return new TenantRouter(prefix);
    }

    /** Models that are not per tenant: the router has no opinion on them. */
    @SafeVarargs
    public final TenantRouter shared(Class<? extends Model>... models) {
        shared.addAll(Set.of(models));
        return this;
    }

    /**
     * Adds a tenant (or replaces its database): configures its alias with {@link Aksara#configure}.
     * Returns the alias. Its tables are not made here: run {@code TenantMigrations} for it.
     */
    public String addTenant(String tenant, DatabaseConfig config) {
        Objects.requireNonNull(config, "config");
        String alias = aliasOf(Objects.requireNonNull(tenant, "tenant"));
        Aksara.configure(alias, config);
        aliases.put(tenant, alias);
        return alias;
    }

    /** Forgets a tenant; its pool closes with the next {@link Aksara#close()}. */
    public void removeTenant(String tenant) {
        aliases.remove(tenant);
    }

    /** The alias a tenant's database has (whether or not it was added). */
    public String aliasOf(String tenant) {
        return prefix + tenant;
    }

    /** The tenants added, with their aliases, in no particular order. */
    public Map<String, String> tenants() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
    }

    @Override
    public String dbForRead(Class<? extends Model> model, Model instance) {
        return route(model);
    }

    @Override
    public String dbForWrite(Class<? extends Model> model, Model instance) {
        return route(model);
    }

    @Override
    public Boolean allowMigrate(String alias, Class<? extends Model> model) {
        if (!aliases.containsValue(alias)) {
            return null;
        }
        return !shared.contains(model);
    }

    private String route(Class<? extends Model> model) {
        if (shared.contains(model)) {
            return null;
        }
        String tenant = Tenants.current();
        String alias = aliases.get(tenant);
        if (alias == null) {
            throw new AksaraException("Tenant '" + tenant + "' has no database: add it with TenantRouter.addTenant(\""
                    + tenant + "\", config) first; the tenants are " + aliases.keySet());
        }
        return alias;
    }

    @Override
    public String toString() {
        return "TenantRouter" + aliases.keySet();
    }
}
