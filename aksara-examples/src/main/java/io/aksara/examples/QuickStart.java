package io.aksara.examples;

import io.aksara.Aksara;
import io.aksara.examples.shop.Category;
import io.aksara.examples.shop.Product;
import io.aksara.examples.shop.Product_;
import java.math.BigDecimal;
import java.util.List;

/**
 * The seed's Quick Start, steps 1 to 5, on the embedded H2 database (or on the database named by
 * {@code AKSARA_DATABASE_URL}). Run it with {@code ./demo}.
 */
public final class QuickStart {
    private QuickStart() {}

    public static void main(String[] args) {
        // 1. Define your models: Category and Product (io.aksara.examples.shop); here we create their tables.
        DemoSchema.fresh(); // the tables, from aksara-examples/migrations
        step("1. Define your models", "tables " + Category.objects.meta().table() + " and " + Product.objects.meta().table()
                + " on " + Aksara.backend().vendor());

        // 2. Create records
        Category electronics = Category.objects.create("name", "Electronics");
        Product laptop = Product.objects.create("name", "Laptop", "price", 999.99, "category", electronics);
        Product.objects.create("name", "Mouse", "price", 25, "category", electronics);
        step("2. Create records", electronics + "\n   " + laptop);

        // 3. Query records
        List<Product> products = Product.objects.all().fetch();
        List<Product> cheapProducts = Product.objects.filter("price__lt", 100).fetch();
        List<Product> cheapTyped = Product.objects.filter(Product_.price.lt(100)).fetch();
        List<Product> electronicsProducts = electronics.products().all().fetch();
        step("3. Query records", "all products: " + names(products)
                + "\n   price__lt=100: " + names(cheapProducts)
                + "\n   typed Product_.price.lt(100): " + names(cheapTyped)
                + "\n   electronics.products().all(): " + names(electronicsProducts)
                + "\n   laptop.category.get(): " + laptop.category.get().name);

        // 4. Update records
        laptop.price = new BigDecimal("899.99");
        laptop.save();
        long updated = Product.objects.filter("category", electronics).update("inStock", true);
        step("4. Update records", "laptop.price = " + Product.objects.get("pk", laptop.id).price
                + "; update(inStock=true) changed " + updated + " rows");

        // 5. Delete records
        laptop.delete();
        step("5. Delete records", "laptop deleted; " + Product.objects.count() + " product(s) left: "
                + names(Product.objects.all().fetch()));

        Aksara.close();
    }

    private static String names(List<Product> products) {
        return products.stream().map(p -> p.name + " (" + p.price + ")").toList().toString();
    }

    private static void step(String title, String result) {
        System.out.println(title);
        System.out.println("   " + result);
    }
}
