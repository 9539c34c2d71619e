package io.aksara.routing;

import io.aksara.errors.AksaraException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Hash partitioning: the shard of a key is a stable 64-bit FNV-1a hash of the key's value modulo the
 * number of shards. Stable means the same on every JVM and across restarts (unlike
 * {@code Object.hashCode} of most types); keys of the integer types hash alike
 * ({@code 7}, {@code 7L} and {@code (short) 7} land on the same shard).
 *
 * <p>Adding a shard changes the shard of most keys: plan a move of the rows ({@link ShardRouter#move})
 * or choose {@link RangeSharding}, where a new shard takes over one range.
 *
 * <pre>{@code
 * HashSharding shards = ShardStrategy.hash("shard0", "shard1");
 * shards.shardFor(42L);            // always the same of the two
 * }</pre>
 */
public final class HashSharding implements ShardStrategy {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final List<String> shards;

    private HashSharding(List<String> shards) {
        this.shards = shards;
    }

    static HashSharding over(List<String> shards) {
        if (shards.isEmpty()) {
            throw new AksaraException("ShardStrategy.hash() needs at least one shard alias");
        }
        if (Set.copyOf(shards).size() != shards.size()) {
            throw new AksaraException("ShardStrategy.hash(): each shard alias once, got " + shards);
        }
        return new HashSharding(List.copyOf(shards));
    }

    @Override
    public String shardFor(Object key) {
        return shards.get((int) Long.remainderUnsigned(hash(key), shards.size()));
    }

    @Override
    public List<String> shards() {
        return shards;
    }

    /** The key's stable hash; integer types by value, strings by their UTF-8 bytes, UUIDs by their bits. */
    static long hash(Object key) {
        return switch (key) {
            case Long l -> mix(FNV_OFFSET, l);
            case Integer i -> mix(FNV_OFFSET, i.longValue());
            case Short s -> mix(FNV_OFFSET, s.longValue());
            case Byte b -> mix(FNV_OFFSET, b.longValue());
            case String s -> bytes(FNV_OFFSET, s.getBytes(StandardCharsets.UTF_8));
            case UUID u -> mix(mix(FNV_OFFSET, u.getMostSignificantBits()), u.getLeastSignificantBits());
            case null -> throw new AksaraException("A shard key cannot be null");
            default -> throw new AksaraException("Cannot hash a shard key of type " + key.getClass().getName()
                    + " (" + key + "): hash sharding takes integer, String and UUID keys; use range sharding for others");
        };
    }

    private static long mix(long hash, long value) {
        for (int shift = 0; shift < 64; shift += 8) {
            hash = (hash ^ ((value >>> shift) & 0xff)) * FNV_PRIME;
        }
        return hash;
    }

    private static long bytes(long hash, byte[] data) {
        for (byte b : data) {
            hash = (hash ^ (b & 0xff)) * FNV_PRIME;
        }
        return hash;
    }

    @Override
    public String toString() {
        return "hash over " + shards;
    }
}
