package io.aksara.errors;

/**
 * Moving rows between shards failed after their copies were committed on the target shard, and
 * deleting those copies failed too: the rows named in the message are on both shards until one
 * copy is deleted. Its cause is the first failure; the failed undo is attached as suppressed.
 *
 * <pre>{@code
 * try {
 *     shards.move(Order.objects.filter("customerId__gte", 5_000), "shard0", "shard2");
 * } catch (ShardMoveIncomplete e) {
 *     alertOperator(e.getMessage());   // lists the primary keys present on both shards
 * }
 * }</pre>
 */
public class ShardMoveIncomplete extends AksaraException {
    public ShardMoveIncomplete(String message, Throwable cause) {
        super(message, cause);
    }
}
