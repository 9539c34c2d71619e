package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.UUIDField;
import java.util.UUID;

/** A line of a {@link ShardedOrder}, sharded by the same customer so it lives on its order's shard. */
@Meta(table = "it_sharded_order_lines")
public class ShardedOrderLine extends Model {
    public static final Manager<ShardedOrderLine> objects = Manager.of(ShardedOrderLine.class);

    @UUIDField(primaryKey = true, autoGenerate = true)
    public UUID id;

    @IntegerField
    public Integer customerId;

    @ForeignKey(onDelete = OnDelete.DO_NOTHING)
    public Ref<ShardedOrder> order;

    @IntegerField
    public Integer quantity;
}
