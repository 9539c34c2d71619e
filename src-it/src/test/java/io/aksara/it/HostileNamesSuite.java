package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.aggregates.Sum;
import io.aksara.meta.FieldAccess;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.schema.SchemaEditor;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Names and type text in metadata built by hand ({@link FieldMeta#builder}, {@link ModelMeta#builder}),
 * where the annotation processor checks nothing: a name or dbType that could end its quotes or the
 * statement is refused when the metadata is built, before any SQL; a legacy name with spaces and
 * capitals ({@code "unit price"}, {@code "Item Name"}, table {@code "hn line items"}) is quoted
 * everywhere, so SchemaEditor and migrations create it and every statement finds it.
 */
@OnEveryDatabase
class HostileNamesSuite {
    @Parameter
    TestDatabase db;

    private static final String TABLE = "hn line items";

    /** The model's metadata; its class is local, so the annotation processor makes no metamodel for it. */
    private static final ModelMeta<? extends Model> LINE = lineMeta();

    private DatabaseConfig config;

    private static ModelMeta<? extends Model> lineMeta() {
        class LegacyLine extends Model {
            String itemName;
            BigDecimal unitPrice;
        }
        return ModelRegistry.register(ModelMeta.builder(LegacyLine.class, LegacyLine::new)
                .table(TABLE)
                .index("hn lines by price", "unitPrice")
                .field(FieldMeta.<LegacyLine, Long>builder("id", FieldType.BIG_AUTO, Long.class).primaryKey(true)
                        .access(FieldAccess.of(m -> m.id, (m, v) -> m.id = v)).build())
                .field(FieldMeta.<LegacyLine, String>builder("itemName", FieldType.STRING, String.class).maxLength(40)
                        .column("Item Name").dbIndex(true)
                        .access(FieldAccess.of(m -> m.itemName, (m, v) -> m.itemName = v)).build())
                .field(FieldMeta.<LegacyLine, BigDecimal>builder("unitPrice", FieldType.DECIMAL, BigDecimal.class)
                        .digits(10, 2).column("unit price")
                        .access(FieldAccess.of(m -> m.unitPrice, (m, v) -> m.unitPrice = v)).build())
                .build());
    }

    @BeforeParameterizedClassInvocation
    void configure() throws SQLException {
        config = null; // one instance serves every database: a skipped one must not close the last one's
        config = db.config();
        Aksara.configure(config);
        dropTable();
    }

    @AfterParameterizedClassInvocation
    void close() throws SQLException {
        if (config != null) {
            dropTable();
            Aksara.close();
        }
    }

    @Test
    void hostileNamesAndTypesAreRefusedBeforeAnySql() throws SQLException {
        List<String> before = tableNames();
        class Victim extends Model {
            String body;
        }
        Supplier<FieldMeta<Victim, Long>> id = () -> FieldMeta.<Victim, Long>builder("id", FieldType.BIG_AUTO, Long.class)
                .primaryKey(true).access(FieldAccess.of(m -> m.id, (m, v) -> m.id = v)).build();
        FieldAccess<Victim, String> body = FieldAccess.of(m -> m.body, (m, v) -> m.body = v);

        assertThatThrownBy(() -> FieldMeta.<Victim, String>builder("body", FieldType.TEXT, String.class)
                .dbType("text, evil int); drop table hn_victims; --").access(body).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Field 'body' (TextField): dbType \"text, evil int); drop table hn_victims; --\"")
                .hasMessageContaining("use text, tinytext, mediumtext, longtext or clob");
        assertThatThrownBy(() -> FieldMeta.<Victim, String>builder("body", FieldType.STRING, String.class).maxLength(5)
                .column("body\" varchar(5)); drop table hn_victims; --").access(body).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Field 'body': column").hasMessageContaining("quotation mark");
        assertThatThrownBy(() -> FieldMeta.<Victim, String>builder("body", FieldType.STRING, String.class).maxLength(5)
                .column("x; drop table hn_victims").access(body).build())
                .hasMessageContaining("contains a semicolon");
        assertThatThrownBy(() -> FieldMeta.<Victim, Object>builder("owner", FieldType.FOREIGN_KEY, Object.class)
                .constraintName("fk x foreign key (id) references y (id); --").access(FieldAccess.of(m -> null, (m, v) -> {}))
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Field 'owner': constraintName").hasMessageContaining("letters, digits and underscores");
        assertThatThrownBy(() -> ModelMeta.builder(Victim.class, Victim::new).table("hn_victims; drop table hn_other")
                .field(id.get()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Victim: table \"hn_victims; drop table hn_other\" contains a semicolon");
        assertThatThrownBy(() -> ModelMeta.builder(Victim.class, Victim::new).table("hn_victims")
                .index("ix /* drop */", "body").field(id.get())
                .field(FieldMeta.<Victim, String>builder("body", FieldType.STRING, String.class).maxLength(5).access(body).build())
                .build())
                .hasMessageContaining("Victim: index name \"ix /* drop */\" contains an SQL comment");
        assertThat(tableNames()).as("nothing reached the database").isEqualTo(before);
    }

    @Test
    void aLegacyNameWithSpacesWorksThroughSchemaEditor() throws SQLException {
        SchemaEditor editor = SchemaEditor.forDatabase(Aksara.DEFAULT);
        editor.createTables(LINE.type());
        try {
            assertThat(columnNames()).contains("unit price", "item name");
            writeFilterAndRead(Manager.of(LINE.type()));
        } finally {
            editor.dropTables(LINE.type());
        }
    }

    @Test
    void aLegacyNameWithSpacesWorksThroughMigrations() throws SQLException {
        MigratedSchema schema = MigratedSchema.create(config, LINE.type());
        try {
            assertThat(columnNames()).contains("unit price", "item name");
            writeFilterAndRead(Manager.of(LINE.type()));
        } finally {
            schema.drop();
        }
    }

    @Test
    void aLegacyNameWithSpacesWorksInBulkWrites() throws SQLException {
        SchemaEditor editor = SchemaEditor.forDatabase(Aksara.DEFAULT);
        editor.createTables(LINE.type());
        try {
            bulkWriteAndRead(Manager.of(LINE.type()));
        } finally {
            editor.dropTables(LINE.type());
        }
    }

    /**
     * bulkCreate, bulkUpdate and upsert name both columns and the key in statements of their own
     * (on PostgreSQL the {@code unnest} forms, which write their column lists themselves).
     */
    private static <M extends Model> void bulkWriteAndRead(Manager<M> lines) {
        List<M> made = new ArrayList<>();
        for (String name : List.of("Tea", "Cake", "Bread")) {
            M line = lines.meta().newInstance();
            lines.meta().field("itemName").setUnchecked(line, name);
            lines.meta().field("unitPrice").setUnchecked(line, new BigDecimal("1.00"));
            made.add(line);
        }
        lines.bulkCreate(made);
        assertThat(made).allSatisfy(line -> assertThat(line.id).isNotNull());

        lines.meta().field("unitPrice").setUnchecked(made.get(1), new BigDecimal("4.25"));
        assertThat(lines.bulkUpdate(made, "unitPrice")).isEqualTo(3);

        M fresh = lines.meta().newInstance(); // a key of its own: one upsert both updates and inserts
        fresh.id = made.get(2).id + 100;
        lines.meta().field("itemName").setUnchecked(fresh, "Jam");
        lines.meta().field("unitPrice").setUnchecked(fresh, new BigDecimal("5.00"));
        lines.meta().field("unitPrice").setUnchecked(made.get(0), new BigDecimal("3.50"));
        lines.upsert(List.of(made.get(0), fresh), List.of("id"), List.of("itemName", "unitPrice"));

        assertThat(lines.all().orderBy("itemName").valuesList("unitPrice", BigDecimal.class).fetch())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1.00"), new BigDecimal("4.25"), new BigDecimal("5.00"), new BigDecimal("3.50"));
        lines.all().delete();
    }

    /** Every kind of statement names the table and both columns. */
    private static <M extends Model> void writeFilterAndRead(Manager<M> lines) {
        lines.create("itemName", "Tea", "unitPrice", new BigDecimal("3.50"));
        lines.create("itemName", "Cake", "unitPrice", new BigDecimal("4.25"));
        M bread = lines.create("itemName", "Bread", "unitPrice", new BigDecimal("2.00"));

        assertThat(lines.filter("unitPrice__gte", new BigDecimal("3")).orderBy("-unitPrice")
                .valuesList("itemName", String.class).fetch()).containsExactly("Cake", "Tea");
        assertThat(lines.filter("itemName", "Tea").values("itemName", "unitPrice").fetch())
                .singleElement().satisfies(row -> assertThat((BigDecimal) row.get("unitPrice")).isEqualByComparingTo("3.50"));
        assertThat((BigDecimal) lines.all().aggregate("total", Sum.of("unitPrice")).get("total"))
                .isEqualByComparingTo("9.75");
        assertThat(lines.filter("itemName", "Bread").update("unitPrice", new BigDecimal("2.20"))).isOne();
        assertThat(lines.get("pk", bread.id)).isNotNull();
        assertThat(lines.filter("unitPrice", new BigDecimal("2.20")).count()).isOne();
        assertThat(lines.filter("itemName__startswith", "C").delete()).isPositive();
        assertThat(lines.all().orderBy("itemName").valuesList("itemName", String.class).fetch())
                .containsExactly("Bread", "Tea");
        lines.all().delete();
    }

    private List<String> tableNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = connection(); ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    /** The table's columns, in lower case: H2 folds the names Aksara writes to upper case. */
    private List<String> columnNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = connection(); ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, "%", "%")) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(TABLE)) {
                    names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    private void dropTable() throws SQLException {
        String q = db.isMariadb() ? "`" : "\"";
        execute("drop table if exists " + q + TABLE + q, "drop table if exists " + q + TABLE.toUpperCase(Locale.ROOT) + q);
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(config.url(), config.user(), config.password());
    }

    private void execute(String... statements) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
