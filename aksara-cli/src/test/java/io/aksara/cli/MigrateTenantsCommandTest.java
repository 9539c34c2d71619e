package io.aksara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate_tenants}: the migrations on every tenant's schema or database, on H2. */
class MigrateTenantsCommandTest {
    private static final String URL = "jdbc:h2:mem:cli_tenants;DB_CLOSE_DELAY=-1";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        List<String> all = new ArrayList<>(List.of("--dir", dir.toString(), "--url", URL));
        all.addAll(List.of(args));
        return new AksaraCli(CommandTable.standard(), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(all.toArray(String[]::new));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void schemaPerTenantMigratesEachTenantsSchemaAndAgainOnlyWhatIsNew() throws SQLException {
        assertThat(run("makemigrations")).isZero();
        assertThat(run("migrate_tenants", "--tenants", "acme,globex", "--schemas")).isZero();
        assertThat(out()).contains("Tenant acme: applied 0001_initial", "Tenant globex: applied 0001_initial");
        assertThat(rows("select count(*) from tenant_acme.cli_gadgets")).isZero();
        assertThat(rows("select count(*) from tenant_globex.cli_gadgets")).isZero();

        assertThat(run("migrate_tenants", "--tenants", "acme,globex,initech", "--schemas")).isZero();
        assertThat(out()).contains("Tenant acme: no migrations", "Tenant initech: applied 0001_initial");

        assertThat(run("migrate_tenants", "--tenants", "acme", "--schemas", "zero")).isZero();
        assertThat(out()).contains("Tenant acme: rolled back 0001_initial");
        assertThat(rows("select count(*) from information_schema.tables where lower(table_schema) = 'tenant_acme'"
                + " and lower(table_name) = 'cli_gadgets'")).isZero();
    }

    @Test
    void databasePerTenantFillsTheUrlTemplate() throws SQLException {
        assertThat(run("makemigrations")).isZero();
        assertThat(run("migrate_tenants", "--tenants", "north,south", "--url-template",
                "jdbc:h2:mem:cli_db_{tenant};DB_CLOSE_DELAY=-1")).isZero();
        assertThat(out()).contains("Tenant north: applied 0001_initial", "Tenant south: applied 0001_initial");
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:cli_db_south;DB_CLOSE_DELAY=-1");
                ResultSet rs = c.createStatement().executeQuery("select count(*) from cli_gadgets")) {
            assertThat(rs.next()).isTrue();
        }
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertThat(run("migrate_tenants", "--schemas")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--tenants");
        assertThat(run("migrate_tenants", "--tenants", "a")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("exactly one of --schemas and --url-template");
        assertThat(run("migrate_tenants", "--tenants", "a", "--url-template", "jdbc:h2:mem:x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("{tenant}");
        assertThat(run("migrate_tenants", "--tenants", "Bad-Id", "--schemas")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("lower-case letters");
    }

    private static long rows(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
