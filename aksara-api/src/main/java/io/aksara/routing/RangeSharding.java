package io.aksara.routing;

import io.aksara.errors.AksaraException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Range partitioning: each shard holds the keys from its lower bound (inclusive) up to the next
 * bound; keys below the first bound go to the lowest shard. One shard may hold several ranges.
 * Bounds are compared with the keys' natural order, so every bound and key must be of one
 * comparable type (integer keys are compared as {@code long}).
 *
 * <p>Immutable: {@link #from} returns a new strategy.
 *
 * <pre>{@code
 * RangeSharding byCustomer = ShardStrategy.ranges("shard0")   // keys below 10 000
 *         .from(10_000, "shard1")                               // 10 000 to 49 999
 *         .from(50_000, "shard2");                              // 50 000 and up
 * }</pre>
 */
public final class RangeSharding implements ShardStrategy {
    private final String lowest;
    private final TreeMap<Comparable<Object>, String> bounds;

    private RangeSharding(String lowest, TreeMap<Comparable<Object>, String> bounds) {
        this.lowest = lowest;
        this.bounds = bounds;
    }

    static RangeSharding startingWith(String lowest) {
        if (lowest == null || lowest.isBlank()) {
            throw new AksaraException("ShardStrategy.ranges() needs the alias of the shard for the lowest keys");
        }
        return new RangeSharding(lowest, new TreeMap<>());
    }

    /** Keys from {@code lowerBound} (inclusive) up to the next bound go to {@code shard}. */
    public RangeSharding from(Comparable<?> lowerBound, String shard) {
        Comparable<Object> bound = normalise(lowerBound);
        if (!bounds.isEmpty() && bounds.firstKey().getClass() != bound.getClass()) {
            throw new AksaraException("RangeSharding: bounds must be of one type, got " + bounds.firstKey().getClass().getSimpleName()
                    + " and " + bound.getClass().getSimpleName() + " (" + lowerBound + ")");
        }
        if (bounds.containsKey(bound)) {
            throw new AksaraException("RangeSharding: the bound " + lowerBound + " is given twice");
        }
        if (shard == null || shard.isBlank()) {
            throw new AksaraException("RangeSharding.from(" + lowerBound + ", ...) needs a shard alias");
        }
        TreeMap<Comparable<Object>, String> next = new TreeMap<>(bounds);
        next.put(bound, shard);
        return new RangeSharding(lowest, next);
    }

    @Override
    public String shardFor(Object key) {
        if (key == null) {
            throw new AksaraException("A shard key cannot be null");
        }
        if (!(key instanceof Comparable<?> comparable)) {
            throw new AksaraException("Range sharding needs comparable keys, got " + key.getClass().getName());
        }
        Comparable<Object> k = normalise(comparable);
        if (!bounds.isEmpty() && bounds.firstKey().getClass() != k.getClass()) {
            throw new AksaraException("Range sharding compares keys of type " + bounds.firstKey().getClass().getSimpleName()
                    + ", got " + key.getClass().getSimpleName() + " (" + key + ")");
        }
        Map.Entry<Comparable<Object>, String> range = bounds.floorEntry(k);
        return range == null ? lowest : range.getValue();
    }

    @Override
    public List<String> shards() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        all.add(lowest);
        all.addAll(bounds.values());
        return List.copyOf(all);
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> normalise(Comparable<?> value) {
        Comparable<?> v = switch (value) {
            case Integer i -> i.longValue();
            case Short s -> s.longValue();
            case Byte b -> b.longValue();
            default -> value;
        };
        return (Comparable<Object>) v;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>(List.of("below " + (bounds.isEmpty() ? "any" : bounds.firstKey()) + ": " + lowest));
        bounds.forEach((bound, shard) -> parts.add("from " + bound + ": " + shard));
        return "ranges " + parts;
    }
}
