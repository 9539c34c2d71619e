package io.aksara.routing;

import io.aksara.Model;
import io.aksara.QuerySet;
import io.aksara.errors.AksaraException;
import io.aksara.errors.ShardKeyRequired;
import io.aksara.internal.ModelInternals;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.query.SelectQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Splits the rows of sharded models over several databases by a shard key (a customer, a tenant,
 * a region), with a {@link ShardStrategy} (hash or ranges) mapping each key value to an alias.
 *
 * <ul>
 *   <li>A QuerySet that filters on the shard key by equality (in its top-level conditions) runs
 *       on that key's shard; so do {@code get}, {@code update}, {@code delete} and
 *       {@code getOrCreate} with such a filter.</li>
 *   <li>Saving, deleting or refreshing an instance goes to the shard of its key; related objects
 *       are read from the shard of the object they are reached from (rows of one key live
 *       together). Changing the key of a saved instance is refused: that is a {@link #move}.</li>
 *   <li>Any other read or write of a sharded model is refused with {@link ShardKeyRequired}
 *       before any SQL: name a shard with {@code using(router.shardFor(key))}, or run on every
 *       shard explicitly with {@link #acrossShards(QuerySet)}.</li>
 *   <li>{@code bulkCreate}, {@code bulkUpdate} and {@code upsert} are split per shard; with
 *       rows for several shards each shard's part runs in its own transaction, all of them open
 *       until every part is written (see docs/scaling.md for what that guarantees).</li>
 *   <li>A foreign key between objects of different shards is refused
 *       ({@link io.aksara.errors.RelationNotAllowed}); sharded models are migrated on every shard
 *       and only there.</li>
 * </ul>
 *
 * <pre>{@code
 * ShardRouter shards = ShardRouter.of(ShardStrategy.hash("shard0", "shard1", "shard2"))
 *         .shard(Order.class, "customerId")
 *         .shard(OrderLine.class, "customerId");
 * Aksara.routers(shards);
 *
 * Order.objects.filter("customerId", 42).fetch();                    // the shard of customer 42
 * Order.objects.using(shards.shardFor(42)).filter("status", "open").count();
 * shards.acrossShards(Order.objects.filter("status", "open").orderBy("-total")).limit(10).fetch();
 * }</pre>
 *
 * <p>Immutable: {@link #shard} returns a new router; configure the finished one.
 */
public final class ShardRouter implements QueryRouter {
    private final ShardStrategy strategy;
    private final Set<String> shards;
    private final Map<Class<? extends Model>, String> keys;

    private ShardRouter(ShardStrategy strategy, Map<Class<? extends Model>, String> keys) {
        this.strategy = strategy;
        this.shards = Set.copyOf(strategy.shards());
        this.keys = Map.copyOf(keys);
    }

    /** A router over these shards, with no sharded model yet. */
    public static ShardRouter of(ShardStrategy strategy) {
        return new ShardRouter(Objects.requireNonNull(strategy, "strategy"), Map.of());
    }

    /** This router with {@code model} sharded by its field {@code keyField} (checked now). */
    public ShardRouter shard(Class<? extends Model> model, String keyField) {
        ModelMeta<?> meta = ModelRegistry.metaOf(model);
        FieldMeta<?, ?> field = meta.field(keyField);
        Map<Class<? extends Model>, String> next = new HashMap<>(keys);
        next.put(model, field.name());
        return new ShardRouter(strategy, next);
    }

    /** The alias of the shard holding the rows of shard key {@code key}. */
    public String shardFor(Object key) {
        return strategy.shardFor(key);
    }

    /** Every shard's alias. */
    public List<String> shards() {
        return strategy.shards();
    }

    /** Whether {@code model} is sharded by this router. */
    public boolean isSharded(Class<? extends Model> model) {
        return keys.containsKey(model);
    }

    /**
     * Runs {@code query} on every shard (concurrently, on virtual threads) and merges the results;
     * see {@link ShardFanOut}. The QuerySet must not be sliced: slice the fan-out instead.
     */
    public <T extends Model> ShardFanOut<T> acrossShards(QuerySet<T> query) {
        return ShardFanOut.over(query, strategy.shards());
    }

    /**
     * Moves the rows {@code rows} matches on shard {@code from} to shard {@code to}: their copies
     * are committed on {@code to} before the originals' deletion commits on {@code from}, and a
     * failure of either side leaves them where they were. See {@link ShardMove}.
     *
     * @return the number of rows moved
     */
    public <T extends Model> long move(QuerySet<T> rows, String from, String to) {
        requireSharded(rows.meta().type(), "move");
        return ShardMove.move(rows, requireShard(from), requireShard(to));
    }

    @Override
    public String dbForQuery(SelectQuery<?> query, boolean write) {
        String key = keys.get(query.model().type());
        if (key == null) {
            return null;
        }
        Object value = ShardKeyFilter.equalityValue(query.where(), key);
        return value == null ? null : strategy.shardFor(value);
    }

    @Override
    public boolean routesEachInstance(Class<? extends Model> model) {
        return isSharded(model);
    }

    @Override
    public String dbForRead(Class<? extends Model> model, Model instance) {
        if (instance != null) {
            String where = ModelInternals.database(instance);
            if (where != null && shards.contains(where)) {
                return where;                                   // related rows live with the object they are reached from
            }
            return isSharded(instance.getClass()) ? shardOf(instance) : null;
        }
        if (isSharded(model)) {
            throw missingKey(model, "read");
        }
        return null;
    }

    @Override
    public String dbForWrite(Class<? extends Model> model, Model instance) {
        if (instance != null && isSharded(instance.getClass())) {
            String shard = shardOf(instance);
            String loadedFrom = ModelInternals.database(instance);
            if (loadedFrom != null && shards.contains(loadedFrom) && !loadedFrom.equals(shard)) {
                throw new AksaraException(instance.getClass().getSimpleName() + " was loaded from shard '" + loadedFrom
                        + "' but its " + keys.get(instance.getClass()) + " now belongs on '" + shard
                        + "': changing the shard key moves the row, which save() does not do; use ShardRouter.move(...)");
            }
            return shard;
        }
        if (instance == null && isSharded(model)) {
            throw missingKey(model, "write");
        }
        if (instance != null) {
            String where = ModelInternals.database(instance);
            return where != null && shards.contains(where) ? where : null;
        }
        return null;
    }

    @Override
    public Boolean allowRelation(Model a, String aliasOfA, Model b, String aliasOfB) {
        return shards.contains(aliasOfA) && shards.contains(aliasOfB) ? Boolean.FALSE : null;
    }

    @Override
    public Boolean allowMigrate(String alias, Class<? extends Model> model) {
        return isSharded(model) ? shards.contains(alias) : null;
    }

    private String shardOf(Model instance) {
        String key = keys.get(instance.getClass());
        Object value = ModelRegistry.metaOf(instance.getClass()).field(key).columnValueUnchecked(instance);
        if (value == null) {
            throw new ShardKeyRequired(instance.getClass().getSimpleName() + " is sharded by " + key + ", which is null on this "
                    + instance.getClass().getSimpleName() + ": set it before saving");
        }
        return strategy.shardFor(value);
    }

    private ShardKeyRequired missingKey(Class<? extends Model> model, String operation) {
        String key = keys.get(model);
        return new ShardKeyRequired(model.getSimpleName() + " is sharded by " + key + " over " + strategy.shards()
                + ", and this " + operation + " names no shard: filter on " + key + " by equality (filter(\"" + key
                + "\", value)), use using(router.shardFor(value)), or run on every shard with router.acrossShards(queryset)");
    }

    private void requireSharded(Class<? extends Model> model, String operation) {
        if (!isSharded(model)) {
            throw new AksaraException(operation + "(): " + model.getSimpleName() + " is not sharded by this router; sharded models: "
                    + keys.keySet().stream().map(Class::getSimpleName).sorted().toList());
        }
    }

    private String requireShard(String alias) {
        if (!shards.contains(alias)) {
            throw new AksaraException("'" + alias + "' is not a shard of this router; shards: " + strategy.shards());
        }
        return alias;
    }

    @Override
    public String toString() {
        return "ShardRouter(" + strategy + ", keys " + keys + ")";
    }
}
