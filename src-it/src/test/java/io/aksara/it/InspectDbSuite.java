package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Aksara;
import io.aksara.fields.OnDelete;
import io.aksara.it.models.Country;
import io.aksara.it.models.Country_;
import io.aksara.it.models.StockItem;
import io.aksara.it.models.StockItem_;
import io.aksara.it.models.Ticket;
import io.aksara.it.models.Ticket_;
import io.aksara.it.models.Depot;
import io.aksara.it.models.Depot_;
import io.aksara.jooq.JooqBackend;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import io.aksara.schema.SchemaEditor;
import io.aksara.schemafirst.InspectDb;
import io.aksara.schemafirst.Inspection;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * inspectdb on a real database: tables created by Aksara from known models, and tables written by
 * hand with types models never produce, are read back, written as model sources, compiled with the
 * annotation processor, and the generated metamodels compared with what the tables hold. Run
 * once per database (@OnEveryDatabase).
 */
@OnEveryDatabase
class InspectDbSuite {
    @Parameter
    TestDatabase db;

    private static final List<String> LEGACY = List.of("legacy_links", "legacy_accounts", "legacy_owners");

    private SchemaEditor schema;
    private String vendor;

    @BeforeParameterizedClassInvocation
    void createTables() throws SQLException {
        schema = null; // one instance serves every database: a skipped one must not drop the last one's tables
        Aksara.configure(db.config());
        vendor = Aksara.backend().vendor();
        schema = SchemaEditor.forDatabase(Aksara.DEFAULT);
        schema.dropTables(StockItem.class, Depot.class, Country.class, Ticket.class);
        schema.createTables(Depot.class, Country.class, StockItem.class, Ticket.class);
        execute(LEGACY.stream().map(t -> "drop table if exists " + t).toList());
        execute(legacyDdl());
    }

    @AfterParameterizedClassInvocation
    void dropTables() throws SQLException {
        if (schema == null) {
            return; // the database was not available: the suite was skipped or failed in setup
        }
        schema.dropTables(StockItem.class, Depot.class, Country.class, Ticket.class);
        execute(LEGACY.stream().map(t -> "drop table if exists " + t).toList());
        Aksara.close();
    }

    private Inspection inspect(String packageName, String... tables) throws SQLException {
        try (Connection c = connection()) {
            return InspectDb.of(c).packageName(packageName).tables(tables).inspect();
        }
    }

    private GeneratedModels compile(Inspection found, String packageName) throws Exception {
        List<Path> files = found.write(Files.createTempDirectory("aksara-inspected-sources"));
        return GeneratedModels.compile(files, packageName);
    }

    // ------------------------------------------------------------------ tables Aksara created

    @Test
    void modelsReadBackFromTheirTablesDescribeTheSameTables() throws Exception {
        String pkg = "io.aksara.it.inspected." + vendor + ".roundtrip";
        Inspection found = inspect(pkg, "depots", "countries", "stock_items", "tickets");
        assertThat(found.sources()).containsOnlyKeys("Country.java", "StockItem.java", "Ticket.java", "Depot.java");
        assertThat(found.warnings()).isEmpty();

        GeneratedModels generated = compile(found, pkg);
        for (ModelMeta<?> original : List.<ModelMeta<?>>of(Depot_.META, Country_.META, StockItem_.META, Ticket_.META)) {
            assertThat(ModelComparison.differences(original, generated.meta(original.name())))
                    .as("%s read back from %s", original.name(), original.table()).isEmpty();
        }
    }

    @Test
    void valuesComeBackAsTheyWentInUnderTheTypesTheTablesDeclare() {
        // SQLite declares these columns timestamp with time zone, date, time, uuid (NUMERIC affinity) and
        // json_text (TEXT affinity): the values must stay the text Aksara wrote, a JSON number's digits too
        Depot depot = Depot.objects.create("name", "Declared", "code", "D1");
        OffsetDateTime received = OffsetDateTime.of(2026, 12, 7, 10, 30, 15, 123_456_000, ZoneOffset.UTC);
        UUID token = UUID.fromString("12345678-1234-1234-1234-123456789012");
        BigDecimal big = new BigDecimal("12345678901234567890.50");
        StockItem item = StockItem.objects.create("sku", "declared-1", "price", new BigDecimal("12.345"), "depot", depot,
                "receivedAt", received, "bestBefore", LocalDate.of(2027, 1, 31), "pickTime", LocalTime.of(8, 15, 30),
                "token", token, "attributes", big);
        try {
            StockItem back = StockItem.objects.get("token", token);
            assertThat(back.id).isEqualTo(item.id);
            assertThat(back.receivedAt).isEqualTo(received);
            assertThat(back.bestBefore).isEqualTo(LocalDate.of(2027, 1, 31));
            assertThat(back.pickTime).isEqualTo(LocalTime.of(8, 15, 30));
            assertThat(back.attributes).isInstanceOfSatisfying(BigDecimal.class, n -> assertThat(n).isEqualByComparingTo(big));
            assertThat(StockItem.objects.filter("bestBefore__lt", LocalDate.of(2027, 2, 1))
                    .filter("receivedAt__gte", received).filter("pickTime__lt", LocalTime.of(9, 0)).count()).isEqualTo(1);
        } finally {
            StockItem.objects.filter("pk", item.id).delete();
            Depot.objects.filter("pk", depot.id).delete();
        }
    }

    @Test
    void relationsComeBackAsRefsWithTheirDeleteRules() throws Exception {
        String pkg = "io.aksara.it.inspected." + vendor + ".relations";
        Inspection found = inspect(pkg, "depots", "countries", "stock_items");
        String item = found.sources().get("StockItem.java");
        assertThat(item)
                .contains("public Ref<Depot> depot;")
                .contains("public Ref<Depot> returnTo;")
                .contains("public Ref<Country> origin;")
                .contains("@Meta(uniqueTogether = @Meta.Unique({\"depot\", \"sku\"}),")
                .contains("indexes = @Meta.Index({\"active\", \"price\"})");
        assertThat(found.sources().get("Depot.java"))
                .contains("public Related<StockItem> stockItemsByDepot() {")
                .contains("public Related<StockItem> stockItemsByReturnTo() {");
        assertThat(found.sources().get("Country.java")).contains("public Related<StockItem> stockItems() {");
        ModelMeta<?> meta = compile(found, pkg).meta("StockItem");
        FieldMeta<?, ?> returnTo = field(meta, "returnTo");
        assertThat(returnTo.isRelation()).isTrue();
        assertThat(returnTo.onDelete()).isEqualTo(OnDelete.SET_NULL);
        assertThat(returnTo.relatedMeta().name()).isEqualTo("Depot");
        assertThat(field(meta, "origin").relatedMeta().primaryKey().column()).isEqualTo("code");
    }

    @Test
    void theSameSchemaGivesTheSameSources() throws Exception {
        Inspection first = inspect("x", "depots", "countries", "stock_items", "tickets");
        Inspection second = inspect("x", "tickets", "stock_items", "countries", "depots");
        assertThat(second.sources()).isEqualTo(first.sources());
    }

    @Test
    void aTableWhoseForeignKeyTargetIsNotGeneratedKeepsAPlainColumn() throws Exception {
        Inspection found = inspect("x", "stock_items");
        assertThat(found.sources().get("StockItem.java"))
                .contains("@BigIntegerField(dbIndex = true) public Long depotId;")
                .doesNotContain("Ref<");
        assertThat(found.warnings()).anySatisfy(w -> assertThat(w)
                .contains("on stock_items[depot_id]").contains("the table depots is not generated"));
    }

    // ------------------------------------------------------------------ tables written by hand

    @Test
    void handWrittenTablesMapTheirTypesAndSkipWhatModelsCannotHold() throws Exception {
        String pkg = "io.aksara.it.inspected." + vendor + ".legacy";
        Inspection found = inspect(pkg, LEGACY.toArray(String[]::new));
        assertThat(found.sources()).containsOnlyKeys("LegacyAccount.java", "LegacyLink.java", "LegacyOwner.java");
        assertThat(found.warnings()).noneSatisfy(w -> assertThat(w).contains("photo"))
                .noneSatisfy(w -> assertThat(w).contains("legacy_links"));

        GeneratedModels generated = compile(found, pkg);
        ModelMeta<?> owner = generated.meta("LegacyOwner");
        assertThat(owner.table()).isEqualTo("legacy_owners");
        assertThat(owner.primaryKey().type()).isEqualTo(FieldType.BIG_AUTO); // the serial id is the inherited id
        assertThat(field(owner, "name").maxLength()).isEqualTo(30);

        ModelMeta<?> account = generated.meta("LegacyAccount");
        assertThat(account.primaryKey().name()).isEqualTo("accountNo");
        assertThat(account.primaryKey().type()).isEqualTo(FieldType.INTEGER);
        assertThat(field(account, "nick").type()).isEqualTo(FieldType.STRING);
        assertThat(field(account, "nick").maxLength()).isEqualTo(8);
        assertThat(field(account, "small").type()).isEqualTo(FieldType.SMALL_INTEGER);
        assertThat(field(account, "ratio").type()).isEqualTo(FieldType.FLOAT);
        assertThat(field(account, "whole").type()).isEqualTo(FieldType.DECIMAL);
        assertThat(field(account, "whole").maxDigits()).isEqualTo(20);
        assertThat(field(account, "whole").decimalPlaces()).isZero();
        // a timestamp without a zone is a wall-clock time; MySQL's datetime is where Aksara keeps UTC instants
        assertThat(field(account, "opened").type())
                .isEqualTo(vendor.equals("mysql") || vendor.equals("mariadb") ? FieldType.DATE_TIME : FieldType.LOCAL_DATE_TIME);
        assertThat(field(account, "memo").type()).isEqualTo(FieldType.TEXT);
        assertThat(field(account, "memo").nullable()).isTrue();
        // bytea, blob and varbinary(n) are bytes; only a bounded column keeps its length
        assertThat(field(account, "photo").type()).isEqualTo(FieldType.BINARY);
        assertThat(field(account, "photo").maxLength()).isEqualTo(vendor.equals("h2") ? 64 : 0);
        FieldMeta<?, ?> ownerRef = field(account, "owner");
        assertThat(ownerRef.isRelation()).isTrue();
        // RESTRICT is kept; MySQL and MariaDB report RESTRICT for a rule never declared, which is their NO ACTION
        assertThat(ownerRef.onDelete()).isEqualTo(vendor.equals("mysql") || vendor.equals("mariadb") ? OnDelete.DO_NOTHING : OnDelete.RESTRICT);
        assertThat(ownerRef.relatedMeta()).isSameAs(owner);
        assertThat(account.indexes()).anySatisfy(ix -> {
            assertThat(ix.name()).isEqualTo("legacy_nick_small");
            assertThat(ix.unique()).isTrue();
        });
        // the default of the smallint column is the field initializer
        assertThat(field(account, "small").getUnchecked(account.newInstance())).isEqualTo((short) 3);

        // a key of two columns is the model's composite key
        assertThat(generated.meta("LegacyLink").primaryKeyFields()).extracting(FieldMeta::name)
                .containsExactly("accountNo", "ownerId");
    }

    private List<String> legacyDdl() {
        String serial = switch (vendor) {
            case "postgres" -> "serial primary key";
            case "h2" -> "int generated by default as identity primary key";
            case "sqlite" -> "integer primary key autoincrement"; // the rowid: SQLite numbers only a column declared so
            default -> "int auto_increment primary key";
        };
        String blob = switch (vendor) {
            case "postgres" -> "bytea";
            case "h2" -> "varbinary(64)";
            default -> "blob";
        };
        String text = vendor.equals("h2") ? "clob" : "text";
        return List.of(
                "create table legacy_owners (id " + serial + ", name varchar(30) not null)",
                "create table legacy_accounts (account_no int not null primary key, nick char(8) not null,"
                        + " small smallint default 3 not null, ratio real, whole numeric(20, 0) not null,"
                        + " opened timestamp null, memo " + text + ", photo " + blob + ", owner_id int not null,"
                        + " constraint legacy_nick_small unique (nick, small),"
                        + " constraint fk_legacy_owner foreign key (owner_id) references legacy_owners (id) on delete restrict)",
                "create table legacy_links (account_no int not null, owner_id int not null, primary key (account_no, owner_id))");
    }

    private static FieldMeta<?, ?> field(ModelMeta<?> meta, String name) {
        return meta.fields().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(meta.name() + " has no field " + name + ": " + meta.fields()));
    }

    private Connection connection() throws SQLException {
        return JooqBackend.of(Aksara.backend()).dataSource().getConnection();
    }

    private void execute(List<String> statements) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
