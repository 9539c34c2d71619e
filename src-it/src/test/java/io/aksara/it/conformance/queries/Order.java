package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Related;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py Order (its key is a plain integer the test chooses). */
@Meta(table = "queries_order", ordering = "pk")
public class Order extends Model {
    public static final Manager<Order> objects = Manager.of(Order.class);

    // Django's field is "id"; a Java model already has an "id" field, so the Java name differs
    @IntegerField(primaryKey = true, dbColumn = "id")
    public Integer orderId;

    @StringField(maxLength = 12, nullable = true)
    public String name = "";

    /** Django's {@code order.items}. */
    public Related<OrderItem> items() {
        return related(OrderItem.class, "order");
    }
}
