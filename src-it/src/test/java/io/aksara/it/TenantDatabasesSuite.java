package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.QueryLog;
import io.aksara.errors.AksaraException;
import io.aksara.errors.NoTenantBound;
import io.aksara.it.models.tenancy.Note;
import io.aksara.it.models.tenancy.Plan;
import io.aksara.jooq.JooqBackend;
import io.aksara.meta.ModelRegistry;
import io.aksara.schema.migrate.MigrateResult;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.Migrations;
import io.aksara.schema.migrations.TenantMigrations;
import io.aksara.tenancy.SchemaPerTenant;
import io.aksara.tenancy.TenantRouter;
import io.aksara.tenancy.Tenants;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Schema-per-tenant ({@link SchemaPerTenant}: a PostgreSQL or H2 schema, a MariaDB database) and
 * database-per-tenant ({@link TenantRouter} over aliases added at run time): each tenant's tables
 * are made by {@link TenantMigrations}, reads and writes of the bound tenant reach its own schema
 * only (raw jOOQ on the tenant's alias too), the SQL text is the same for every tenant (the plan
 * cache cannot carry a schema), and the default pool's connections never change schema.
 */
@OnEveryDatabase
class TenantDatabasesSuite {
    private static final List<String> SCHEMA_TENANTS = List.of("acme", "globex", "initech");

    @Parameter
    TestDatabase db;

    private DatabaseConfig server;
    private MigratedSchema shared;
    private TenantRouter router;
    private Migrations migrations;

    @BeforeParameterizedClassInvocation
    void setUp() throws IOException {
        // the after-hook runs for a skipped database too: it must not see the previous one's state
        server = null;
        shared = null;
        Assumptions.assumeFalse(db.isSqlite(), "SQLite: a file is one schema, and a tenant database is a file of its own");
        server = db.config();
        Aksara.configure(server);
        shared = MigratedSchema.create(server, Plan.class);
        migrations = Migrations.at(Files.createTempDirectory("aksara-it-tenants")).models(List.of(ModelRegistry.metaOf(Note.class)));
        migrations.makemigrations(MakeMigrationsOptions.defaults());
        for (String tenant : SCHEMA_TENANTS) {
            run(server, dropSchema("tenant_" + tenant));
        }
    }

    @AfterEach
    void forgetRouter() {
        Aksara.routers();
    }

    @AfterParameterizedClassInvocation
    void tearDown() {
        Aksara.routers();
        Aksara.close();
        if (server == null) {
            return;
        }
        for (String tenant : SCHEMA_TENANTS) {
            run(server, dropSchema("tenant_" + tenant));
        }
        if (shared != null) {
            shared.drop();
        }
    }

    @Test
    void schemaPerTenantKeepsEachTenantInItsSchema() {
        router = TenantRouter.create().shared(Plan.class);
        Aksara.routers(router);
        SchemaPerTenant schemas = SchemaPerTenant.on(server, router);
        schemas.addTenant("acme");
        schemas.addTenant("globex");
        Map<String, MigrateResult> first = TenantMigrations.migrateAll(migrations, router);
        assertThat(first.keySet()).containsExactly("acme", "globex");
        assertThat(first.values()).allSatisfy(r -> assertThat(r.applied()).hasSize(1));

        Tenants.run("acme", () -> {
            Note.objects.create("text", "acme one");
            Note.objects.create("text", "acme two");
            Plan.objects.create("name", "gold"); // shared: the default database
        });
        Tenants.run("globex", () -> Note.objects.create("text", "globex one"));

        List<String> acmeSql = QueryLog.capture(() -> assertThat(Tenants.call("acme",
                () -> Note.objects.orderBy("text").valuesList("text", String.class).fetch())).containsExactly("acme one", "acme two"));
        List<String> globexSql = QueryLog.capture(() -> assertThat(Tenants.call("globex",
                () -> Note.objects.orderBy("text").valuesList("text", String.class).fetch())).containsExactly("globex one"));
        assertThat(acmeSql).isEqualTo(globexSql).noneMatch(sql -> sql.toLowerCase().contains("tenant_"));

        // raw jOOQ on the tenant's own alias sees that tenant's table only
        int rawGlobex = Tenants.call("globex", () -> JooqBackend.of(Aksara.backend(router.aliasOf(Tenants.current())))
                .dsl().fetchCount(DSL.table("tn_notes")));
        assertThat(rawGlobex).isEqualTo(1);
        assertThat(Plan.objects.using(Aksara.DEFAULT).valuesList("name", String.class).fetch()).containsExactly("gold");
        assertThat(defaultSchemaOfTheDefaultPool()).isNotIn("tenant_acme", "tenant_globex", "TENANT_ACME", "TENANT_GLOBEX");

        assertThatThrownBy(Note.objects::count).isInstanceOf(NoTenantBound.class);
        assertThatThrownBy(() -> Tenants.run("umbrella", () -> Note.objects.count()))
                .isInstanceOf(AksaraException.class).hasMessageContaining("umbrella").hasMessageContaining("acme");

        // a tenant added while the application runs: migrateAll migrates it, the others have nothing to do
        schemas.addTenant("initech");
        Map<String, MigrateResult> second = TenantMigrations.migrateAll(migrations, router);
        assertThat(second.get("initech").applied()).hasSize(1);
        assertThat(second.get("acme").nothingToDo()).isTrue();
        assertThat(Tenants.call("initech", () -> {
            Note.objects.create("text", "initech one");
            return Note.objects.count();
        })).isEqualTo(1);
        assertThat(Tenants.call("acme", () -> Note.objects.count())).isEqualTo(2);

        TenantMigrations.migrateAll(migrations, router, "zero");
        assertThatThrownBy(() -> Tenants.run("acme", () -> Note.objects.count())).isInstanceOf(AksaraException.class);
    }

    @Test
    void schemaPerTenantRefusesATenantIdThatCannotNameASchema() {
        SchemaPerTenant schemas = SchemaPerTenant.on(server, TenantRouter.create());
        assertThatThrownBy(() -> schemas.addTenant("acme; DROP TABLE tn_plans"))
                .isInstanceOf(AksaraException.class).hasMessageContaining("lower-case letters");
        assertThat(Plan.objects.using(Aksara.DEFAULT).count()).isGreaterThanOrEqualTo(0); // still there
    }

    @Test
    void databasePerTenantRoutesToTheTenantsOwnDatabase() {
        router = TenantRouter.withAliasPrefix("db_").shared(Plan.class);
        Aksara.routers(router);
        router.addTenant("north", tenantDatabase("tn_db_north"));
        router.addTenant("south", tenantDatabase("tn_db_south"));
        try {
            TenantMigrations.migrateAll(migrations, router);
            Tenants.run("north", () -> Note.objects.bulkCreate(List.of(note("n1"), note("n2"))));
            Tenants.run("south", () -> Note.objects.create("text", "s1"));
            assertThat(Tenants.call("north", () -> Note.objects.count())).isEqualTo(2);
            assertThat(Tenants.call("south", () -> Note.objects.valuesList("text", String.class).fetch())).containsExactly("s1");
            assertThat(Tenants.call("south", () -> Note.objects.filter("text", "n1").delete())).isZero();
            assertThat(Tenants.call("north", () -> Note.objects.count())).isEqualTo(2);
            TenantMigrations.migrateAll(migrations, router, "zero");
        } finally {
            Aksara.close();
            dropTenantDatabase("tn_db_north");
            dropTenantDatabase("tn_db_south");
        }
    }

    private String defaultSchemaOfTheDefaultPool() {
        String sql = db.isMariadb() ? "select database()" : db.isPostgres()
                ? "select current_schema()" : "select current_schema";
        return String.valueOf(JooqBackend.of(Aksara.backend()).dsl().fetchValue(sql));
    }

    /** A database of its own: a new in-memory H2 database, or one created on the server. */
    private DatabaseConfig tenantDatabase(String name) {
        if (db == TestDatabase.H2) {
            return DatabaseConfig.builder().url("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1").build();
        }
        dropTenantDatabase(name);
        run(server, "CREATE DATABASE " + name);
        return DatabaseConfig.builder().url(withDatabase(server.url(), name)).user(server.user()).password(server.password())
                .poolSize(2).build();
    }

    private void dropTenantDatabase(String name) {
        if (db != TestDatabase.H2) {
            run(server, db.isPostgres() ? "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)" : "DROP DATABASE IF EXISTS " + name);
        }
    }

    private String dropSchema(String schema) {
        return db.isMariadb() ? "DROP DATABASE IF EXISTS " + schema
                : "DROP SCHEMA IF EXISTS " + schema + " CASCADE";
    }

    private static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String head = query < 0 ? url : url.substring(0, query);
        return head.substring(0, head.lastIndexOf('/') + 1) + database + (query < 0 ? "" : url.substring(query));
    }

    private static void run(DatabaseConfig config, String sql) {
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static Note note(String text) {
        Note n = new Note();
        n.text = text;
        return n;
    }
}
