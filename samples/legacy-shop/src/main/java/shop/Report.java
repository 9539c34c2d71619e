package shop;

import io.aksara.CompositeKey;
import io.aksara.aggregates.Count;
import io.aksara.aggregates.Sum;
import java.util.Map;
import shop.models.Customer;
import shop.models.Order;
import shop.models.OrderItem;
import shop.models.Shipment;

/**
 * The application's own code over the models inspectdb wrote (shop.models): a few queries
 * across the adopted tables and the column the first new migration added. The database comes
 * from AKSARA_DATABASE_URL / _USER / _PASSWORD.
 */
public final class Report {
    private Report() {}

    public static void main(String[] args) {
        Customer ada = Customer.objects.get("email", "ada@example.com");
        ada.phone = "+44 20 7946 0000";
        ada.save();
        Order.objects.create("customer", ada, "total", 9.99, "placedOn", java.time.LocalDate.of(2024, 3, 1));

        System.out.println("customers: " + Customer.objects.count());
        System.out.println("paid orders: " + Order.objects.filter("status", "paid").count());
        System.out.println("orders of vip customers: " + Order.objects.filter("customer__vip", true).count());
        Map<String, Object> totals = Order.objects.filter("customer__email", "ada@example.com")
                .aggregate(Sum.of("total"), Count.of("id"));
        System.out.println("ada's orders: " + totals.get("id__count") + ", total " + totals.get("total__sum"));
        System.out.println("ada's phone: " + Customer.objects.get("email", "ada@example.com").phone);
        // the PascalCase table: its name and columns keep their case in every statement
        Shipment.objects.filter("carrier", "UPS").update("carrier", "FedEx");
        System.out.println("DHL shipments: " + Shipment.objects.filter("carrier", "DHL").count());
        System.out.println("carriers: " + Shipment.objects.all().orderBy("carrier").distinct()
                .valuesList("carrier", String.class).fetch());
        System.out.println("new order status: " + Order.objects.filter("total", 9.99).valuesList("status", String.class).fetch());

        // order_items has no id: its key is (order, product), and it links orders and products
        System.out.println("ink in order 1: " + OrderItem.objects.get("pk", CompositeKey.of(1L, 2L)).quantity);
        System.out.println("orders with ink: " + Order.objects.filter("products__name", "Ink").count());
        System.out.println("products of order 1: " + Order.objects.get("id", 1L).products.all().orderBy("name")
                .valuesList("name", String.class).fetch());
    }
}
