package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.QueryLog;
import io.aksara.errors.FixtureError;
import io.aksara.it.models.Category;
import io.aksara.it.models.Everything;
import io.aksara.it.models.Product;
import io.aksara.test.Fixtures;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/** dumpdata and loaddata ({@link Fixtures}) on every database: values, keys and relations survive the round trip. */
@OnEveryDatabase
class FixturesSuite {
    @Parameter
    TestDatabase db;

    private MigratedSchema schema;

    @BeforeParameterizedClassInvocation
    void createTables() {
        Aksara.configure(db.config());
        schema = MigratedSchema.create(Aksara.config(Aksara.DEFAULT), Category.class, Product.class, Everything.class);
    }

    @BeforeEach
    void emptyTables() {
        schema.deleteAllRows();
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema != null) {
            schema.drop();
        }
        Aksara.close();
    }

    @Test
    void everyFieldTypeRoundTripsThroughJson() {
        Everything full = Everything.objects.create("label", "ünïcode \"quoted\"", "body", "line 1\nline 2",
                "email", "a@b.example", "count", -7, "big", 9_000_000_000L, "flag", true, "ratio", 0.25,
                "amount", new BigDecimal("12345678.1234"), "at", OffsetDateTime.of(2024, 2, 29, 23, 59, 58, 123_456_000, ZoneOffset.UTC),
                "day", LocalDate.of(1999, 12, 31), "time", LocalTime.of(7, 30, 15), "token", UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"));
        Everything empty = Everything.objects.create("label", null);
        String json = Fixtures.dumpdata(Everything.class);
        assertThat(json).contains("\"amount\":\"12345678.1234\"", "\"day\":\"1999-12-31\"", "\"big\":9000000000");

        Everything.objects.all().delete();
        assertThat(Fixtures.loaddata(json)).isEqualTo(2);

        Everything back = Everything.objects.get("pk", full.id);
        assertThat(back.label).isEqualTo(full.label);
        assertThat(back.body).isEqualTo(full.body);
        assertThat(back.email).isEqualTo(full.email);
        assertThat(back.count).isEqualTo(-7);
        assertThat(back.big).isEqualTo(9_000_000_000L);
        assertThat(back.flag).isTrue();
        assertThat(back.ratio).isEqualTo(0.25);
        assertThat(back.amount).isEqualByComparingTo("12345678.1234");
        assertThat(back.at).isEqualTo(full.at);
        assertThat(back.day).isEqualTo(full.day);
        assertThat(back.time).isEqualTo(full.time);
        assertThat(back.token).isEqualTo(full.token);
        Everything nulls = Everything.objects.get("pk", empty.id);
        assertThat(nulls.label).isNull();
        assertThat(nulls.amount).isNull();
        assertThat(nulls.at).isNull();
    }

    @Test
    void keysAndForeignKeysAreKeptAndTheTargetsComeFirst() {
        Category lamps = Category.objects.create("name", "Lamps");
        Product lamp = Product.objects.create("name", "Desk lamp", "price", 24.9, "category", lamps);
        OffsetDateTime stamped = Product.objects.get("pk", lamp.id).updatedAt;

        String json = Fixtures.dumpdata(Product.class, Category.class); // given in the wrong order
        assertThat(json.indexOf("Category")).isLessThan(json.indexOf("Product"));
        assertThat(json).contains("\"category\":" + lamps.id, "\"price\":\"24.90\"");

        Product.objects.all().delete();
        Category.objects.all().delete();
        assertThat(Fixtures.loaddata(json)).isEqualTo(2);

        Product back = Product.objects.selectRelated("category").get("pk", lamp.id);
        assertThat(back.name).isEqualTo("Desk lamp");
        assertThat(back.category.get().name).isEqualTo("Lamps");
        assertThat(back.category.id()).isEqualTo(lamps.id);
        assertThat(back.updatedAt).as("rows are written raw: automatic timestamps keep the fixture's value").isEqualTo(stamped);
    }

    @Test
    void aNewRowAfterALoadGetsAKeyPastTheLoadedOnes() {
        Fixtures.loaddata("""
                [{"model": "io.aksara.it.models.Category", "pk": 500, "fields": {"name": "Loaded"}}]
                """);
        Category created = Category.objects.create("name", "Created");
        assertThat(created.id).isGreaterThan(500L);
        assertThat(Category.objects.count()).isEqualTo(2);
    }

    @Test
    void aRowWithTheKeyIsUpdatedNotDuplicated() {
        Category lamps = Category.objects.create("name", "Lamps");
        int loaded = Fixtures.loaddata("[{\"model\": \"io.aksara.it.models.Category\", \"pk\": " + lamps.id
                + ", \"fields\": {\"name\": \"Lights\"}}]");
        assertThat(loaded).isEqualTo(1);
        assertThat(Category.objects.valuesList("name", String.class).fetch()).containsExactly("Lights");
    }

    @Test
    void aBadObjectStopsTheLoadBeforeAnySqlAndNamesTheProblem() {
        String fixture = """
                [{"model": "io.aksara.it.models.Category", "pk": 1, "fields": {"name": "Fine"}},
                 {"model": "io.aksara.it.models.Category", "pk": 2, "fields": {"title": "Typo"}}]
                """;
        List<String> sql = QueryLog.capture(() -> assertThatThrownBy(() -> Fixtures.loaddata(fixture))
                .isInstanceOf(FixtureError.class)
                .hasMessageContaining("object 2 of the fixture")
                .hasMessageContaining("Category has no field 'title'")
                .hasMessageContaining("name"));
        assertThat(sql).isEmpty();
        assertThat(Category.objects.count()).isZero();

        assertThatThrownBy(() -> Fixtures.loaddata("[{\"model\": \"Categry\", \"pk\": 1}]"))
                .isInstanceOf(FixtureError.class).hasMessageContaining("unknown model 'Categry'").hasMessageContaining("Category");
        assertThatThrownBy(() -> Fixtures.loaddata("[{\"model\": \"Everything\", \"pk\": 1, \"fields\": {\"day\": \"31.12.1999\"}}]"))
                .isInstanceOf(FixtureError.class).hasMessageContaining("Everything.day").hasMessageContaining("31.12.1999");
        assertThatThrownBy(() -> Fixtures.loaddata("[{\"model\": \"Category\", \"pk\": 1}]"))
                .isInstanceOf(FixtureError.class).hasMessageContaining("'Category' is ambiguous")
                .hasMessageContaining("io.aksara.it.models.Category");
        assertThatThrownBy(() -> Fixtures.loaddata("{\"model\": \"Category\"}"))
                .isInstanceOf(FixtureError.class).hasMessageContaining("JSON array");
        assertThatThrownBy(() -> Fixtures.loaddata("[{\"model\": \"Everything\", \"fields\": {}}]"))
                .isInstanceOf(FixtureError.class).hasMessageContaining("needs \"pk\"");
    }

    @Test
    void aLoadThatFailsOnTheDatabaseWritesNothing() {
        // both rows pass every check Aksara makes; the second breaks the unique name on the database
        String fixture = """
                [{"model": "io.aksara.it.models.Category", "pk": 1, "fields": {"name": "Same"}},
                 {"model": "io.aksara.it.models.Category", "pk": 2, "fields": {"name": "Same"}}]
                """;
        assertThatThrownBy(() -> Fixtures.loaddata(fixture)).isInstanceOf(io.aksara.errors.UniqueViolation.class);
        assertThat(Category.objects.count()).isZero();
    }

    @Test
    void aFixtureFileIsWrittenAndRead() throws Exception {
        Category.objects.create("name", "Filed");
        Path file = Files.createTempFile("aksara-fixture", ".json");
        Fixtures.using(Aksara.DEFAULT).dump(file, Category.class);
        Category.objects.all().delete();
        assertThat(Fixtures.loaddata(file)).isEqualTo(1);
        assertThat(Category.objects.valuesList("name", String.class).fetch()).containsExactly("Filed");
        assertThat(Fixtures.models(List.of())).as("no label: every indexed model").anyMatch(m -> m.type() == Category.class);
        Files.delete(file);
    }

    @Test
    void anEmptyDumpIsAnEmptyArray() {
        assertThat(Fixtures.dumpdata(Category.class).strip()).isEqualTo("[]");
        assertThat(Fixtures.loaddata("[]")).isZero();
    }
}
