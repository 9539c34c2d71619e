package io.aksara.jooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.errors.AksaraException;
import io.aksara.internal.SecretMask;
import io.aksara.jooq.models.Shelf;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the bridge prints about a connection: the pool's errors with the password masked, and
 * SQL without its bound values unless the {@code io.aksara.sql} logger is at DEBUG. (The tests
 * log through slf4j-simple at its default level, INFO, to {@code System.err}.)
 */
class SecretLoggingTest {
    @AfterEach
    void close() {
        Aksara.close();
    }

    @Test
    void boundValuesAreNotLoggedAtInfo() {
        Aksara.configure("values", DatabaseConfig.builder().url("jdbc:h2:mem:values;DB_CLOSE_DELAY=-1").user("sa").password("").build());
        JooqBackend.of(Aksara.backend("values")).dsl().execute("create table SHELVES (ID bigint auto_increment primary key, LABEL varchar(100))");
        String printed = stderrOf(() -> Shelf.objects.using("values").filter("label", "Bound-Value-4711").count());
        assertThat(printed).doesNotContain("Bound-Value-4711");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:postgresql://127.0.0.1:abc/shop?password=Url-Secret-1   | The JDBC driver org.postgresql.Driver does not accept jdbc:postgresql://127.0.0.1:abc/shop?password=****
            jdbc:mariadb://shop:Url-Secret-1@127.0.0.1:1/shop            | Incorrect port value : ****@127.0.0.1
            """)
    void aDriverThatEchoesTheUrlIsMasked(String url, String maskedDriverText) {
        // pgjdbc refuses a URL it cannot parse (and would quote it whole); the MariaDB driver reads user:pw@ as host:port
        Aksara.configure("bad", DatabaseConfig.builder().url(url).connectionTimeoutMs(1_000).build());
        String printed = stderrOf(() -> assertThatThrownBy(() -> Aksara.backend("bad")).isInstanceOf(AksaraException.class)
                .hasMessageContaining("Cannot open database 'bad' at " + SecretMask.url(url))
                .hasMessageContaining(maskedDriverText)
                .satisfies(e -> {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(t.toString()).doesNotContain("Url-Secret-1");
                    }
                }));
        assertThat(printed).doesNotContain("Url-Secret-1");
    }

    @Test
    void theDataSourceThePoolGetsPrintsAMaskedUrl() {
        Aksara.configure("shown", DatabaseConfig.builder().url("jdbc:h2:mem:shown;USER=sa;PASSWORD=Shown-Secret").build());
        JooqBackend db = JooqBackend.of(Aksara.backend("shown"));
        assertThat(db.toString()).contains("PASSWORD=****").doesNotContain("Shown-Secret");
        assertThat(db.dataSource().toString()).doesNotContain("Shown-Secret");
    }

    private static String stderrOf(Runnable block) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            block.run();
        } finally {
            System.setErr(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
