package io.aksara.cli;

import io.aksara.DatabaseConfig;
import io.aksara.schema.migrate.MigrateResult;
import io.aksara.schema.migrations.TenantMigrations;
import io.aksara.tenancy.SchemaPerTenant;
import io.aksara.tenancy.TenantRouter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code migrate_tenants --tenants a,b (--schemas | --url-template URL) [TARGET | zero]}: the
 * migrations run on every tenant's schema or database, one after the other.
 */
final class MigrateTenantsCommand implements Command {
    @Override
    public String name() {
        return "migrate_tenants";
    }

    @Override
    public String summary() {
        return "apply the migrations to every tenant's schema or database";
    }

    @Override
    public String help() {
        return """
                usage: ./aksara migrate_tenants --tenants ID[,ID...] --schemas [TARGET | zero]
                       ./aksara migrate_tenants --tenants ID[,ID...] --url-template URL [TARGET | zero]

                Runs the migrations on each tenant in turn (see docs/tenancy.md). Each tenant has its own
                migration history, so a failure stops at that tenant, names it, and a second run carries on.

                  --tenants ID,...      the tenants (lower-case letters, digits and '_' with --schemas)
                  --schemas             schema per tenant on the database of --url: the schema tenant_ID
                                        (a database on MariaDB and MySQL) is created when missing
                  --url-template URL    database per tenant: URL with {tenant} standing for the id; the
                                        user and password are those of the database options

                examples:
                  ./aksara migrate_tenants --tenants acme,globex --schemas
                  ./aksara migrate_tenants --tenants north,south --url-template 'jdbc:postgresql://db/{tenant}'
                  ./aksara migrate_tenants --tenants acme --schemas zero
                """;
    }

    @Override
    public Set<String> flags() {
        return Set.of("--schemas");
    }

    @Override
    public Set<String> options() {
        return Set.of("--tenants", "--url-template");
    }

    @Override
    public int run(CommandContext context, Arguments args) {
        if (args.positional().size() > 1) {
            throw new UsageError("migrate_tenants takes at most one target, found: " + String.join(" ", args.positional()));
        }
        List<String> tenants = tenants(args.value("--tenants"));
        String template = args.value("--url-template");
        boolean schemas = args.flag("--schemas");
        if (schemas == (template != null)) {
            throw new UsageError("migrate_tenants needs exactly one of --schemas and --url-template");
        }
        if (template != null && !template.contains("{tenant}")) {
            throw new UsageError("--url-template must contain {tenant}, got '" + template + "'");
        }
        TenantRouter router = TenantRouter.withAliasPrefix("migrate_tenants:");
        DatabaseConfig server = context.database();
        for (String tenant : tenants) {
            if (schemas) {
                SchemaPerTenant.on(server, router).addTenant(tenant);
            } else {
                router.addTenant(tenant, DatabaseConfig.builder().url(template.replace("{tenant}", tenant))
                        .user(server.user()).password(server.password()).poolSize(1).build());
            }
        }
        String target = args.positional().isEmpty() ? null : args.positional().getFirst();
        Map<String, MigrateResult> results = TenantMigrations.migrateAll(context.migrations(), router, target);
        results.forEach((tenant, result) -> {
            if (result.nothingToDo()) {
                context.out().println("Tenant " + tenant + ": no migrations to apply or roll back.");
            }
            result.rolledBack().forEach(m -> context.out().println("Tenant " + tenant + ": rolled back " + m));
            result.applied().forEach(m -> context.out().println("Tenant " + tenant + ": applied " + m));
        });
        return 0;
    }

    private static List<String> tenants(String value) {
        if (value == null || value.isBlank()) {
            throw new UsageError("migrate_tenants needs --tenants ID[,ID...]");
        }
        List<String> out = new ArrayList<>();
        for (String t : value.split(",")) {
            if (!t.isBlank()) {
                out.add(t.strip());
            }
        }
        return out;
    }
}
