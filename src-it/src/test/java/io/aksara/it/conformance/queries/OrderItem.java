package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;

/** Django tests/queries/models.py OrderItem. */
@Meta(table = "queries_orderitem", ordering = "pk")
public class OrderItem extends Model {
    public static final Manager<OrderItem> objects = Manager.of(OrderItem.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "items")
    public Ref<Order> order;

    @IntegerField
    public int status;
}
