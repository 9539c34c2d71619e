package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Q;
import io.aksara.errors.AksaraException;
import io.aksara.expr.Exists;
import io.aksara.expr.OuterRef;
import io.aksara.it.models.Category;
import io.aksara.it.models.Product;
import io.aksara.jooq.Jooq;
import io.aksara.jooq.JooqBackend;
import io.aksara.query.RawCondition;
import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * jOOQ interop on a real database: QuerySets embedded in jOOQ statements ({@link Jooq#select}) and
 * jOOQ conditions inside QuerySets ({@link Jooq#condition}). Run once per database (@OnEveryDatabase).
 *
 * <p>Seed: Electronics {Laptop 999.00, Mouse 4.50 (rating 2), Cable 3.00 (out of stock)};
 * Books {Novel 12.00 (rating 5), Pamphlet 1.00}.
 */
@OnEveryDatabase
class JooqInteropSuite {
    @Parameter
    TestDatabase db;

    private MigratedSchema schema;
    private DSLContext dsl;

    @BeforeParameterizedClassInvocation
    void createTables() {
        DatabaseConfig tablesOn = db.config(); // once: each call may name a new database (H2 in memory)
        Aksara.configure(tablesOn);
        // the tables come from a migration, as an application's would
        schema = MigratedSchema.create(tablesOn, Category.class, Product.class);
        dsl = JooqBackend.of(Aksara.backend()).dsl();
    }

    @BeforeEach
    void seed() {
        schema.deleteAllRows();
        Category electronics = Category.objects.create("name", "Electronics");
        Category books = Category.objects.create("name", "Books");
        Product.objects.create("name", "Laptop", "price", new BigDecimal("999.00"), "category", electronics);
        Product.objects.create("name", "Mouse", "price", new BigDecimal("4.50"), "category", electronics, "rating", 2);
        Product.objects.create("name", "Cable", "price", new BigDecimal("3.00"), "category", electronics, "inStock", false);
        Product.objects.create("name", "Novel", "price", new BigDecimal("12.00"), "category", books, "rating", 5);
        Product.objects.create("name", "Pamphlet", "price", new BigDecimal("1.00"), "category", books);
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema == null) {
            return; // the database was not available: the suite was skipped or failed in setup
        }
        schema.drop();
        Aksara.close();
    }

    private static List<String> names(io.aksara.QuerySet<Product> qs) {
        return qs.orderBy("name").valuesList("name", String.class).fetch();
    }

    // ------------------------------------------------------------------ jOOQ conditions in QuerySets

    @Test
    void aJooqConditionFiltersRows() {
        assertThat(names(Product.objects.filter(Jooq.condition(field("price").lt(5)))))
                .containsExactly("Cable", "Mouse", "Pamphlet");
    }

    @Test
    void aJooqConditionComposesWithLookupsInOneCallAndAcrossCalls() {
        assertThat(names(Product.objects.filter(Jooq.condition(field("price").lt(5)), Q.of("inStock", true))))
                .containsExactly("Mouse", "Pamphlet");
        assertThat(names(Product.objects.filter("category__name", "Electronics")
                .filter(Jooq.condition(field("price").lt(5)))))
                .containsExactly("Cable", "Mouse");
    }

    @Test
    void aJooqConditionTakesPartInOrAndNot() {
        Q cheap = Jooq.condition(field("price").lt(2));
        assertThat(names(Product.objects.filter(cheap.or(Q.of("rating__gte", 5)))))
                .containsExactly("Novel", "Pamphlet");
        assertThat(names(Product.objects.filter(cheap.or(Q.of("rating__gte", 5)).not())))
                .containsExactly("Cable", "Laptop", "Mouse");
        assertThat(names(Product.objects.exclude(Jooq.condition(field("price").gt(10)))))
                .containsExactly("Cable", "Mouse", "Pamphlet");
    }

    @Test
    void aJooqConditionWorksWithCountExistsUpdateAndDelete() {
        assertThat(Product.objects.filter(Jooq.condition(field("price").lt(5))).count()).isEqualTo(3);
        assertThat(Product.objects.filter(Jooq.condition(field("price").gt(5000))).exists()).isFalse();

        long updated = Product.objects.filter(Jooq.condition(field("price").lt(5)), Q.of("inStock", true))
                .update("rating", 1);
        assertThat(updated).isEqualTo(2);
        assertThat(names(Product.objects.filter("rating", 1))).containsExactly("Mouse", "Pamphlet");

        long deleted = Product.objects.filter(Jooq.condition(field("name").like("%a%"))).delete();
        assertThat(deleted).isEqualTo(3); // Laptop, Cable, Pamphlet
        assertThat(names(Product.objects.all())).containsExactly("Mouse", "Novel");
    }

    @Test
    void aJooqConditionWorksInsideExistsAndOnValues() {
        // unqualified names resolve to the subquery's own (aliased) table
        var cheapProducts = Product.objects.filter("category", OuterRef.of("pk")).filter(Jooq.condition(field("price").lt(2)));
        assertThat(Category.objects.filter(Exists.of(cheapProducts)).valuesList("name", String.class).fetch())
                .containsExactly("Books");
        assertThat(Product.objects.orderBy("name").valuesList("name", String.class)
                .filter(Jooq.condition(field("rating").isNotNull())).fetch())
                .containsExactly("Mouse", "Novel");
    }

    @Test
    void aJooqConditionKeepsItsValuesAsParameters() {
        String sql = Product.objects.filter(Jooq.condition(field("name").eq("Mouse' or '1'='1"))).sql();
        assertThat(sql).doesNotContain("Mouse").contains("?");
        assertThat(Product.objects.filter(Jooq.condition(field("name").eq("Mouse' or '1'='1"))).count()).isZero();
        assertThat(Product.objects.filter(Jooq.condition(field("name").eq("Mouse"))).toString()).contains("Mouse");
    }

    @Test
    void aRawConditionFromAnotherBackendIsRefusedBeforeAnySqlRuns() {
        RawCondition foreign = new RawCondition() {
            @Override
            public String backend() {
                return "a search engine";
            }

            @Override
            public String toString() {
                return "title ~ 'x'";
            }
        };
        assertThatThrownBy(() -> Product.objects.filter(Q.raw(foreign)).count())
                .isInstanceOf(AksaraException.class)
                .hasMessageContaining("a search engine").hasMessageContaining("title ~ 'x'");
    }

    // ------------------------------------------------------------------ QuerySets in jOOQ statements

    @Test
    void aQuerySetIsAJooqSelectOfItsModelsColumns() {
        Select<Record> select = Jooq.select(Product.objects.filter("price__lt", 5).orderBy("name"));
        List<String> names = dsl.fetch(select).getValues("name", String.class);
        assertThat(names).containsExactly("Cable", "Mouse", "Pamphlet");
        assertThat(select.fields()).hasSize(io.aksara.it.models.Product_.META.fields().size());
    }

    @Test
    void aQuerySetKeepsItsValuesAsBindValuesInsideJooq() {
        Select<Record> select = Jooq.select(Product.objects.filter("name", "Mouse' or '1'='1"));
        assertThat(dsl.render(select)).doesNotContain("Mouse").contains("?");
        assertThat(dsl.extractBindValues(select)).contains("Mouse' or '1'='1");
        assertThat(dsl.fetch(select)).isEmpty();
    }

    @Test
    void aQuerySetIsAnInSubqueryInJooq() {
        Select<Record> electronicIds = Jooq.select(Product.objects.filter("category__name", "Electronics").valuesList("id"));
        List<String> names = dsl.select(field(name("products", "name"), String.class)).from(table(name("products")))
                .where(field(name("products", "id")).in(electronicIds))
                .and(field(name("products", "price")).gt(4))
                .orderBy(field(name("products", "name"))).fetch().getValues(0, String.class);
        assertThat(names).containsExactly("Laptop", "Mouse");
    }

    @Test
    void aQuerySetIsADerivedTableToJoinInJooq() {
        Select<Record> cheap = Jooq.select(Product.objects.filter("price__lt", 5));
        var rows = dsl.select(field(name("c", "name"), String.class), DSL.count())
                .from(table(name("categories")).as("c"))
                .join(cheap.asTable("p")).on(field(name("p", "category_id")).eq(field(name("c", "id"))))
                .groupBy(field(name("c", "name")))
                .orderBy(field(name("c", "name")))
                .fetch();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).value1()).isEqualTo("Books");
        assertThat(rows.get(0).value2()).isEqualTo(1);
        assertThat(rows.get(1).value1()).isEqualTo("Electronics");
        assertThat(rows.get(1).value2()).isEqualTo(2);
    }

    @Test
    void aQuerySetIsAScalarSubqueryInJooq() {
        Select<Record> top = Jooq.select(Product.objects.orderBy("-price").limit(1).valuesList("name"));
        String name = dsl.select(top.<String>asField("top_name")).fetchOne(0, String.class);
        assertThat(name).isEqualTo("Laptop");
    }

    @Test
    void aQuerySetWithAJooqConditionRoundTripsThroughJooq() {
        Select<Record> select = Jooq.select(Product.objects.filter(Jooq.condition(field("price").lt(5)))
                .exclude("name", "Cable").orderBy("name"));
        assertThat(dsl.fetch(select).getValues("name", String.class)).containsExactly("Mouse", "Pamphlet");
    }

    @Test
    void anEmptyQuerySetIsAnEmptyJooqSelect() {
        assertThat(dsl.fetch(Jooq.select(Product.objects.none()))).isEmpty();
        assertThat(dsl.fetch(Jooq.select(Product.objects.all()))).hasSize(5);
    }
}
