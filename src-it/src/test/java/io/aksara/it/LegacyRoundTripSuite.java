package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.meta.ModelMeta;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.Migrations;
import io.aksara.schemafirst.InspectDb;
import io.aksara.schemafirst.Inspection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The faithful round trip of issue 13: a hand-written legacy schema (smallint, NOT NULL without a
 * default, literal and expression defaults, a sequence default, timestamps with and without a
 * zone, MariaDB's text and timestamp beside its longtext and datetime, ON UPDATE CASCADE, ON DELETE
 * RESTRICT and SET NULL, foreign keys under names of their own, a 32-bit serial key with integer foreign
 * keys to it) → inspectdb → compile the models →
 * drop the tables → makemigrations and migrate on the empty database → the columns, types,
 * nullability, defaults, keys and foreign key rules are the original ones, as the database's own
 * metadata reports them (constraint names included); and inspecting again writes the same sources.
 */
@OnEveryDatabase
class LegacyRoundTripSuite {
    @Parameter
    TestDatabase db;

    private static final List<String> TABLES = List.of("rt_orders", "rt_customers");

    private DatabaseConfig config;

    @BeforeParameterizedClassInvocation
    void configure() throws Exception {
        config = db.config();
        Aksara.configure(config);
        dropTables();
    }

    @AfterParameterizedClassInvocation
    void close() throws Exception {
        if (config != null) {
            dropTables();
            if (!db.isMariadb() && !db.isSqlite()) { // the two that have sequences
                execute("drop sequence if exists rt_ticket_numbers");
            }
            Aksara.close();
        }
    }

    @Test
    void migrationsFromInspectedModelsRecreateTheLegacySchema() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(db.isSqlite(), "the legacy schema is written for PostgreSQL, MariaDB and H2");
        dropTables();
        for (String statement : script()) {
            execute(statement);
        }
        List<String> before = snapshot();

        Inspection first = inspect();
        assertThat(first.warnings()).as("inspectdb warnings").containsExactlyElementsOf(db.isMariadb() ? List.of()
                : List.of("the default of rt_customers.ticket reads a sequence (" + (db.isPostgres()
                        ? "nextval('rt_ticket_numbers'::regclass)" : "next value for \"PUBLIC\".\"RT_TICKET_NUMBERS\"")
                        + "); migrations do not create sequences: it must exist before they create the table"));
        assertThat(first.sources().get("RtOrder.java"))
                .contains("@ForeignKey(onDelete = OnDelete." + (db.isMariadb() ? "DO_NOTHING" : "RESTRICT")
                        + ", onUpdate = OnUpdate.CASCADE")
                .contains("constraintName = \"rt_orders_customer\") public Ref<RtCustomer> customer;")
                .contains("constraintName = \"rt_orders_referrer\") public Ref<RtCustomer> referrer;")
                .contains("@SmallIntegerField public Short quantity;")
                .contains("@SmallIntegerField(nullable = true) public Short discount;");
        assertThat(first.sources().get("RtCustomer.java"))
                .contains("@Meta(autoField = Meta.AutoField.INTEGER)\npublic class RtCustomer extends Model {")
                .contains("@SmallIntegerField public short rating = 3;")
                .contains("public BigDecimal credit = new BigDecimal(\"0\");")
                .contains("@IntegerField public Integer visits;")
                .contains("@Default(\"2020-01-31\") public LocalDate firstOrderOn;")
                .contains("@DbDefault(");
        if (db.isMariadb()) { // Aksara's own types there are longtext and datetime(6): these columns keep theirs
            assertThat(first.sources().get("RtCustomer.java"))
                    .contains("@TextField(dbType = \"text\", nullable = true) public String remark;")
                    .contains("@DateTimeField(dbType = \"timestamp\", nullable = true) public OffsetDateTime seenAt;")
                    .contains("@DateTimeField(dbType = \"timestamp(6)\") @DbDefault(")
                    .contains("@DateTimeField(dbType = \"datetime\", nullable = true) public OffsetDateTime billedAt;")
                    .contains("@TextField(nullable = true) @DbDefault(\"'none'\") public String note;");
        }
        GeneratedModels compiled = GeneratedModels.compile(first.write(Files.createTempDirectory("aksara-legacy-src")), "legacyrt");
        List<ModelMeta<?>> models = List.of(compiled.meta("RtCustomer"), compiled.meta("RtOrder"));

        dropTables();
        Migrations migrations = Migrations.at(Files.createTempDirectory("aksara-legacy-migrations")).models(models)
                .database(config);
        assertThat(migrations.makemigrations(MakeMigrationsOptions.defaults()).changesDetected()).isTrue();
        migrations.migrate();

        assertThat(snapshot()).as("the migrated tables against the legacy ones").isEqualTo(before);
        assertThat(inspect().sources()).as("inspectdb of the migrated tables").isEqualTo(first.sources());

        // the 32-bit key reads as the Long of Model.id, and the integer foreign keys follow it
        io.aksara.Manager<?> customers = (io.aksara.Manager<?>) compiled.meta("RtCustomer").type().getField("objects").get(null);
        io.aksara.Manager<?> orders = (io.aksara.Manager<?>) compiled.meta("RtOrder").type().getField("objects").get(null);
        io.aksara.Model ann = customers.all().create("name", "Ann", "visits", 1);
        assertThat(ann.pk()).isInstanceOf(Long.class);
        orders.all().create("customer", ann, "quantity", (short) 2);
        assertThat(orders.all().filter("customer__name", "Ann").count()).isEqualTo(1);
        assertThat(customers.all().get("pk", ann.pk()).pk()).isEqualTo(ann.pk());
    }

    @Test
    void viewsBecomeReadOnlyModelsThatMigrationsLeaveAlone() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(db.isSqlite(), "the legacy schema is written for PostgreSQL, MariaDB and H2");
        dropTables();
        for (String statement : script()) {
            execute(statement);
        }
        execute("insert into rt_customers (name, visits) values ('Ann', 2)");
        execute("create view rt_regulars as select id, name, visits from rt_customers where visits > 1");
        execute("create view rt_names as select name from rt_customers");
        if (db.isPostgres()) {
            execute("create materialized view rt_visit_totals as select id, visits from rt_customers");
        }
        try {
            List<String> views = db.isPostgres() ? List.of("rt_regulars", "rt_names", "rt_visit_totals")
                    : List.of("rt_regulars", "rt_names");
            Inspection found;
            try (Connection c = connect()) {
                found = InspectDb.of(c).packageName("legacyviews").tables(views.toArray(String[]::new)).inspect();
            }
            assertThat(found.warnings()).containsExactly("skipped table rt_names: it is a view without an id column, and a"
                    + " model needs a key; write its model by hand, with @Meta(managed = false, readOnly = true) and a key"
                    + " field of columns that are unique in it");
            assertThat(found.sources().get("RtRegular.java"))
                    .contains("/** The view {@code rt_regulars}, as Aksara's inspectdb read it. */")
                    .contains("@Meta(managed = false, readOnly = true)");
            GeneratedModels compiled = GeneratedModels.compile(found.write(Files.createTempDirectory("aksara-views-src")),
                    "legacyviews");
            ModelMeta<?> regulars = compiled.meta("RtRegular");
            io.aksara.Manager<?> objects = (io.aksara.Manager<?>) regulars.type().getField("objects").get(null);
            assertThat(objects.all().count()).isEqualTo(1);
            assertThatThrownBy(() -> objects.all().update("name", "Bob"))
                    .isInstanceOf(io.aksara.errors.AksaraException.class)
                    .hasMessageStartingWith("RtRegular is read-only (@Meta(readOnly = true), a view)");
            assertThatThrownBy(() -> objects.all().delete()).hasMessageContaining("RtRegular is read-only");
            assertThat(objects.all().count()).isEqualTo(1);
            if (db.isPostgres()) {
                assertThat(found.sources().get("RtVisitTotal.java")).contains("@Meta(managed = false, readOnly = true)");
            }

            Migrations migrations = Migrations.at(Files.createTempDirectory("aksara-views-migrations"))
                    .models(List.of(regulars)).database(config);
            assertThat(migrations.makemigrations(MakeMigrationsOptions.defaults()).changesDetected())
                    .as("makemigrations for a view's model").isFalse();
        } finally {
            if (db.isPostgres()) {
                execute("drop materialized view if exists rt_visit_totals");
            }
            execute("drop view if exists rt_names");
            execute("drop view if exists rt_regulars");
        }
    }

    @Test
    void postgresDomainsByteaAndArraysBecomeFieldsAndWhatHasNoFieldIsSaid() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(db.isPostgres(), "domains, enum types and tsvector are PostgreSQL's");
        execute("drop table if exists rt_documents");
        execute("drop domain if exists rt_email");
        execute("drop type if exists rt_mood");
        execute("create domain rt_email as varchar(120) check (value like '%@%')");
        execute("create type rt_mood as enum ('happy', 'sad')");
        execute("create table rt_documents (id bigint generated by default as identity primary key, owner rt_email not null,"
                + " mood rt_mood, body bytea, tags text[], search tsvector,"
                + " owner_length integer generated always as (length(owner)) stored)");
        try {
            Inspection found;
            try (Connection c = connect()) {
                found = InspectDb.of(c).packageName("legacypg").tables("rt_documents").inspect();
            }
            assertThat(found.sources().get("RtDocument.java"))
                    .contains("@StringField(maxLength = 120) public String owner; // the domain rt_email: its checks stay the database's")
                    .contains("@BinaryField(nullable = true) public byte[] body;")
                    .contains("@TextArrayField(nullable = true) public List<String> tags;")
                    // an enum type's column: a nested enum of the labels as they are, cast to the type when bound
                    .contains("public enum RtMood { happy, sad }")
                    .contains("@EnumField(dbType = \"rt_mood\", nullable = true) public RtMood mood;");
            assertThat(found.warnings()).containsExactly(
                    "skipped column rt_documents.search of type tsvector: Aksara has no field for it (a full-text document"
                            + " the database derives from other columns, usually by a trigger; search it with raw SQL)");
            // a generated column is a GeneratedField with the expression PostgreSQL reports: no write sends it
            assertThat(found.sources().get("RtDocument.java"))
                    .contains("@IntegerField(nullable = true) @GeneratedField(expression = \"length((owner)::text)\") public Integer ownerLength;");
            ModelMeta<?> document = GeneratedModels.compile(found.write(Files.createTempDirectory("aksara-pg-src")), "legacypg")
                    .meta("RtDocument");
            io.aksara.Manager<?> objects = (io.aksara.Manager<?>) document.type().getField("objects").get(null);
            Object ann = objects.all().create("owner", "ann@example.com", "body", new byte[] {1, 2}, "tags", List.of("a", "b"),
                    "mood", "sad");
            assertThat(objects.all().filter("mood__in", List.of("sad", "happy")).count()).isEqualTo(1);
            assertThat(document.field("ownerLength").getUnchecked((io.aksara.Model) ann)).isEqualTo(15);
            assertThat(objects.all().filter("owner__endswith", "@example.com").count()).isEqualTo(1);
            // the domain's check is the database's: a value it refuses fails there
            assertThatThrownBy(() -> objects.all().create("owner", "not an address"))
                    .isInstanceOf(io.aksara.errors.IntegrityError.class);
        } finally {
            execute("drop table if exists rt_documents");
            execute("drop domain if exists rt_email");
            execute("drop type if exists rt_mood");
        }
    }

    @Test
    void aRangePartitionedTableIsOneModelWithItsCompositeKeyAndItsPartitionsNone() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(db.isPostgres(), "declarative partitioning is PostgreSQL's");
        execute("drop table if exists rt_events");
        execute("create table rt_events (id bigint not null, happened_on date not null, kind varchar(20) not null,"
                + " primary key (id, happened_on)) partition by range (happened_on)");
        execute("create table rt_events_2024 partition of rt_events for values from ('2024-01-01') to ('2025-01-01')");
        execute("create table rt_events_2025 partition of rt_events for values from ('2025-01-01') to ('2026-01-01')");
        try {
            Inspection found;
            try (Connection c = connect()) {
                found = InspectDb.of(c).packageName("legacyparts").inspect(); // the whole schema: partitions included
            }
            assertThat(found.sources()).containsKey("RtEvent.java")
                    .doesNotContainKeys("RtEvents2024.java", "RtEvents2025.java");
            assertThat(found.sources().get("RtEvent.java")).contains("@Meta(primaryKey = {\"idValue\", \"happenedOn\"})")
                    .contains("@BigIntegerField(dbColumn = \"id\") public Long idValue;").contains("public LocalDate happenedOn;");
            Inspection parent;
            try (Connection c = connect()) {
                parent = InspectDb.of(c).packageName("legacyparts").tables("rt_events").inspect();
            }
            ModelMeta<?> events = GeneratedModels.compile(parent.write(Files.createTempDirectory("aksara-parts-src")),
                    "legacyparts").meta("RtEvent");
            io.aksara.Manager<?> objects = (io.aksara.Manager<?>) events.type().getField("objects").get(null);
            objects.all().create("idValue", 1L, "happenedOn", java.time.LocalDate.of(2024, 5, 1), "kind", "login");
            objects.all().create("idValue", 1L, "happenedOn", java.time.LocalDate.of(2025, 5, 1), "kind", "login");
            assertThat(objects.all().filter("happenedOn__year", 2025).count()).isEqualTo(1);
            assertThat(objects.all().count()).isEqualTo(2);
        } finally {
            execute("drop table if exists rt_events");
        }
    }

    private Inspection inspect() throws Exception {
        try (Connection c = connect()) {
            return InspectDb.of(c).packageName("legacyrt").tables(TABLES.toArray(String[]::new)).inspect();
        }
    }

    /**
     * Each column (type, size, digits, nullability, default; the default of an identity column is
     * the database's own business), the primary keys and each foreign key with its rules, as JDBC's
     * metadata reads them from the information schema.
     */
    private List<String> snapshot() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = connect()) {
            DatabaseMetaData md = c.getMetaData();
            for (String t : TABLES.reversed()) {
                String table = md.storesUpperCaseIdentifiers() ? t.toUpperCase(Locale.ROOT) : t;
                try (ResultSet rs = md.getColumns(c.getCatalog(), c.getSchema(), table, null)) {
                    while (rs.next()) {
                        boolean auto = "YES".equals(rs.getString("IS_AUTOINCREMENT"));
                        out.add(t + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " "
                                + type(rs.getString("TYPE_NAME")) + "(" + rs.getInt("COLUMN_SIZE") + ","
                                + rs.getInt("DECIMAL_DIGITS") + ") nullable=" + rs.getString("IS_NULLABLE")
                                + (auto ? " generated" : " default=" + number(rs.getString("COLUMN_DEF"))));
                    }
                }
                try (ResultSet rs = md.getPrimaryKeys(c.getCatalog(), c.getSchema(), table)) {
                    while (rs.next()) {
                        out.add(t + " primary key " + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                try (ResultSet rs = md.getImportedKeys(c.getCatalog(), c.getSchema(), table)) {
                    while (rs.next()) {
                        out.add(t + "." + rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT) + " constraint "
                                + rs.getString("FK_NAME").toLowerCase(Locale.ROOT) + " references "
                                + rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT) + " on update "
                                + rule(rs.getShort("UPDATE_RULE")) + " on delete " + rule(rs.getShort("DELETE_RULE")));
                    }
                }
            }
        }
        return out;
    }

    /**
     * A numeric default by its value: Liquibase writes {@code defaultValueNumeric: 0.00} as {@code 0}
     * (the same number in a {@code numeric(10, 2)} column); other defaults as the database reports them.
     */
    private static String number(String columnDefault) {
        try {
            return columnDefault == null ? null : new java.math.BigDecimal(columnDefault).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            return columnDefault;
        }
    }

    /**
     * The type name, with PostgreSQL's {@code serial} as the {@code int4} it is: its driver names
     * an integer whose default is its own sequence serial, and an identity column (what migrations
     * make, as Django does) int4; both are 32-bit columns the database generates.
     */
    private static String type(String typeName) {
        String name = typeName.toLowerCase(Locale.ROOT);
        return name.equals("serial") ? "int4" : name.equals("bigserial") ? "int8" : name;
    }

    private static String rule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            default -> "NO ACTION";
        };
    }

    private List<String> script() throws IOException {
        String name = db.isPostgres() ? "postgres" : db.isMariadb() ? "mariadb" : "h2";
        try (InputStream in = getClass().getResourceAsStream("/roundtrip/" + name + ".sql")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            return java.util.Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    private void dropTables() throws Exception {
        for (String t : List.of("rt_orders", "rt_customers", "DATABASECHANGELOG", "DATABASECHANGELOGLOCK")) {
            execute("drop table if exists " + t);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(config.url(), config.user(), config.password());
    }
}
