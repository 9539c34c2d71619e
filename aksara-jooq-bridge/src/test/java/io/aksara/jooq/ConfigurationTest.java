package io.aksara.jooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.errors.AksaraException;
import io.aksara.jooq.models.Shelf;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

/** Where the database comes from, and which dialect it gets. */
class ConfigurationTest {
    @Test
    void dialectComesFromTheUrl() {
        assertThat(Dialects.fromUrl("jdbc:postgresql://db/shop")).isEqualTo(SQLDialect.POSTGRES);
        assertThat(Dialects.fromUrl("jdbc:mysql://db/shop")).isEqualTo(SQLDialect.MYSQL);
        assertThat(Dialects.fromUrl("jdbc:mariadb://db/shop")).isEqualTo(SQLDialect.MARIADB);
        assertThat(Dialects.fromUrl("jdbc:h2:mem:x")).isEqualTo(SQLDialect.H2);
        assertThat(Dialects.fromUrl("jdbc:p6spy:h2:mem:x")).isNull();
    }

    @Test
    void dialectComesFromTheConnectionWhenTheUrlDoesNotSay() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:dialect_probe", "sa", "")) {
            assertThat(Dialects.fromConnection(c)).isEqualTo(SQLDialect.H2);
        }
    }

    @Test
    void environmentVariablesConfigureTheDefaultDatabase() {
        DatabaseConfig c = DatabaseConfig.fromMap(Map.of("AKSARA_DATABASE_URL", "jdbc:postgresql://db:5432/shop",
                "AKSARA_DATABASE_USER", "shop", "AKSARA_DATABASE_PASSWORD", "pw", "AKSARA_DATABASE_POOL_SIZE", "20"));
        assertThat(c.url()).isEqualTo("jdbc:postgresql://db:5432/shop");
        assertThat(c.user()).isEqualTo("shop");
        assertThat(c.poolSize()).isEqualTo(20);
        assertThat(c.toString()).doesNotContain("pw");
        assertThat(DatabaseConfig.fromMap(Map.of())).isNull();
        assertThatThrownBy(() -> DatabaseConfig.fromMap(Map.of("AKSARA_DATABASE_URL", "jdbc:h2:mem:x",
                "AKSARA_DATABASE_POOL_SIZE", "lots"))).isInstanceOf(AksaraException.class)
                .hasMessageContaining("AKSARA_DATABASE_POOL_SIZE must be a whole number");
        assertThatThrownBy(() -> DatabaseConfig.builder().url("postgres://db").build())
                .hasMessageContaining("must be a JDBC URL");
    }

    @Test
    void withNothingConfiguredTheEmbeddedH2DatabaseIsUsed() {
        Aksara.close();
        if (System.getenv("AKSARA_DATABASE_URL") == null) {
            assertThat(Aksara.config(Aksara.DEFAULT).url()).isEqualTo(DatabaseConfig.EMBEDDED_URL);
            assertThat(Aksara.backend().vendor()).isEqualTo("h2");
        }
        assertThatThrownBy(() -> Aksara.backend("nowhere")).isInstanceOf(AksaraException.class)
                .hasMessageContaining("No database is configured under the alias 'nowhere'");
        // H2 folds unquoted names to upper case, so Aksara writes them that way there
        assertThat(Shelf.objects.all().sql()).isEqualTo("select SHELVES.ID, SHELVES.LABEL from SHELVES");
        Aksara.close();
    }

    @Test
    void anUnreachableDatabaseSaysWhere() {
        Aksara.configure("broken", DatabaseConfig.builder().url("jdbc:postgresql://127.0.0.1:1/none")
                .connectionTimeoutMs(500).build());
        assertThatThrownBy(() -> Aksara.backend("broken")).isInstanceOf(AksaraException.class)
                .hasMessageContaining("Cannot open database 'broken' at jdbc:postgresql://127.0.0.1:1/none");
    }
}
