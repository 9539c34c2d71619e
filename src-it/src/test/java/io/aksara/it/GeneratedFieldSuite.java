package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.aggregates.Sum;
import io.aksara.errors.FieldError;
import io.aksara.it.models.Badge;
import io.aksara.it.models.OrderLine;
import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.meta.ModelMeta;
import io.aksara.schema.migrate.AddGeneratedColumn;
import io.aksara.schema.state.GeneratedColumnType;
import io.aksara.schema.state.ModelStates;
import io.aksara.schemafirst.InspectDb;
import io.aksara.schemafirst.Inspection;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Stream;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.junit.jupiter.api.Test;

/**
 * {@code @GeneratedField} on every database: the migration creates a column the database computes,
 * no write sends it, save() reads the database's value back, and it filters, orders and sums as
 * any field; naming it in a write is a FieldError before any SQL runs.
 */
@OnEveryDatabase
class GeneratedFieldSuite extends SuiteSchema {
    GeneratedFieldSuite() {
        super(OrderLine.class, Badge.class);
    }

    @Override
    protected List<Class<? extends Model>> models() {
        // PostgreSQL before 18 has no virtual generated column (Badge.width): there the migration is refused
        return db.isPostgres() ? List.of(OrderLine.class) : super.models();
    }

    @Test
    void createReadsBackWhatTheDatabaseComputed() {
        OrderLine line = OrderLine.objects.create("item", "pens", "quantity", 4, "unitPrice", new BigDecimal("2.50"));

        assertThat(line.total).isEqualByComparingTo("10.00");
        assertThat(line.itemLength).isEqualTo(4);
        assertThat(OrderLine.objects.get("id", line.id).total).isEqualByComparingTo("10.00");
    }

    @Test
    void saveAfterAChangeReadsTheNewValueAndIgnoresAValueAssignedToTheGeneratedField() {
        OrderLine line = OrderLine.objects.create("item", "pens", "quantity", 4, "unitPrice", new BigDecimal("2.50"));
        line.quantity = 10;
        line.total = new BigDecimal("1.00"); // not written: the database computes it
        line.save();

        assertThat(line.total).isEqualByComparingTo("25.00");
        assertThat(OrderLine.objects.get("id", line.id).total).isEqualByComparingTo("25.00");
    }

    @Test
    void filtersOrdersAndAggregatesLikeAnyField() {
        OrderLine.objects.create("item", "pens", "quantity", 4, "unitPrice", new BigDecimal("2.50"));
        OrderLine.objects.create("item", "paper", "quantity", 1, "unitPrice", new BigDecimal("7.00"));
        OrderLine.objects.create("item", "ink", "quantity", 3, "unitPrice", new BigDecimal("1.00"));

        assertThat(OrderLine.objects.filter("total__gt", 5).orderBy("-total").fetch())
                .extracting(l -> l.item).containsExactly("pens", "paper");
        assertThat(OrderLine.objects.filter("itemLength", 3).fetch()).extracting(l -> l.item).containsExactly("ink");
        assertThat((BigDecimal) OrderLine.objects.aggregate(Sum.of("total")).get("total__sum")).isEqualByComparingTo("20.00");
    }

    @Test
    void bulkWritesLeaveTheColumnToTheDatabase() {
        OrderLine a = OrderLine.objects.build("item", "cups", "quantity", 2, "unitPrice", new BigDecimal("3.00"));
        OrderLine b = OrderLine.objects.build("item", "mugs", "quantity", 1, "unitPrice", new BigDecimal("4.00"));
        OrderLine.objects.bulkCreate(List.of(a, b));
        OrderLine.objects.filter("item", "cups").update("quantity", 5);

        assertThat(OrderLine.objects.orderBy("item").fetch()).extracting(l -> l.total.setScale(2))
                .containsExactly(new BigDecimal("15.00"), new BigDecimal("4.00"));
    }

    @Test
    void writingTheGeneratedFieldIsAFieldErrorNamingIt() {
        OrderLine line = OrderLine.objects.create("item", "pens", "quantity", 4, "unitPrice", new BigDecimal("2.50"));

        assertThatThrownBy(() -> OrderLine.objects.all().update("total", 1))
                .isInstanceOf(FieldError.class)
                .hasMessageContaining("update() cannot write OrderLine.total: it is a GeneratedField")
                .hasMessageContaining("unitPrice * quantity");
        assertThatThrownBy(() -> OrderLine.objects.create("item", "x", "quantity", 1, "unitPrice", BigDecimal.ONE, "total", 5))
                .isInstanceOf(FieldError.class).hasMessageContaining("create() cannot write OrderLine.total");
        assertThatThrownBy(() -> OrderLine.objects.bulkUpdate(List.of(line), "total"))
                .isInstanceOf(FieldError.class).hasMessageContaining("bulkUpdate() cannot write OrderLine.total");
        assertThat(OrderLine.objects.count()).isEqualTo(1);
        assertThat(OrderLine.objects.get("id", line.id).total).isEqualByComparingTo("10.00");
    }

    @Test
    void theMigrationAddsTheColumnAsGeneratedAndFindsNoChangeAfterwards() throws IOException {
        String yaml;
        try (Stream<Path> files = Files.list(schema.directory())) {
            Path first = files.filter(p -> p.getFileName().toString().startsWith("0001")).findFirst().orElseThrow();
            yaml = Files.readString(first);
        }
        assertThat(yaml).contains("io.aksara.schema.migrate.AddGeneratedColumn")
                .contains("expression: \"unit_price * quantity\"").contains("expression: \"length(item)\"");
        assertThat(schema.migrations().makemigrations(MakeMigrationsOptions.defaults().asCheck()).changesDetected()).isFalse();
    }

    @Test
    void aVirtualColumnIsComputedOnReadOrRefusedWherePostgresqlHasNone() throws Exception {
        if (db.isPostgres()) {
            AddGeneratedColumn change = new AddGeneratedColumn();
            change.setTableName("badges");
            change.setColumnName("width");
            change.setColumnType("INT");
            change.setExpression("length(caption) * 2");
            change.setStored("false");
            try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password())) {
                Database postgres = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
                assertThatThrownBy(() -> change.generateStatements(postgres))
                        .hasMessageContaining("badges.width is a virtual GeneratedField (stored = false), but PostgreSQL 1")
                        .hasMessageContaining("declare it with stored = true");
            }
            return;
        }
        Badge badge = Badge.objects.create("caption", "hello");
        assertThat(badge.width).isEqualTo(10);
        assertThat(Badge.objects.filter("width__gte", 10).count()).isEqualTo(1);
        badge.caption = "hi";
        badge.save();
        assertThat(badge.width).isEqualTo(4);
    }

    @Test
    void inspectdbMakesAGeneratedColumnAGeneratedFieldThatStaysGenerated() throws Exception {
        Inspection found;
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password())) {
            found = InspectDb.of(c).packageName("inspectedlines").tables("order_lines").inspect();
        }
        String source = found.sources().get("OrderLine.java");
        assertThat(source).contains("@GeneratedField(expression = ").contains("public BigDecimal total;")
                .contains("public Integer itemLength;");
        ModelMeta<?> line = GeneratedModels.compile(found.write(Files.createTempDirectory("aksara-generated-src")), "inspectedlines")
                .meta("OrderLine");
        assertThat(line.field("total").isGeneratedColumn()).isTrue();
        // migrations from the inspected model create the column as generated again
        assertThat(GeneratedColumnType.parse(ModelStates.table(line).column("total").orElseThrow().type())).isNotNull();
        Manager<?> objects = (Manager<?>) line.type().getField("objects").get(null);
        Model made = objects.all().create("item", "tape", "quantity", 3, "unitPrice", new BigDecimal("1.50"));
        assertThat((BigDecimal) line.field("total").getUnchecked(made)).isEqualByComparingTo("4.50");
        assertThat(line.field("itemLength").getUnchecked(made)).isEqualTo(4);
    }
}
