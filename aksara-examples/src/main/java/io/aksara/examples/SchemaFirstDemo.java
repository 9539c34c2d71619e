package io.aksara.examples;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.aksara.Aksara;
import io.aksara.Q;
import io.aksara.examples.shop.Category;
import io.aksara.examples.shop.Product;
import io.aksara.jooq.Jooq;
import io.aksara.jooq.JooqBackend;
import io.aksara.schemafirst.InspectDb;
import io.aksara.schemafirst.Inspection;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Select;

/**
 * The examples of {@code docs/schema-first.md}, runnable on the embedded H2 database (or on the
 * database named by {@code AKSARA_DATABASE_URL}):
 * {@code ./demo -Daksara.demo=io.aksara.examples.SchemaFirstDemo}.
 */
public final class SchemaFirstDemo {
    private SchemaFirstDemo() {}

    public static void main(String[] args) throws SQLException {
        DemoSchema.fresh(); // the tables, from aksara-examples/migrations
        JooqBackend db = JooqBackend.of(Aksara.backend());

        // 1. inspectdb: the tables back as model sources, plus a hand-written legacy table
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists legacy_notes");
            s.execute("create table legacy_notes (id int primary key, body varchar(200) not null, scan varbinary(64))");
            Inspection found = InspectDb.of(c).packageName("com.shop.models")
                    .tables("categories", "products", "legacy_notes").inspect();
            step("1. inspectdb wrote", String.join(", ", found.sources().keySet()));
            System.out.println(found.sources().get("Product.java"));
            found.warnings().forEach(w -> System.out.println("   warning: " + w));
            s.execute("drop table legacy_notes");
        }

        Category electronics = Category.objects.create("name", "Electronics");
        Category books = Category.objects.create("name", "Books");
        Product.objects.create("name", "Laptop", "price", new BigDecimal("999.00"), "category", electronics);
        Product.objects.create("name", "Mouse", "price", new BigDecimal("4.50"), "category", electronics);
        Product.objects.create("name", "Pamphlet", "price", new BigDecimal("1.00"), "category", books);

        // 2. a jOOQ condition as a filter, combined with lookups and Q
        step("2. filter(Jooq.condition(price < 5))", Product.objects.filter(Jooq.condition(field("price").lt(5)))
                .orderBy("name").valuesList("name", String.class).fetch().toString());
        step("   ... or a name containing 'lap'", Product.objects
                .filter(Jooq.condition(field("price").lt(2)).or(Q.of("name__icontains", "lap")))
                .orderBy("name").valuesList("name", String.class).fetch().toString());

        // 3. a QuerySet inside jOOQ: a derived table in a join, its values still bind values
        DSLContext dsl = db.dsl();
        Select<Record> cheap = Jooq.select(Product.objects.filter("price__lt", 5));
        step("3. cheap products per category (jOOQ join over a QuerySet)", dsl
                .select(field(name("c", "name")), count())
                .from(table(name("categories")).as("c"))
                .join(cheap.asTable("p")).on(field(name("p", "category_id")).eq(field(name("c", "id"))))
                .groupBy(field(name("c", "name"))).orderBy(field(name("c", "name")))
                .fetch().formatCSV(false).trim().replace('\n', ';'));
        step("   the SQL", dsl.render(cheap));

        DemoSchema.drop();
        Aksara.close();
    }

    private static void step(String title, String result) {
        System.out.println(title + ": " + result);
    }
}
