package io.aksara.errors;

/**
 * An operation on a sharded model does not say which shard it is about: the query does not filter
 * on the shard key by equality, the instance has no shard key value, or a raw query or QuerySet-wide
 * write names no shard. Raised before any SQL runs. Name the shard with
 * {@code using(router.shardFor(key))}, filter on the key, or run on every shard explicitly with
 * {@code router.acrossShards(queryset)}.
 *
 * <pre>{@code
 * Order.objects.filter("status", "open").fetch();                 // ShardKeyRequired
 * Order.objects.filter("customerId", 42, "status", "open").fetch(); // the shard of customer 42
 * shards.acrossShards(Order.objects.filter("status", "open")).fetch(); // every shard, merged
 * }</pre>
 */
public class ShardKeyRequired extends AksaraException {
    public ShardKeyRequired(String message) {
        super(message);
    }
}
