package io.aksara.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.jooq.JooqBackend;
import io.aksara.meta.ModelRegistry;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.Migrations;
import io.aksara.spring.boot.shop.Gadget;
import io.aksara.spring.boot.shop.ShopApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the starter does in a real application context with a web server, whatever the database:
 * the subclasses point {@code spring.datasource.url} at H2 and at PostgreSQL. Every request goes
 * over HTTP to the running application.
 */
@SpringBootTest(classes = ShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "aksara.migrations.enabled=true",
            "management.endpoints.web.exposure.include=health",
            "management.endpoint.health.show-details=always"
        })
abstract class StarterContract {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Autowired
    AksaraDatabase aksara;

    @Autowired
    DataSource dataSource;

    @Autowired
    List<String> committed;

    /** Migrations written from the model, as {@code ./aksara makemigrations} would, into a fresh directory. */
    static Path writeMigrations() {
        try {
            Path dir = Files.createTempDirectory("aksara-starter-migrations");
            Migrations.at(dir).models(List.of(ModelRegistry.metaOf(Gadget.class))).makemigrations(MakeMigrationsOptions.defaults());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void emptyTable() {
        new JdbcTemplate(dataSource).update("delete from gadgets");
        committed.clear();
    }

    @Test
    void migrationsRanOnStartup() {
        assertThat(aksara.migrated().applied()).containsExactly("0001_initial");
    }

    @Test
    void aksaraRunsOnTheApplicationsDataSource() {
        JooqBackend backend = JooqBackend.of(io.aksara.Aksara.backend());
        assertThat(backend.ownsPool()).isFalse();
        assertThat(backend.dataSource()).isSameAs(dataSource);
    }

    @Test
    void aRequestCommitsTheAksaraAndJdbcTemplateWritesTogether() {
        HttpResponse<String> added = post("/gadgets?name=lamp");

        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).isEqualTo("added lamp");
        assertThat(get("/gadgets").body()).isEqualTo("[\"lamp\",\"lamp-spare\"]");
        assertThat(committed).containsExactly("lamp");
    }

    @Test
    void aFailedRequestLeavesNeitherWrite() {
        HttpResponse<String> refused = post("/gadgets?name=lamp&fail=true");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).isEqualTo("out of stock");
        assertThat(get("/gadgets").body()).isEqualTo("[]");
        assertThat(committed).as("the onCommit hook did not run").isEmpty();
    }

    @Test
    void theHealthEndpointReportsAksara() {
        HttpResponse<String> health = get("/actuator/health/aksara");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"database\":\"" + vendor() + "\"")
                .contains("\"pendingMigrations\":[]");
    }

    @Test
    void theSettingsAreDescribedForIdes() throws IOException {
        try (InputStream in = AksaraProperties.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("spring-boot-configuration-processor wrote the metadata").isNotNull();
            String metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(metadata).contains("\"aksara.migrations.enabled\"").contains("\"aksara.statement-timeout\"")
                    .contains("Whether to migrate the database to the latest migration on startup.");
        }
    }

    abstract String vendor();

    private HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
