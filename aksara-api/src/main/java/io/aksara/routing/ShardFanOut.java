package io.aksara.routing;

import io.aksara.Model;
import io.aksara.QuerySet;
import io.aksara.errors.AksaraException;
import io.aksara.expr.Expression;
import io.aksara.internal.AcrossDatabases;
import io.aksara.spi.TransactionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * One QuerySet run on every shard, explicitly: the way to read or write a sharded model without
 * its shard key. Reads run on all shards at once (one virtual thread per shard) and are merged
 * here; writes run shard after shard inside one atomic block per shard, all open until the last
 * shard is written.
 *
 * <ul>
 *   <li>{@link #fetch()} merges the shards' rows in the QuerySet's {@code orderBy} (on the model's
 *       own fields), then applies {@link #offset}/{@link #limit}: each shard returns at most
 *       offset + limit rows.</li>
 *   <li>{@link #count()} and {@link #exists()} combine the shards' answers.</li>
 *   <li>{@link #aggregate} combines {@code Count}, {@code Sum}, {@code Min} and {@code Max}; an
 *       average, a variance or a DISTINCT aggregate cannot be combined from per-shard results and
 *       is refused (aggregate {@code Sum} and {@code Count} and divide).</li>
 *   <li>{@link #update} and {@link #delete} return the rows changed on all shards.</li>
 * </ul>
 *
 * <pre>{@code
 * List<Order> latest = shards.acrossShards(Order.objects.filter("status", "open").orderBy("-placedAt"))
 *         .limit(20).fetch();
 * long open = shards.acrossShards(Order.objects.filter("status", "open")).count();
 * Map<String, Object> totals = shards.acrossShards(Order.objects.all()).aggregate(Sum.of("total"), Max.of("total"));
 * }</pre>
 *
 * <p>Immutable: {@link #limit} and {@link #offset} return a new fan-out.
 */
public final class ShardFanOut<T extends Model> {
    private final QuerySet<T> query;
    private final List<String> shards;
    private final long offset;
    private final Long limit;

    private ShardFanOut(QuerySet<T> query, List<String> shards, long offset, Long limit) {
        this.query = query;
        this.shards = shards;
        this.offset = offset;
        this.limit = limit;
    }

    static <T extends Model> ShardFanOut<T> over(QuerySet<T> query, List<String> shards) {
        if (query.query().isSliced()) {
            throw new AksaraException("acrossShards() takes an unsliced QuerySet of " + query.meta().name()
                    + ": slice the fan-out instead, acrossShards(queryset).offset(n).limit(m)");
        }
        if (query.query().isCombined()) {
            throw new AksaraException("acrossShards() cannot merge a union/intersection/difference; fan out each QuerySet");
        }
        if (query.database() != null) {
            throw new AksaraException("acrossShards() runs on every shard; the QuerySet already names database '"
                    + query.database() + "' with using(): leave using() out, or run it on that shard alone");
        }
        return new ShardFanOut<>(query, shards, 0, null);
    }

    /** At most {@code n} rows of the merged result. */
    public ShardFanOut<T> limit(long n) {
        if (n < 0) {
            throw new AksaraException("limit() needs a count of zero or more, got " + n);
        }
        return new ShardFanOut<>(query, shards, offset, n);
    }

    /** Skips the first {@code n} rows of the merged result. */
    public ShardFanOut<T> offset(long n) {
        if (n < 0) {
            throw new AksaraException("offset() needs a count of zero or more, got " + n);
        }
        return new ShardFanOut<>(query, shards, n, limit);
    }

    /** The shards' rows, merged in the QuerySet's order, then offset and limited. */
    public List<T> fetch() {
        MergeOrder<T> order = MergeOrder.of(query);
        QuerySet<T> perShard = limit == null ? query : query.limit(offset + limit);
        List<T> all = new ArrayList<>();
        onEveryShard(shard -> perShard.using(shard).fetch()).forEach(all::addAll);
        order.sort(all);
        long end = limit == null ? all.size() : Math.min(all.size(), offset + limit);
        return offset >= end ? List.of() : List.copyOf(all.subList((int) offset, (int) end));
    }

    /** The number of rows on all shards (after offset and limit, if set). */
    public long count() {
        long total = onEveryShard(shard -> query.using(shard).count()).stream().mapToLong(Long::longValue).sum();
        long afterOffset = Math.max(0, total - offset);
        return limit == null ? afterOffset : Math.min(afterOffset, limit);
    }

    /** Whether any shard has a matching row. */
    public boolean exists() {
        return offset == 0 && limit == null ? onEveryShard(shard -> query.using(shard).exists()).contains(true) : count() > 0;
    }

    /**
     * {@code Count}, {@code Sum}, {@code Min} and {@code Max} over every shard's rows, by the same
     * names {@link QuerySet#aggregate(Expression...)} gives them.
     */
    public Map<String, Object> aggregate(Expression... aggregates) {
        requireUnsliced("aggregate");
        ShardAggregates.requireCombinable(query.meta().name(), aggregates);
        return ShardAggregates.combine(aggregates, onEveryShard(shard -> query.using(shard).aggregate(aggregates)));
    }

    /** {@link QuerySet#update} on every shard; the rows updated on all of them. */
    public long update(String field, Object value, Object... more) {
        requireUnsliced("update");
        return AcrossDatabases.atomic(shards, () -> {
            long n = 0;
            for (String shard : shards) {
                n += query.using(shard).update(field, value, more);
            }
            return n;
        });
    }

    /** {@link QuerySet#delete} on every shard; the rows deleted on all of them. */
    public long delete() {
        requireUnsliced("delete");
        return AcrossDatabases.atomic(shards, () -> {
            long n = 0;
            for (String shard : shards) {
                n += query.using(shard).delete();
            }
            return n;
        });
    }

    private void requireUnsliced(String operation) {
        if (offset != 0 || limit != null) {
            throw new AksaraException(operation + "() on a sliced fan-out of " + query.meta().name()
                    + " is not supported: call it before offset()/limit()");
        }
    }

    /**
     * The work's result per shard, in shard order. Concurrently on virtual threads, except inside
     * an atomic block on one of the shards: a block belongs to its thread, so the shards are then
     * asked one after the other on this thread and see the block's own writes.
     */
    private <R> List<R> onEveryShard(Function<String, R> work) {
        if (shards.stream().anyMatch(TransactionContext::isActive)) {
            return shards.stream().map(work).toList();
        }
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<R>> running = shards.stream().map(s -> threads.submit(() -> work.apply(s))).toList();
            List<R> out = new ArrayList<>();
            for (Future<R> f : running) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AksaraException("A shard of " + query.meta().name() + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AksaraException("Interrupted while reading the shards of " + query.meta().name(), e);
        }
    }
}
