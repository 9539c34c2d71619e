package io.aksara;

import io.aksara.internal.Async;
import io.aksara.internal.WriteValues;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The entry point for queries on one model, held in a {@code static final} field named
 * {@code objects} by convention. Every query method returns a fresh, lazy {@link QuerySet}.
 *
 * <pre>{@code
 * public static final Manager<Product> objects = Manager.of(Product.class);
 *
 * Product laptop = Product.objects.create("name", "Laptop", "price", 999.99, "category", electronics);
 * List<Product> cheap = Product.objects.filter("price__lt", 100).fetch();
 * }</pre>
 *
 * <p>Not final: a subclass can override {@link #all()} to give the model a different base QuerySet.
 *
 * @param <T> the model
 */
public class Manager<T extends Model> {
    private final Class<T> type;

    protected Manager(Class<T> type) {
        this.type = type;
    }

    /** The manager of a model class. Cheap: metadata is looked up on first use. */
    public static <T extends Model> Manager<T> of(Class<T> type) {
        return new Manager<>(type);
    }

    /** The model's metadata. */
    public ModelMeta<T> meta() {
        return ModelRegistry.meta(type);
    }

    /** Every row, in the model's default ordering. */
    public QuerySet<T> all() {
        return QuerySet.of(meta());
    }

    /** Rows matching every given lookup ({@code "price__lt", 100, "inStock", true}). */
    public QuerySet<T> filter(String lookup, Object value, Object... more) {
        return all().filter(lookup, value, more);
    }

    /** Rows matching the conditions. */
    public QuerySet<T> filter(Q... conditions) {
        return all().filter(conditions);
    }

    /** Rows not matching the lookups. */
    public QuerySet<T> exclude(String lookup, Object value, Object... more) {
        return all().exclude(lookup, value, more);
    }

    /** Rows not matching the condition. */
    public QuerySet<T> exclude(Q condition) {
        return all().exclude(condition);
    }

    /** Every row, ordered by the given fields ({@code "-price"} for descending). */
    public QuerySet<T> orderBy(String... fields) {
        return all().orderBy(fields);
    }

    /** Every row, locked until the transaction ends; see {@link QuerySet#selectForUpdate()}. */
    public QuerySet<T> selectForUpdate() {
        return all().selectForUpdate();
    }

    /** Every row, locked as {@code mode} says; see {@link QuerySet#selectForUpdate(ForUpdate, String...)}. */
    public QuerySet<T> selectForUpdate(ForUpdate mode, String... of) {
        return all().selectForUpdate(mode, of);
    }

    /** Rows as maps of the given paths; see {@link QuerySet#values}. */
    public Rows<java.util.Map<String, Object>> values(String... fields) {
        return all().values(fields);
    }

    /** Rows as lists of values; see {@link QuerySet#valuesList(String...)}. */
    public Rows<List<Object>> valuesList(String... fields) {
        return all().valuesList(fields);
    }

    /** One column as a flat list; see {@link QuerySet#valuesList(String, Class)}. */
    public <V> Rows<V> valuesList(String field, Class<V> type) {
        return all().valuesList(field, type);
    }

    /** Rows as records; see {@link QuerySet#valuesList(Class, String...)}. */
    public <R extends Record> Rows<R> valuesList(Class<R> type, String... fields) {
        return all().valuesList(type, fields);
    }

    /** Every row with computed values; see {@link QuerySet#annotate(io.aksara.expr.Expression...)}. */
    public QuerySet<T> annotate(io.aksara.expr.Expression... expressions) {
        return all().annotate(expressions);
    }

    /** Every row with named computed values; see {@link QuerySet#annotate(String, io.aksara.expr.Expression, Object...)}. */
    public QuerySet<T> annotate(String name, io.aksara.expr.Expression expression, Object... more) {
        return all().annotate(name, expression, more);
    }

    /** Named computed values for filters and ordering; see {@link QuerySet#alias}. */
    public QuerySet<T> alias(String name, io.aksara.expr.Expression expression, Object... more) {
        return all().alias(name, expression, more);
    }

    /** Aggregates over every row; see {@link QuerySet#aggregate(io.aksara.expr.Expression...)}. */
    public Map<String, Object> aggregate(io.aksara.expr.Expression... aggregates) {
        return all().aggregate(aggregates);
    }

    /** Named aggregates over every row; see {@link QuerySet#aggregate(String, io.aksara.expr.Expression, Object...)}. */
    public Map<String, Object> aggregate(String name, io.aksara.expr.Expression aggregate, Object... more) {
        return all().aggregate(name, aggregate, more);
    }

    /** {@link #aggregate(io.aksara.expr.Expression...)} on a virtual thread. */
    public CompletableFuture<Map<String, Object>> aggregateAsync(io.aksara.expr.Expression... aggregates) {
        return all().aggregateAsync(aggregates);
    }

    /** Rows for which a boolean expression holds; see {@link QuerySet#filter(io.aksara.expr.Expression)}. */
    public QuerySet<T> filter(io.aksara.expr.Expression condition) {
        return all().filter(condition);
    }

    /** Rows for which a boolean expression does not hold; see {@link QuerySet#exclude(io.aksara.expr.Expression)}. */
    public QuerySet<T> exclude(io.aksara.expr.Expression condition) {
        return all().exclude(condition);
    }

    /** Rows with these to-one relations read in the same SELECT; see {@link QuerySet#selectRelated}. */
    public QuerySet<T> selectRelated(String... paths) {
        return all().selectRelated(paths);
    }

    /** Rows with these relations loaded, one query per level; see {@link QuerySet#prefetchRelated}. */
    public QuerySet<T> prefetchRelated(Object... lookups) {
        return all().prefetchRelated(lookups);
    }

    /** Rows that refuse queries for relations not loaded with them; see {@link QuerySet#strict()}. */
    public QuerySet<T> strict() {
        return all().strict();
    }

    /** Instances with only these fields loaded; see {@link QuerySet#only}. */
    public QuerySet<T> only(String... fields) {
        return all().only(fields);
    }

    /** Instances without these fields loaded; see {@link QuerySet#defer}. */
    public QuerySet<T> defer(String... fields) {
        return all().defer(fields);
    }

    /** Every row, each call limited in time; see {@link QuerySet#timeout(java.time.Duration)}. */
    public QuerySet<T> timeout(java.time.Duration limit) {
        return all().timeout(limit);
    }

    /** The queries of this manager on another configured database. */
    public QuerySet<T> using(String database) {
        return all().using(database);
    }

    /** The one row matching the lookups; see {@link QuerySet#get(String, Object, Object...)}. */
    public T get(String lookup, Object value, Object... more) {
        return all().get(lookup, value, more);
    }

    /** {@link #get(String, Object, Object...)} on a virtual thread. */
    public CompletableFuture<T> getAsync(String lookup, Object value, Object... more) {
        return all().getAsync(lookup, value, more);
    }

    /** All rows as a list. */
    public List<T> fetch() {
        return all().fetch();
    }

    /** {@link #fetch()} on a virtual thread. */
    public CompletableFuture<List<T>> fetchAsync() {
        return all().fetchAsync();
    }

    /** The number of rows. */
    public long count() {
        return all().count();
    }

    /** {@link #count()} on a virtual thread. */
    public CompletableFuture<Long> countAsync() {
        return all().countAsync();
    }

    /** Whether the table has any row. */
    public boolean exists() {
        return all().exists();
    }

    /** {@link #exists()} on a virtual thread. */
    public CompletableFuture<Boolean> existsAsync() {
        return all().existsAsync();
    }

    /** The first row by the default ordering (or by key). */
    public Optional<T> first() {
        return all().first();
    }

    /** {@link #first()} on a virtual thread. */
    public CompletableFuture<Optional<T>> firstAsync() {
        return all().firstAsync();
    }

    /** The last row by the default ordering (or by key). */
    public Optional<T> last() {
        return all().last();
    }

    /** {@link #last()} on a virtual thread. */
    public CompletableFuture<Optional<T>> lastAsync() {
        return all().lastAsync();
    }

    // Every method below goes through all(), so a Manager subclass that overrides all() (a custom
    // manager such as "active users") narrows each of them; see QuerySet for the details of each.

    /** An empty QuerySet that runs no SQL; see {@link QuerySet#none()}. */
    public QuerySet<T> none() {
        return all().none();
    }

    /** Every row in the reverse of the default ordering; see {@link QuerySet#reverse()}. */
    public QuerySet<T> reverse() {
        return all().reverse();
    }

    /** {@code SELECT DISTINCT}; see {@link QuerySet#distinct()}. */
    public QuerySet<T> distinct() {
        return all().distinct();
    }

    /** Rows of this manager or of any of the others; see {@link QuerySet#union}. */
    @SafeVarargs
    public final QuerySet<T> union(QuerySet<T>... others) {
        return all().union(others);
    }

    /** As {@link #union}, keeping duplicates; see {@link QuerySet#unionAll}. */
    @SafeVarargs
    public final QuerySet<T> unionAll(QuerySet<T>... others) {
        return all().unionAll(others);
    }

    /** Rows of this manager that are in every one of the others; see {@link QuerySet#intersection}. */
    @SafeVarargs
    public final QuerySet<T> intersection(QuerySet<T>... others) {
        return all().intersection(others);
    }

    /** Rows of this manager that are in none of the others; see {@link QuerySet#difference}. */
    @SafeVarargs
    public final QuerySet<T> difference(QuerySet<T>... others) {
        return all().difference(others);
    }

    /** The row that comes last by these fields; see {@link QuerySet#latest}. */
    public T latest(String... fields) {
        return all().latest(fields);
    }

    /** {@link #latest} on a virtual thread. */
    public CompletableFuture<T> latestAsync(String... fields) {
        return all().latestAsync(fields);
    }

    /** The row that comes first by these fields; see {@link QuerySet#earliest}. */
    public T earliest(String... fields) {
        return all().earliest(fields);
    }

    /** {@link #earliest} on a virtual thread. */
    public CompletableFuture<T> earliestAsync(String... fields) {
        return all().earliestAsync(fields);
    }

    /** The one row matching the lookups, or null; see {@link QuerySet#getOrNull(String, Object, Object...)}. */
    public T getOrNull(String lookup, Object value, Object... more) {
        return all().getOrNull(lookup, value, more);
    }

    /** {@link #getOrNull} on a virtual thread. */
    public CompletableFuture<T> getOrNullAsync(String lookup, Object value, Object... more) {
        return all().getOrNullAsync(lookup, value, more);
    }

    /** The row matching the lookups, created when missing; see {@link QuerySet#getOrCreate(Map, Map)}. */
    public Created<T> getOrCreate(Map<String, ?> lookup, Map<String, ?> defaults) {
        return all().getOrCreate(lookup, defaults);
    }

    /** {@link #getOrCreate(Map, Map)} without defaults. */
    public Created<T> getOrCreate(Map<String, ?> lookup) {
        return all().getOrCreate(lookup);
    }

    /** {@link #getOrCreate(Map, Map)} on a virtual thread. */
    public CompletableFuture<Created<T>> getOrCreateAsync(Map<String, ?> lookup, Map<String, ?> defaults) {
        return all().getOrCreateAsync(lookup, defaults);
    }

    /** The row matching the lookups, updated, or created; see {@link QuerySet#updateOrCreate(Map, Map)}. */
    public Created<T> updateOrCreate(Map<String, ?> lookup, Map<String, ?> defaults) {
        return all().updateOrCreate(lookup, defaults);
    }

    /** See {@link QuerySet#updateOrCreate(Map, Map, Map)}. */
    public Created<T> updateOrCreate(Map<String, ?> lookup, Map<String, ?> defaults, Map<String, ?> createDefaults) {
        return all().updateOrCreate(lookup, defaults, createDefaults);
    }

    /** {@link #updateOrCreate(Map, Map)} on a virtual thread. */
    public CompletableFuture<Created<T>> updateOrCreateAsync(Map<String, ?> lookup, Map<String, ?> defaults) {
        return all().updateOrCreateAsync(lookup, defaults);
    }

    /** The rows with these primary keys, by key; see {@link QuerySet#inBulk(Collection)}. */
    public Map<Object, T> inBulk(Collection<?> keys) {
        return all().inBulk(keys);
    }

    /** The rows with these values of a unique field, by value; see {@link QuerySet#inBulk(Collection, String)}. */
    public Map<Object, T> inBulk(Collection<?> values, String field) {
        return all().inBulk(values, field);
    }

    /** Every row, by primary key; see {@link QuerySet#inBulk()}. */
    public Map<Object, T> inBulk() {
        return all().inBulk();
    }

    /** {@link #inBulk(Collection)} on a virtual thread. */
    public CompletableFuture<Map<Object, T>> inBulkAsync(Collection<?> keys) {
        return all().inBulkAsync(keys);
    }

    /** Every row, streamed from a cursor; close it. See {@link QuerySet#stream()}. */
    public Stream<T> stream() {
        return all().stream();
    }

    /** Every row, streamed {@code chunkSize} at a time; close it. See {@link QuerySet#iterate(int)}. */
    public Stream<T> iterate(int chunkSize) {
        return all().iterate(chunkSize);
    }

    /** Streams every row to {@code action} on a virtual thread; see {@link QuerySet#iterateAsync}. */
    public CompletableFuture<Long> iterateAsync(int chunkSize, Consumer<? super T> action) {
        return all().iterateAsync(chunkSize, action);
    }

    /** Inserts the objects in batches; see {@link QuerySet#bulkCreate(List, int, boolean)}. */
    public List<T> bulkCreate(List<T> objs) {
        return all().bulkCreate(objs);
    }

    /** See {@link QuerySet#bulkCreate(List, int)}. */
    public List<T> bulkCreate(List<T> objs, int batchSize) {
        return all().bulkCreate(objs, batchSize);
    }

    /** See {@link QuerySet#bulkCreate(List, int, boolean)}. */
    public List<T> bulkCreate(List<T> objs, int batchSize, boolean ignoreConflicts) {
        return all().bulkCreate(objs, batchSize, ignoreConflicts);
    }

    /** {@link #bulkCreate(List)} on a virtual thread. */
    public CompletableFuture<List<T>> bulkCreateAsync(List<T> objs) {
        return all().bulkCreateAsync(objs);
    }

    /** {@link #bulkCreate(List, int, boolean)} on a virtual thread. */
    public CompletableFuture<List<T>> bulkCreateAsync(List<T> objs, int batchSize, boolean ignoreConflicts) {
        return all().bulkCreateAsync(objs, batchSize, ignoreConflicts);
    }

    /** Writes the named fields of saved objects; see {@link QuerySet#bulkUpdate(List, String...)}. */
    public long bulkUpdate(List<T> objs, String... fields) {
        return all().bulkUpdate(objs, fields);
    }

    /** See {@link QuerySet#bulkUpdate(List, int, String...)}. */
    public long bulkUpdate(List<T> objs, int batchSize, String... fields) {
        return all().bulkUpdate(objs, batchSize, fields);
    }

    /** {@link #bulkUpdate(List, String...)} on a virtual thread. */
    public CompletableFuture<Long> bulkUpdateAsync(List<T> objs, String... fields) {
        return all().bulkUpdateAsync(objs, fields);
    }

    /** Inserts, or updates on conflict; see {@link QuerySet#upsert(List, List, List)}. */
    public List<T> upsert(List<T> objs, List<String> conflictFields, List<String> updateFields) {
        return all().upsert(objs, conflictFields, updateFields);
    }

    /** See {@link QuerySet#upsert(List, List, List, int)}. */
    public List<T> upsert(List<T> objs, List<String> conflictFields, List<String> updateFields, int batchSize) {
        return all().upsert(objs, conflictFields, updateFields, batchSize);
    }

    /** {@link #upsert(List, List, List)} on a virtual thread. */
    public CompletableFuture<List<T>> upsertAsync(List<T> objs, List<String> conflictFields, List<String> updateFields) {
        return all().upsertAsync(objs, conflictFields, updateFields);
    }

    /** The database's plan for {@code all()}; see {@link QuerySet#explain()}. */
    public String explain() {
        return all().explain();
    }

    /** {@link #explain()} on a virtual thread. */
    public CompletableFuture<String> explainAsync() {
        return all().explainAsync();
    }

    /**
     * Builds, validates and inserts an instance from field/value pairs.
     *
     * <pre>{@code
     * Category electronics = Category.objects.create("name", "Electronics");
     * }</pre>
     */
    public T create(String field, Object value, Object... more) {
        T instance = build(field, value, more);
        // the database of all(), so a manager whose all() says using("x") creates there, as Django's does
        io.aksara.internal.Persistence.save(instance, all().database());
        return instance;
    }

    /** {@link #create} on a virtual thread. */
    public CompletableFuture<T> createAsync(String field, Object value, Object... more) {
        return Async.supply(() -> create(field, value, more));
    }

    /**
     * A new, unsaved instance with the given field values (converted as {@code create} does).
     *
     * <pre>{@code Product draft = Product.objects.build("name", "Draft", "price", 1); }</pre>
     */
    public T build(String field, Object value, Object... more) {
        ModelMeta<T> meta = meta();
        T instance = meta.newInstance();
        assign(meta, instance, field, value);
        if (more.length % 2 != 0) {
            throw new io.aksara.errors.FieldError("Field values come in name/value pairs; '"
                    + more[more.length - 1] + "' has no value");
        }
        for (int i = 0; i < more.length; i += 2) {
            if (!(more[i] instanceof String name)) {
                throw new io.aksara.errors.FieldError("Expected a field name of " + meta.name()
                        + " at position " + (i + 3) + ", got " + io.aksara.errors.FieldError.describe(more[i]));
            }
            assign(meta, instance, name, more[i + 1]);
        }
        return instance;
    }

    private static <T extends Model> void assign(ModelMeta<T> meta, T instance, String name, Object value) {
        if (meta.findManyToMany(name) != null) {
            // as Django: links need a saved instance, so they are set after creating it
            throw new io.aksara.errors.FieldError(meta.name() + "." + name + " is a many-to-many relation, not a column; "
                    + "create the " + meta.name() + " first, then link rows with " + name + ".add(...) or " + name + ".set(...)");
        }
        FieldMeta<T, ?> field = name.equals("pk") ? meta.primaryKey() : meta.field(name);
        field.setUnchecked(instance, WriteValues.forInstance(field, value));
    }
}
