package io.aksara.routing;

import java.util.List;

/**
 * Maps a shard key value to the alias of the database that holds its rows.
 *
 * <pre>{@code
 * ShardStrategy byHash = ShardStrategy.hash("shard0", "shard1", "shard2");
 * ShardStrategy byRange = ShardStrategy.ranges("shard0").from(1_000, "shard1").from(5_000, "shard2");
 * byRange.shardFor(1_234);    // "shard1"
 * }</pre>
 */
public sealed interface ShardStrategy permits HashSharding, RangeSharding {
    /** The alias holding {@code key}'s rows. */
    String shardFor(Object key);

    /** Every shard's alias, each once, in the order given. */
    List<String> shards();

    /** Hash partitioning over these aliases: a stable 64-bit hash of the key, modulo their number. */
    static HashSharding hash(String... shards) {
        return HashSharding.over(List.of(shards));
    }

    /**
     * Range partitioning: keys below the first {@code from(...)} bound go to {@code lowest}; add
     * bounds with {@link RangeSharding#from(Comparable, String)}.
     */
    static RangeSharding ranges(String lowest) {
        return RangeSharding.startingWith(lowest);
    }
}
