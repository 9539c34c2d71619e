package io.aksara.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.DatabaseConfig;
import io.aksara.errors.AksaraException;
import java.sql.SQLException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Passwords written into JDBC URLs never reach a message, a log line or a toString. */
class SecretMaskTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:postgresql://shop:Hunter2x@db:5432/shop                       | jdbc:postgresql://shop:****@db:5432/shop
            jdbc:postgresql://db:5432/shop?user=shop&password=Hunter2x          | jdbc:postgresql://db:5432/shop?user=shop&password=****
            jdbc:postgresql://db/shop?password=Hunter2x&ssl=true                | jdbc:postgresql://db/shop?password=****&ssl=true
            jdbc:postgresql://db/shop?sslmode=require&sslpassword=Hunter2x      | jdbc:postgresql://db/shop?sslmode=require&sslpassword=****
            jdbc:postgresql://db1:5432,db2:5433/shop?password=Hunter2x&targetServerType=primary | jdbc:postgresql://db1:5432,db2:5433/shop?password=****&targetServerType=primary
            jdbc:h2:mem:shop;USER=sa;PASSWORD=Hunter2x;MODE=PostgreSQL          | jdbc:h2:mem:shop;USER=sa;PASSWORD=****;MODE=PostgreSQL
            jdbc:h2:tcp://localhost/~/shop;password=Hunter2x                    | jdbc:h2:tcp://localhost/~/shop;password=****
            jdbc:mysql://shop:Hunter2x@db:3306/shop                             | jdbc:mysql://shop:****@db:3306/shop
            jdbc:mysql://shop:Hunter2x@db1:3306,db2:3306/shop?useSSL=false      | jdbc:mysql://shop:****@db1:3306,db2:3306/shop?useSSL=false
            jdbc:mysql://db:3306/shop?user=shop&password=Hunter2x               | jdbc:mysql://db:3306/shop?user=shop&password=****
            jdbc:mysql://(host=db1,port=3306,user=shop,password=Hunter2x),(host=db2)/shop | jdbc:mysql://(host=db1,port=3306,user=shop,password=****),(host=db2)/shop
            jdbc:mysql://address=(host=db1)(port=3306)(password=Hunter2x)/shop  | jdbc:mysql://address=(host=db1)(port=3306)(password=****)/shop
            jdbc:mysql://[(host=db1,password=Hunter2x),(host=db2,password=Other9z)]/shop | jdbc:mysql://[(host=db1,password=****),(host=db2,password=****)]/shop
            jdbc:mysql://db/shop?trustCertificateKeyStorePassword=Hunter2x     | jdbc:mysql://db/shop?trustCertificateKeyStorePassword=****
            jdbc:mariadb://shop:Hunter2x@db:3306/shop                           | jdbc:mariadb://shop:****@db:3306/shop
            jdbc:mariadb:replication://db1,db2/shop?user=shop&password=Hunter2x | jdbc:mariadb:replication://db1,db2/shop?user=shop&password=****
            jdbc:mariadb://db/shop?PASSWORD=Hunter2x                            | jdbc:mariadb://db/shop?PASSWORD=****
            jdbc:mysql://shop:p@ss:w0rd@db/shop                                 | jdbc:mysql://shop:****@db/shop
            jdbc:postgresql://db/shop?password=a;b,c&x=1                        | jdbc:postgresql://db/shop?password=****&x=1
            postgresql://shop:Hunter2x@db/shop                                  | postgresql://shop:****@db/shop
            jdbc:postgresql://db:5432/shop                                      | jdbc:postgresql://db:5432/shop
            jdbc:mysql://shop@db:3306/shop                                      | jdbc:mysql://shop@db:3306/shop
            jdbc:h2:mem:aksara;DB_CLOSE_DELAY=-1                                | jdbc:h2:mem:aksara;DB_CLOSE_DELAY=-1
            """)
    void urlsAreMasked(String url, String masked) {
        assertThat(SecretMask.url(url)).isEqualTo(masked);
        assertThat(masked).doesNotContain("Hunter2x").doesNotContain("Other9z");
    }

    @Test
    void secretsAreTheUrlPasswordsDecodedAndTheSeparatePassword() {
        assertThat(SecretMask.secrets("jdbc:postgresql://db/shop?password=p%40ss%26word", "Separate1"))
                .containsExactlyInAnyOrder("p%40ss%26word", "p@ss&word", "Separate1");
        assertThat(SecretMask.secrets("jdbc:h2:mem:x", "")).isEmpty();
    }

    @Test
    void freeTextHasItsUrlsAndKnownSecretsMasked() {
        Set<String> secrets = SecretMask.secrets("jdbc:mysql://shop:Hunter2x@db/shop", null);
        String driverMessage = "Cannot connect to 'jdbc:mysql://shop:Hunter2x@db/shop' (props {user=shop, password=Hunter2x}); "
                + "the server said Hunter2x is wrong";
        String masked = SecretMask.text(driverMessage, secrets);
        assertThat(masked).doesNotContain("Hunter2x").contains("jdbc:mysql://shop:****@db/shop", "password=****}");
        // short secrets are not searched for as words: they would hide ordinary text
        assertThat(SecretMask.text("no such user ab", Set.of("ab"))).isEqualTo("no such user ab");
    }

    @Test
    void aCauseChainThatShowsASecretIsReplacedByAMaskedCopy() {
        SQLException driver = new SQLException("URL format error: jdbc:h2:mem:x;PASSWORD=Hunter2x;BAD=1");
        RuntimeException wrapper = new RuntimeException("pool failed: " + driver.getMessage(), driver);
        Throwable masked = SecretMask.cause(wrapper, Set.of("Hunter2x"));
        assertThat(masked).isInstanceOf(MaskedCause.class);
        assertThat(((MaskedCause) masked).originalClass()).isEqualTo(RuntimeException.class.getName());
        assertThat(masked.getCause().toString()).contains(SQLException.class.getName()).doesNotContain("Hunter2x");
        assertThat(masked.getStackTrace()).isEqualTo(wrapper.getStackTrace());
        for (Throwable t = masked; t != null; t = t.getCause()) {
            assertThat(t.getMessage()).doesNotContain("Hunter2x");
        }
        SQLException clean = new SQLException("Connection refused");
        assertThat(SecretMask.cause(clean, Set.of("Hunter2x"))).isSameAs(clean);
    }

    @Test
    void databaseConfigNeverPrintsAPassword() {
        DatabaseConfig inUrl = DatabaseConfig.builder().url("jdbc:postgresql://db/shop?password=Hunter2x").build();
        assertThat(inUrl.toString()).doesNotContain("Hunter2x").contains("password=****");
        assertThat(inUrl.maskedUrl()).isEqualTo("jdbc:postgresql://db/shop?password=****");
        DatabaseConfig separate = DatabaseConfig.builder().url("jdbc:postgresql://db/shop").user("shop").password("Separate1").build();
        assertThat(separate.toString()).doesNotContain("Separate1");
        assertThat(separate.mask("login for shop with Separate1 failed")).isEqualTo("login for shop with **** failed");
        assertThatThrownBy(() -> DatabaseConfig.builder().url("postgresql://shop:Hunter2x@db/shop").build())
                .isInstanceOf(AksaraException.class)
                .hasMessageContaining("must be a JDBC URL")
                .hasMessageContaining("postgresql://shop:****@db/shop")
                .hasMessageNotContaining("Hunter2x");
    }
}
