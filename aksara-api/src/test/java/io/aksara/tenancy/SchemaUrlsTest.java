package io.aksara.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.DatabaseConfig;
import io.aksara.errors.AksaraException;
import org.junit.jupiter.api.Test;

class SchemaUrlsTest {
    @Test
    void eachFamilyOpensItsConnectionsInTheSchema() {
        assertThat(SchemaUrls.withSchema("jdbc:postgresql://db:5432/shop", "tenant_acme"))
                .isEqualTo("jdbc:postgresql://db:5432/shop?currentSchema=tenant_acme");
        assertThat(SchemaUrls.withSchema("jdbc:postgresql://db/shop?ssl=true", "tenant_acme"))
                .isEqualTo("jdbc:postgresql://db/shop?ssl=true&currentSchema=tenant_acme");
        assertThat(SchemaUrls.withSchema("jdbc:mariadb://db:3306/shop?useSSL=false", "tenant_acme"))
                .isEqualTo("jdbc:mariadb://db:3306/tenant_acme?useSSL=false");
        assertThat(SchemaUrls.withSchema("jdbc:mysql://db", "tenant_acme")).isEqualTo("jdbc:mysql://db/tenant_acme");
        assertThat(SchemaUrls.withSchema("jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1", "tenant_acme"))
                .isEqualTo("jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1;SCHEMA=TENANT_ACME");
        assertThatThrownBy(() -> SchemaUrls.withSchema("jdbc:sqlite:/tmp/x.db", "t")).isInstanceOf(AksaraException.class)
                .hasMessageContaining("PostgreSQL, MariaDB, MySQL and H2");
    }

    @Test
    void sqliteIsRefusedBeforeAnySchemaIsCreated() {
        // a SQLite file is one schema: refused as the tenants are set up, not by a CREATE SCHEMA SQLite cannot run
        assertThatThrownBy(() -> SchemaPerTenant.on(DatabaseConfig.sqlite("tenants.db"), TenantRouter.create()))
                .isInstanceOf(AksaraException.class).hasMessageContaining("not SQLite's: a SQLite file is one schema")
                .hasMessageContaining("DatabaseConfig.sqlite(");
    }

    @Test
    void aTenantIdMustBeAPlainSchemaName() {
        SchemaPerTenant schemas = SchemaPerTenant.on(DatabaseConfig.builder().url("jdbc:h2:mem:x").build(), TenantRouter.create());
        assertThat(schemas.schemaOf("acme_2")).isEqualTo("tenant_acme_2");
        assertThat(schemas.schemaPrefix("t_").schemaOf("acme")).isEqualTo("t_acme");
        for (String bad : new String[] {"Acme", "acme-1", "a\"b", "x; DROP TABLE y", "", "a".repeat(41)}) {
            assertThatThrownBy(() -> schemas.schemaOf(bad)).isInstanceOf(AksaraException.class)
                    .hasMessageContaining("lower-case letters");
        }
    }
}
