package io.aksara.routing;

import io.aksara.aggregates.Aggregate;
import io.aksara.aggregates.Count;
import io.aksara.aggregates.Max;
import io.aksara.aggregates.Min;
import io.aksara.aggregates.Sum;
import io.aksara.errors.AksaraException;
import io.aksara.expr.Expression;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines per-shard aggregate results into the whole's: counts and sums add up, minimums and
 * maximums are the least and greatest of the shards'. Only aggregates whose whole can be computed
 * from the parts are accepted.
 */
final class ShardAggregates {
    private ShardAggregates() {}

    /** Refuses, before any SQL, an aggregate a fan-out cannot combine exactly. */
    static void requireCombinable(String model, Expression... aggregates) {
        if (aggregates == null || aggregates.length == 0) {
            throw new AksaraException("acrossShards(...).aggregate() needs at least one of Count, Sum, Min, Max");
        }
        for (Expression e : aggregates) {
            if (!(e instanceof Count || e instanceof Sum || e instanceof Min || e instanceof Max)) {
                throw new AksaraException("acrossShards(" + model + ").aggregate() combines Count, Sum, Min and Max only; " + e
                        + " cannot be combined from per-shard results (an average of averages is wrong): aggregate Sum and Count"
                        + " across the shards and divide");
            }
            Aggregate<?> a = (Aggregate<?>) e;
            if (a.isDistinct()) {
                throw new AksaraException("acrossShards(" + model + ").aggregate(): " + e + " is DISTINCT; a value may be on several"
                        + " shards, so per-shard distinct results do not add up");
            }
            if (a.defaultValue() != null && !(e instanceof Count)) {
                throw new AksaraException("acrossShards(" + model + ").aggregate(): " + e + " has a defaultValue, which each empty"
                        + " shard would contribute; apply the default to the combined result instead");
            }
        }
    }

    /** The combined result, under the names the first shard's result has, in its order. */
    static Map<String, Object> combine(Expression[] aggregates, List<Map<String, Object>> perShard) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> names = List.copyOf(perShard.getFirst().keySet());
        for (int i = 0; i < aggregates.length; i++) {
            String name = names.get(i);
            Object combined = null;
            for (Map<String, Object> shard : perShard) {
                combined = combine(aggregates[i], combined, shard.get(name));
            }
            out.put(name, combined);
        }
        return Collections.unmodifiableMap(out);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object combine(Expression aggregate, Object sofar, Object next) {
        if (next == null) {
            return sofar;
        }
        if (sofar == null) {
            return next;
        }
        return switch (aggregate) {
            case Count c -> ((Number) sofar).longValue() + ((Number) next).longValue();
            case Sum s -> add((Number) sofar, (Number) next);
            case Min m -> ((Comparable) next).compareTo(sofar) < 0 ? next : sofar;
            case Max m -> ((Comparable) next).compareTo(sofar) > 0 ? next : sofar;
            default -> throw new IllegalStateException("not combinable: " + aggregate);
        };
    }

    private static Number add(Number a, Number b) {
        if (a instanceof BigDecimal || b instanceof BigDecimal) {
            return decimal(a).add(decimal(b));
        }
        if (a instanceof Double || a instanceof Float || b instanceof Double || b instanceof Float) {
            return a.doubleValue() + b.doubleValue();
        }
        if (a instanceof BigInteger || b instanceof BigInteger) {
            return new BigInteger(a.toString()).add(new BigInteger(b.toString()));
        }
        return Math.addExact(a.longValue(), b.longValue());
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
    }
}
