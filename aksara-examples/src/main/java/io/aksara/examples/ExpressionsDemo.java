package io.aksara.examples;

import io.aksara.Aksara;
import io.aksara.F;
import io.aksara.aggregates.Avg;
import io.aksara.aggregates.Count;
import io.aksara.aggregates.Max;
import io.aksara.aggregates.Sum;
import io.aksara.examples.shop.Category;
import io.aksara.examples.shop.Product;
import io.aksara.expr.Case;
import io.aksara.expr.Exists;
import io.aksara.expr.OuterRef;
import io.aksara.expr.Subquery;
import io.aksara.expr.Value;
import io.aksara.expr.When;
import io.aksara.expr.Window;
import io.aksara.functions.Concat;
import io.aksara.functions.Length;
import io.aksara.functions.Rank;
import io.aksara.functions.Trunc;
import io.aksara.functions.Upper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The examples of {@code docs/expressions-and-transactions.md}, runnable on the embedded H2
 * database (or on the database named by {@code AKSARA_DATABASE_URL}):
 * {@code ./demo -Daksara.demo=io.aksara.examples.ExpressionsDemo}.
 */
public final class ExpressionsDemo {
    private ExpressionsDemo() {}

    public static void main(String[] args) {
        DemoSchema.fresh(); // the tables, from aksara-examples/migrations
        Category electronics = Category.objects.create("name", "Electronics");
        Category books = Category.objects.create("name", "Books");
        Category.objects.create("name", "Garden");
        Product.objects.create("name", "Laptop", "price", 999.99, "category", electronics);
        Product.objects.create("name", "Phone", "price", 499.50, "category", electronics);
        Product.objects.create("name", "Cable", "price", 9.99, "category", electronics, "inStock", false);
        Product.objects.create("name", "Atlas", "price", 30, "category", books);
        Product.objects.create("name", "Novel", "price", 12.50, "category", books);

        // 1. aggregate(): one value over the whole QuerySet
        Map<String, Object> totals = Product.objects.aggregate(Count.all().as("n"), Avg.of("price"), Max.of("price"),
                Sum.of("price").filter("inStock", true).as("inStockValue"));
        step("1. aggregate()", totals);

        // 1b. over annotated, sliced and grouped QuerySets: the aggregates are of its rows
        step("1b. aggregate() over rows", List.of(
                Category.objects.annotate(Count.of("products").as("n")).aggregate(Avg.of("n")),
                Product.objects.orderBy("price").limit(2).aggregate(Sum.of("price")),
                Product.objects.values("category").annotate(Count.of("id").as("n")).aggregate(Max.of("n"))));

        // 2. annotate(): one value per row, across the reverse relation "products"
        List<Category> categories = Category.objects.annotate(Count.of("products"), Avg.of("products__price").as("avgPrice"))
                .orderBy("-products__count", "name").fetch();
        step("2. annotate()", categories.stream().map(c -> c.name + " " + c.annotation("products__count", Long.class)
                + " " + c.annotation("avgPrice", BigDecimal.class)).toList());

        // 3. a filter on an aggregate is HAVING
        step("3. HAVING", Category.objects.annotate(Count.of("products").as("n")).filter("n__gte", 2).orderBy("name")
                .valuesList("name", String.class).fetch());

        // 4. filter before annotate restricts what is counted; after, it is a separate condition
        step("4a. filter, then annotate", Category.objects.filter("products__inStock", true)
                .annotate(Count.of("products").as("n")).orderBy("name").values("name", "n").fetch());
        step("4b. annotate, then filter", Category.objects.annotate(Count.of("products").as("n"))
                .filter("products__inStock", true).orderBy("name").values("name", "n").fetch());

        // 5. values(...).annotate(...) groups
        step("5. values().annotate()", Product.objects.values("category__name")
                .annotate(Count.of("id").as("n"), Sum.of("price").as("total")).orderBy("category__name").fetch());

        // 6. Case / When
        step("6. Case/When", Product.objects.annotate(Case.of(When.of("price__lt", 20, "budget"), When.of("price__lt", 500, "mid"))
                .otherwise("premium").as("tier")).orderBy("price").valuesList("name", "tier").fetch());

        // 6b. conditional aggregation: the Case sees each joined product
        step("6b. Sum of a Case", Category.objects.aggregate(
                Sum.of(Case.of(When.of("products__inStock", false, 1)).otherwise(0)).as("outOfStock")));

        // 7. functions
        step("7. functions", Product.objects.annotate(Upper.of("name").as("shout"),
                Concat.of("name", Value.of(" ("), "category__name", Value.of(")")).as("label"), Length.of("name").as("len"))
                .get("name", "Atlas").annotations());
        step("7b. grouped by month", Product.objects.annotate(Trunc.of("createdAt", "month").as("month")).values("month")
                .annotate(Count.of("id").as("n")).fetch().size() + " month(s)");

        // 8. Subquery with OuterRef: each category's dearest product
        step("8. Subquery", Category.objects.annotate(Subquery.of(Product.objects.filter("category", OuterRef.of("pk"))
                .orderBy("-price"), "name").as("flagship")).orderBy("name").valuesList("name", "flagship").fetch());

        // 9. Exists: categories with something out of stock
        step("9. Exists", Category.objects.filter(Exists.of(Product.objects.filter("category", OuterRef.of("pk"), "inStock", false)))
                .valuesList("name", String.class).fetch());

        // 10. windows: rank inside the category, and the category's total beside each row
        step("10. Window", Product.objects.annotate(Window.of(Rank.of()).partitionBy("category").orderBy("-price").as("rank"),
                Window.of(Sum.of("price")).partitionBy("category").as("categoryTotal"))
                .orderBy("category__name", "rank").valuesList("name", "rank", "categoryTotal").fetch());

        // 11. update from the row's own values, computed by the database
        Product.objects.filter("category", books).update("price", F.of("price").times(2));
        step("11. update with F", Product.objects.filter("category", books).orderBy("name").valuesList("name", "price").fetch());

        DemoSchema.drop();
        Aksara.close();
    }

    private static void step(String title, Object result) {
        System.out.println(title);
        System.out.println("   " + result);
    }
}
