package io.aksara.it.kinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.QueryLog;
import io.aksara.aggregates.Sum;
import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.errors.ValidationError;
import io.aksara.it.KindSuiteSchema;
import io.aksara.it.OnEveryDatabase;
import io.aksara.jooq.JooqBackend;
import io.aksara.kinds.FieldKinds;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelRegistry;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.Migrations;
import io.aksara.schemafirst.InspectDb;
import io.aksara.schemafirst.Inspection;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Field kinds declared by the application ({@link MoneyKind} over DECIMAL, {@link TagsKind} over
 * TEXT with a {@code contains} of its own), through their own annotations: written, read back,
 * filtered, ordered, aggregated and migrated like built-in kinds, on every database.
 */
@OnEveryDatabase
class OwnKindSuite extends KindSuiteSchema {
    OwnKindSuite() {
        super(Wallet.class);
    }

    private static Wallet wallet(String owner, String balance, Tags tags, String note) {
        return Wallet.objects.create("owner", owner, "balance", Money.of(balance), "tags", tags, "note", note);
    }

    @Test
    void valuesOfOwnKindsRoundTripIncludingTheirEdges() {
        Wallet max = wallet("max", "9999999999.99", Tags.of("red", "blue"), null);
        Wallet min = wallet("min", "-9999999999.99", Tags.of(), null);
        Wallet cent = new Wallet();
        cent.owner = "cent";
        cent.balance = Money.of("0.01");
        cent.creditLimit = Money.of("250.00");
        cent.tags = Tags.of("x");
        cent.save();

        assertThat(Wallet.objects.get("id", max.id).balance).isEqualTo(Money.of("9999999999.99"));
        assertThat(Wallet.objects.get("id", max.id).tags).isEqualTo(Tags.of("red", "blue"));
        assertThat(Wallet.objects.get("id", min.id).balance).isEqualTo(Money.of("-9999999999.99"));
        assertThat(Wallet.objects.get("id", min.id).tags).isEqualTo(Tags.of());
        assertThat(Wallet.objects.get("id", min.id).creditLimit).isNull();
        Wallet readCent = Wallet.objects.get("id", cent.id);
        assertThat(readCent.balance).isEqualTo(Money.of("0.01"));
        assertThat(readCent.creditLimit).isEqualTo(Money.of("250.00"));

        readCent.balance = Money.of("12.50");
        readCent.save();
        assertThat(Wallet.objects.get("id", cent.id).balance).isEqualTo(Money.of("12.50"));
        Wallet.objects.filter("id", cent.id).update("creditLimit", Money.of("1.00"));
        assertThat(Wallet.objects.get("id", cent.id).creditLimit).isEqualTo(Money.of("1.00"));
    }

    @Test
    void filtersOrderingAndAggregatesTakeValuesOfTheOwnType() {
        wallet("a", "10.00", Tags.of("red"), null);
        wallet("b", "20.50", Tags.of("blue"), null);
        wallet("c", "30.25", Tags.of("red", "green"), null);

        assertThat(owners(Wallet.objects.filter("balance__gt", Money.of("10.00")).orderBy("balance").fetch()))
                .containsExactly("b", "c");
        assertThat(owners(Wallet.objects.filter("balance", Money.of("20.50")).fetch())).containsExactly("b");
        assertThat(owners(Wallet.objects.filter("balance__in", List.of(Money.of("10.00"), Money.of("30.25")))
                .orderBy("-balance").fetch())).containsExactly("c", "a");
        assertThat(owners(Wallet.objects.filter("balance__range", List.of(Money.of("10.01"), Money.of("30.25")))
                .orderBy("owner").fetch())).containsExactly("b", "c");
        assertThat(owners(Wallet.objects.filter(Wallet_.balance.lte(Money.of("20.50"))).orderBy("owner").fetch()))
                .containsExactly("a", "b");
        assertThat(Wallet.objects.aggregate("total", Sum.of("balance")).get("total")).isEqualTo(new BigDecimal("60.75"));
    }

    @Test
    void aKindsOwnContainsIsNotTheTextContains() {
        wallet("tagged", "1.00", Tags.of("red", "blue"), "redwood");
        wallet("wood", "1.00", Tags.of("redwood"), "a red door");

        // TagsKind's own contains: the whole tag
        assertThat(owners(Wallet.objects.filter("tags__contains", "red").fetch())).containsExactly("tagged");
        assertThat(owners(Wallet.objects.filter(Wallet_.tags.lookup("contains", "redwood")).fetch())).containsExactly("wood");
        // the shared contains of a text field: any substring
        assertThat(owners(Wallet.objects.filter("note__contains", "red").orderBy("owner").fetch()))
                .containsExactly("tagged", "wood");
        // TagsKind's own transform
        assertThat(owners(Wallet.objects.filter("tags__count__gte", 2).fetch())).containsExactly("tagged");
        assertThat(owners(Wallet.objects.filter("tags__count", 1).fetch())).containsExactly("wood");
        assertThatThrownBy(() -> Wallet.objects.filter("note__count", 1).fetch())
                .isInstanceOf(FieldError.class).hasMessageContaining("count");
        // the value is bound, never part of the SQL
        List<String> sql = QueryLog.capture(() -> Wallet.objects.filter("tags__contains", "blue").fetch());
        assertThat(sql).singleElement().asString().doesNotContain("blue").containsIgnoringCase("like");
    }

    @Test
    void wrongValuesAreRefusedBeforeAnySqlRuns() {
        List<String> sql = QueryLog.capture(() -> {
            assertThatThrownBy(() -> Wallet.objects.filter("balance__gt", new BigDecimal("1")).fetch())
                    .isInstanceOf(FieldError.class).hasMessageContaining("Wallet.balance").hasMessageContaining("a Money");
            assertThatThrownBy(() -> Wallet.objects.filter("tags__contains", "a,b").fetch())
                    .isInstanceOf(FieldError.class).hasMessageContaining("Wallet.tags").hasMessageContaining("a,b");
            // the stored kind's shared lookups apply, with values of the field's own type
            assertThatThrownBy(() -> Wallet.objects.filter("tags__startswith", "r").fetch())
                    .isInstanceOf(FieldError.class).hasMessageContaining("Wallet.tags (TagsKind) expects a Tags");
            assertThatThrownBy(() -> Wallet.objects.filter("tags__regex", "r").fetch())
                    .isInstanceOf(FieldError.class).hasMessageContaining("Wallet.tags (TagsKind) expects a Tags");
            // the stored kind's rules hold: 13 digits do not fit DECIMAL(12, 2)
            assertThatThrownBy(() -> wallet("big", "99999999999.99", Tags.of(), null))
                    .isInstanceOf(ValidationError.class).hasMessageContaining("balance");
        });
        assertThat(sql).isEmpty();
        assertThat(Wallet.objects.count()).isZero();
    }

    @Test
    void migrationsStoreOwnKindsInTheirStoredKindsColumns() throws IOException {
        assertThat(Wallet_.META.field("balance").kind()).isSameAs(FieldKinds.get(MoneyKind.class));
        assertThat(Wallet_.META.field("balance").type()).isEqualTo(FieldType.DECIMAL);
        Path dir = Files.createTempDirectory("own-kind-migrations");
        Migrations migrations = Migrations.at(dir).models(List.of(ModelRegistry.metaOf(Wallet.class)));
        migrations.makemigrations(MakeMigrationsOptions.defaults());
        String changelog = changelog(dir, "0001");
        assertThat(changelog).containsPattern("name: \"balance\"\\s+type: \"DECIMAL\\(12,2\\)\"")
                .containsPattern("name: \"tags\"\\s+type: \"VARCHAR\\(500\\) \\$\\{aksara.collate}\"");
    }

    @Test
    void aKindThatDeclaresItsSqlTypeGetsThatColumnEverywhere() throws SQLException {
        try (Connection c = JooqBackend.of(Aksara.backend()).dataSource().getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            String table = md.storesUpperCaseIdentifiers() ? "WALLETS" : "wallets";
            String column = md.storesUpperCaseIdentifiers() ? "TAGS" : "tags";
            try (ResultSet rs = md.getColumns(c.getCatalog(), null, table, column)) {
                assertThat(rs.next()).as("wallets.tags exists").isTrue();
                assertThat(rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT)).isIn("varchar", "character varying");
                assertThat(rs.getInt("COLUMN_SIZE")).isEqualTo(TagsColumn.LENGTH);
            }
        }
        // the stored kind's text was unbounded: the declared column holds 500 characters, checked before any SQL
        List<String> many = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "tag" + i).toList();
        assertThatThrownBy(() -> wallet("long", "1.00", new Tags(many), null))
                .isInstanceOf(FieldError.class).hasMessageContaining("Wallet.tags").hasMessageContaining("more than the 500");
        assertThat(Wallet.objects.count()).isZero();
        List<String> fitting = many.subList(0, 50);
        wallet("fits", "1.00", new Tags(fitting), null);
        assertThat(Wallet.objects.get("owner", "fits").tags.names()).isEqualTo(fitting);
        assertThat(owners(Wallet.objects.filter("tags__contains", "tag49").fetch())).containsExactly("fits");
    }

    @Test
    void inspectdbMapsAColumnThroughAnOwnAnnotationWhenAsked() throws SQLException {
        try (Connection c = JooqBackend.of(Aksara.backend()).dataSource().getConnection()) {
            Inspection found = InspectDb.of(c).packageName("legacy").tables("wallets")
                    .field("wallets.balance", MoneyField.class).field("WALLETS.CREDIT_LIMIT", MoneyField.class)
                    .field("wallets.tags", TagsField.class).inspect();
            assertThat(found.sources().get("Wallet.java"))
                    .contains("import io.aksara.it.kinds.Money;", "import io.aksara.it.kinds.MoneyField;",
                            "import io.aksara.it.kinds.Tags;", "import io.aksara.it.kinds.TagsField;")
                    .contains("@MoneyField(maxDigits = 12, decimalPlaces = 2) public Money balance;")
                    .contains("@MoneyField(maxDigits = 12, decimalPlaces = 2, nullable = true) public Money creditLimit;")
                    .contains("@TagsField public Tags tags;")
                    .contains("@TextField(nullable = true) public String note;");
            // without the mapping, the built-in kind of the column's type
            assertThat(InspectDb.of(c).packageName("legacy").tables("wallets").inspect().sources().get("Wallet.java"))
                    .contains("@DecimalField(maxDigits = 12, decimalPlaces = 2) public BigDecimal balance;")
                    .contains("@StringField(maxLength = 500) public String tags;");

            assertThatThrownBy(() -> InspectDb.of(c).tables("wallets").field("wallets.owner", MoneyField.class).inspect())
                    .isInstanceOf(AksaraException.class)
                    .hasMessageContaining("wallets.owner").hasMessageContaining("@MoneyField")
                    .hasMessageContaining("stored as DecimalField");
            assertThatThrownBy(() -> InspectDb.of(c).tables("wallets").field("wallets.purse", MoneyField.class).inspect())
                    .isInstanceOf(AksaraException.class).hasMessageContaining("no column wallets.purse");
            assertThatThrownBy(() -> InspectDb.of(c).field("wallets.balance", Deprecated.class))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("carries no @io.aksara.kinds.Kind");
        }
    }

    @Test
    void inspectdbFindsAnOwnKindByTheSqlTypeItDeclares() throws SQLException {
        try (Connection c = JooqBackend.of(Aksara.backend()).dataSource().getConnection()) {
            // TagsKind declares varchar(500) in SqlTypes: that column type alone says which kind it is
            String source = InspectDb.of(c).packageName("legacy").tables("wallets").kinds(TagsField.class)
                    .inspect().sources().get("Wallet.java");
            assertThat(source).contains("import io.aksara.it.kinds.TagsField;", "@TagsField public Tags tags;")
                    .contains("@StringField(maxLength = 40) public String owner;")
                    .contains("@DecimalField(maxDigits = 12, decimalPlaces = 2) public BigDecimal balance;");
            // a column named with field() keeps that mapping
            assertThat(InspectDb.of(c).packageName("legacy").tables("wallets").kinds(TagsField.class)
                    .field("wallets.balance", MoneyField.class).inspect().sources().get("Wallet.java"))
                    .contains("@TagsField public Tags tags;", "@MoneyField(maxDigits = 12, decimalPlaces = 2) public Money balance;");
            // a kind stored as a built-in one has no type of its own to look for
            assertThatThrownBy(() -> InspectDb.of(c).kinds(MoneyField.class))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("@MoneyField").hasMessageContaining("stored as a built-in DecimalField")
                    .hasMessageContaining("field(\"table.column\", MoneyField.class)");
        }
    }

    private static List<String> owners(List<Wallet> wallets) {
        return wallets.stream().map(w -> w.owner).toList();
    }
}
