package io.aksara;

import io.aksara.internal.Async;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.meta.Values;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

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

    /**
     * Builds, validates and inserts an instance from field/value pairs.
     *
     * <pre>{@code
     * Category electronics = Category.objects.create("name", "Electronics");
     * }</pre>
     */
    public T create(String field, Object value, Object... more) {
        T instance = build(field, value, more);
        instance.save();
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
        FieldMeta<T, ?> field = name.equals("pk") ? meta.primaryKey() : meta.field(name);
        field.setUnchecked(instance, Values.toAttributeValue(field, value));
    }
}
