package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;
import io.aksara.fields.UUIDField;
import java.util.UUID;

/** An order sharded by its customer (ShardingSuite): a UUID key, unique on every shard together. */
@Meta(table = "it_sharded_orders")
public class ShardedOrder extends Model {
    public static final Manager<ShardedOrder> objects = Manager.of(ShardedOrder.class);

    @UUIDField(primaryKey = true, autoGenerate = true)
    public UUID id;

    @IntegerField
    public Integer customerId;

    @StringField(maxLength = 20, unique = true)
    public String code;

    @StringField(maxLength = 20)
    public String status;

    @IntegerField(nullable = true)
    public Integer total;
}
