package io.aksara.examples;

import io.aksara.Aksara;
import io.aksara.ForUpdate;
import io.aksara.Isolation;
import io.aksara.Transaction;
import io.aksara.errors.TransactionError;
import io.aksara.examples.shop.Category;
import io.aksara.examples.shop.Product;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples of {@code docs/transactions.md}, runnable on the embedded H2 database (or on the
 * database named by {@code AKSARA_DATABASE_URL}):
 * {@code ./demo -Daksara.demo=io.aksara.examples.TransactionsDemo}.
 */
public final class TransactionsDemo {
    private TransactionsDemo() {}

    public static void main(String[] args) {
        DemoSchema.fresh(); // the tables, from aksara-examples/migrations

        // 1. All or nothing: an exception rolls the whole block back
        try {
            Transaction.atomic(() -> {
                Category books = Category.objects.create("name", "Books");
                Product.objects.create("name", "Atlas", "price", 30, "category", books);
                throw new IllegalStateException("supplier rejected the order");
            });
        } catch (IllegalStateException e) {
            step("1. An exception rolls back the block", e.getMessage() + "; categories now: " + Category.objects.count());
        }

        // 2. A nested block is a savepoint: its failure undoes only its own work
        List<String> messages = new ArrayList<>();
        Category electronics = Transaction.atomic(() -> {
            Category c = Category.objects.create("name", "Electronics");
            Product.objects.create("name", "Laptop", "price", 999.99, "category", c);
            try {
                Transaction.atomic(() -> {
                    Product.objects.create("name", "Broken mouse", "price", 25, "category", c);
                    throw new IllegalStateException("mouse failed the check");
                });
            } catch (IllegalStateException e) {
                messages.add(e.getMessage()); // the outer block carries on
            }
            Transaction.onCommit(() -> messages.add("committed: " + Product.objects.count() + " product(s)"));
            return c;
        });
        step("2. A nested block is a savepoint", messages + "; products: " + names(Product.objects.orderBy("name").fetch()));

        // 3. selectForUpdate: read, change and save a row that no other transaction can change meanwhile
        Product cheaper = Transaction.atomic(() -> {
            Product laptop = Product.objects.selectForUpdate().get("name", "Laptop");
            laptop.price = laptop.price.subtract(new BigDecimal("100"));
            laptop.save();
            return laptop;
        });
        step("3. selectForUpdate", cheaper.name + " now costs " + Product.objects.get("pk", cheaper.id).price);

        // 4. skip rows other workers hold; fail fast instead of waiting
        List<Product> free = Transaction.atomic(() ->
                Product.objects.orderBy("id").selectForUpdate(ForUpdate.SKIP_LOCKED).limit(10).fetch());
        step("4. SKIP LOCKED", "rows nobody else holds: " + names(free));

        // 5. A dry run: do the work, then roll back without an exception
        long seen = Transaction.atomic(() -> {
            Product.objects.filter("category", electronics).update("inStock", false);
            Transaction.setRollback(true);
            return Product.objects.filter("inStock", false).count();
        });
        step("5. setRollback(true)", "inside: " + seen + " out of stock; after: "
                + Product.objects.filter("inStock", false).count());

        // 6. Options: another isolation level, a block that must be outermost
        Transaction.isolation(Isolation.SERIALIZABLE).durable().atomic(() ->
                Product.objects.filter("name", "Laptop").update("inStock", true));
        step("6. Options", "serializable, durable block committed");

        // 7. ...Async methods are refused inside atomic: they would run outside the transaction
        try {
            Transaction.atomic(() -> Product.objects.all().fetchAsync());
        } catch (TransactionError e) {
            step("7. Async inside atomic", e.getMessage());
        }

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
