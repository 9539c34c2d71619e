package io.aksara.it;

import static io.aksara.it.legacy.jooq.Tables.SHOP_CUSTOMERS;
import static io.aksara.it.legacy.jooq.Tables.SHOP_ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.Model;
import io.aksara.QuerySet;
import io.aksara.fields.OnDelete;
import io.aksara.it.legacy.jooq.DefaultSchema;
import io.aksara.jooq.Jooq;
import io.aksara.jooq.JooqBackend;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import io.aksara.schemafirst.InspectDb;
import io.aksara.schemafirst.InspectJooq;
import io.aksara.schemafirst.Inspection;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.EnumSet;
import org.jooq.DDLExportConfiguration;
import org.jooq.DDLFlag;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Models from jOOQ-generated table classes. The classes in {@code io.aksara.it.legacy.jooq} are
 * written during the build by jOOQ's own code generator from {@code jooq/legacy_shop.sql}; the
 * suite creates their tables on the database (from the classes, through jOOQ's DDL export), turns
 * the classes into models, and checks that those models describe what inspectdb reads from the
 * live tables, and that they query rows jOOQ wrote. Run once per database (@OnEveryDatabase).
 */
@OnEveryDatabase
class JooqModelsSuite {
    @Parameter
    TestDatabase db;

    private static final List<String> TABLES = List.of("shop_order_lines", "shop_orders", "shop_customers");

    private DSLContext dsl;
    private String vendor;
    private GeneratedModels fromJooq;
    private Inspection fromJooqInspection;

    @BeforeParameterizedClassInvocation
    void createTables() throws Exception {
        dsl = null; // a database left out of the run leaves the previous invocation's context behind
        Aksara.configure(db.config());
        vendor = Aksara.backend().vendor();
        dsl = JooqBackend.of(Aksara.backend()).dsl();
        dropTables(dsl);
        // the tables go into the connection's own schema: no CREATE SCHEMA
        var ddl = new DDLExportConfiguration().flags(EnumSet.complementOf(EnumSet.of(DDLFlag.SCHEMA)));
        for (Query q : dsl.ddl(DefaultSchema.DEFAULT_SCHEMA, ddl).queries()) {
            // jOOQ's MYSQL and MARIADB dialects write "timestamp with time zone(6)", which MariaDB rejects,
            // and its SQLITE dialect "timestamp(6) with time zone", which SQLite cannot parse (a type's
            // size comes last there): the type Aksara declares on SQLite instead
            String sql = dsl.renderInlined(q).replace("timestamp with time zone(6)", "datetime(6)");
            dsl.execute(db.isSqlite() ? sql.replace("timestamp(6) with time zone", "timestamp with time zone") : sql);
        }
        String pkg = "io.aksara.it.fromjooq." + vendor;
        fromJooqInspection = InspectJooq.of(DefaultSchema.DEFAULT_SCHEMA.getTables()).packageName(pkg).inspect();
        fromJooq = GeneratedModels.compile(fromJooqInspection.write(Files.createTempDirectory("aksara-from-jooq")), pkg);
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (dsl == null) {
            return; // the database was not available: the suite was skipped or failed in setup
        }
        dropTables(dsl);
        Aksara.close();
    }

    private static void dropTables(DSLContext dsl) {
        for (String t : TABLES) {
            dsl.dropTableIfExists(t).execute();
        }
    }

    @Test
    void eachJooqTableBecomesAModel() {
        assertThat(fromJooqInspection.sources()).containsOnlyKeys("ShopCustomer.java", "ShopOrder.java", "ShopOrderLine.java");
        assertThat(fromJooqInspection.warnings()).isEmpty();
        ModelMeta<?> line = fromJooq.meta("ShopOrderLine");
        assertThat(line.primaryKeyFields()).extracting(FieldMeta::name).containsExactly("order", "lineNo");
        assertThat(field(line, "order").relatedMeta()).isSameAs(fromJooq.meta("ShopOrder"));

        ModelMeta<?> order = fromJooq.meta("ShopOrder");
        assertThat(order.table()).isEqualTo("shop_orders");
        assertThat(order.primaryKey().type()).isEqualTo(FieldType.BIG_AUTO);
        FieldMeta<?, ?> customer = field(order, "customer");
        assertThat(customer.isRelation()).isTrue();
        assertThat(customer.onDelete()).isEqualTo(OnDelete.CASCADE);
        assertThat(customer.relatedMeta()).isSameAs(fromJooq.meta("ShopCustomer"));
        assertThat(field(order, "referrer").onDelete()).isEqualTo(OnDelete.SET_NULL);
        assertThat(field(order, "referrer").nullable()).isTrue();
        assertThat(field(order, "total").maxDigits()).isEqualTo(12);
        assertThat(field(order, "tracking").type()).isEqualTo(FieldType.UUID);
        assertThat(field(order, "status").getUnchecked(order.newInstance())).isEqualTo("open");
        assertThat(order.indexes()).anySatisfy(ix -> assertThat(ix.name()).isEqualTo("ix_shop_orders_status_placed_on"));
        ModelMeta<?> cust = fromJooq.meta("ShopCustomer");
        assertThat(field(cust, "email").unique()).isTrue();
        assertThat(field(cust, "notes").type()).isEqualTo(FieldType.TEXT);
        assertThat(field(cust, "joinedAt").type()).isEqualTo(FieldType.DATE_TIME);
    }

    @Test
    void modelsFromJooqClassesDescribeWhatInspectdbReadsFromTheDatabase() throws Exception {
        String pkg = "io.aksara.it.fromdb." + vendor;
        Inspection live;
        try (Connection c = JooqBackend.of(Aksara.backend()).dataSource().getConnection()) {
            live = InspectDb.of(c).packageName(pkg).tables(TABLES.toArray(String[]::new)).inspect();
        }
        GeneratedModels fromDatabase = GeneratedModels.compile(live.write(Files.createTempDirectory("aksara-from-db")), pkg);
        for (String model : List.of("ShopCustomer", "ShopOrder")) {
            assertThat(ModelComparison.differences(fromJooq.meta(model), fromDatabase.meta(model)))
                    .as("%s from the jOOQ classes against the live table", model).isEmpty();
        }
    }

    @Test
    void theModelsQueryRowsJooqWroteAndFeedJooqQueriesBack() {
        long ann = dsl.insertInto(SHOP_CUSTOMERS, SHOP_CUSTOMERS.EMAIL, SHOP_CUSTOMERS.FULL_NAME, SHOP_CUSTOMERS.VIP)
                .values("ann@example.com", "Ann", true).returningResult(SHOP_CUSTOMERS.ID).fetchOne().value1();
        long bob = dsl.insertInto(SHOP_CUSTOMERS, SHOP_CUSTOMERS.EMAIL, SHOP_CUSTOMERS.FULL_NAME)
                .values("bob@example.com", "Bob").returningResult(SHOP_CUSTOMERS.ID).fetchOne().value1();
        for (long customer : List.of(ann, ann, bob)) {
            dsl.insertInto(SHOP_ORDERS, SHOP_ORDERS.CUSTOMER_ID, SHOP_ORDERS.TOTAL, SHOP_ORDERS.PLACED_ON)
                    .values(customer, new BigDecimal("10.00"), LocalDate.of(2026, 1, 2)).execute();
        }
        try {
            QuerySet<?> customers = all(fromJooq.meta("ShopCustomer"));
            QuerySet<?> orders = all(fromJooq.meta("ShopOrder"));
            assertThat(customers.filter("vip", true).valuesList("fullName", String.class).fetch()).containsExactly("Ann");
            assertThat(orders.filter("customer__fullName", "Ann").count()).isEqualTo(2);
            assertThat(orders.filter("status", "open").count()).isEqualTo(3); // the column default

            // and back: a QuerySet of the generated model inside a typed jOOQ query
            var vips = Jooq.select(customers.filter("vip", true).valuesList("id"), Long.class);
            assertThat(dsl.fetchCount(SHOP_ORDERS, SHOP_ORDERS.CUSTOMER_ID.in(vips))).isEqualTo(2);
        } finally {
            dsl.deleteFrom(SHOP_ORDERS).execute();
            dsl.deleteFrom(SHOP_CUSTOMERS).execute();
        }
    }

    @Test
    void thePackageOfTheJooqClassesIsEnoughAndItsModelsAreCheckedForStaleness() throws Exception {
        String pkg = "io.aksara.it.fromjooq." + vendor;
        Inspection scanned = InspectJooq.ofPackage("io.aksara.it.legacy.jooq", getClass().getClassLoader())
                .packageName(pkg).inspect();
        assertThat(scanned.sources()).as("the tables found in the package, against the schema's list")
                .isEqualTo(fromJooqInspection.sources());

        Path sourceRoot = Files.createTempDirectory("aksara-jooq-stale");
        scanned.write(sourceRoot);
        assertThat(scanned.differences(sourceRoot)).as("models just written").isEmpty();
        Path customer = sourceRoot.resolve(pkg.replace('.', '/')).resolve("ShopCustomer.java");
        Files.writeString(customer, Files.readString(customer).replace("maxLength = 100", "maxLength = 80"));
        assertThat(scanned.differences(sourceRoot)).as("an edited model").singleElement().asString().contains("ShopCustomer.java");

        assertThatThrownBy(() -> InspectJooq.ofPackage("io.aksara.it.models", getClass().getClassLoader()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("No jOOQ table classes in package io.aksara.it.models or its subpackages");
        assertThat(InspectJooq.ofPackage("io.aksara.it.legacy.jooq", getClass().getClassLoader()).tables("SHOP_ORDERS")
                .packageName(pkg).inspect().sources()).containsOnlyKeys("ShopOrder.java");
    }

    @Test
    void theJooqTablesAreTheOnesTheSuiteCreated() {
        assertThat(DefaultSchema.DEFAULT_SCHEMA.getTables()).extracting(Table::getName)
                .containsExactlyInAnyOrderElementsOf(TABLES);
    }

    private static <M extends Model> QuerySet<M> all(ModelMeta<M> meta) {
        return QuerySet.of(meta);
    }

    private static FieldMeta<?, ?> field(ModelMeta<?> meta, String name) {
        return meta.fields().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(meta.name() + " has no field " + name + ": " + meta.fields()));
    }
}
