package io.aksara;

import io.aksara.errors.AksaraException;
import io.aksara.errors.DoesNotExist;
import io.aksara.internal.Async;
import io.aksara.internal.CompositeKeys;
import io.aksara.internal.Keys;
import io.aksara.internal.RefInternals;
import io.aksara.internal.ReverseOneToOne;
import io.aksara.internal.Routing;
import io.aksara.internal.Strictness;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelRegistry;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The forward side of a foreign key: the target's key is always at hand, and the target itself
 * is loaded only when asked for, once. There are no lazy proxies: {@link #get()} is the one place
 * a query can happen.
 *
 * <pre>{@code
 * Object categoryId = laptop.category.id();    // no query
 * Category c = laptop.category.get();          // one query the first time, none after
 * laptop.category = Ref.to(books);             // assign from an instance
 * laptop.category = Ref.toId(Category.class, 7L);
 * }</pre>
 *
 * @param <T> the target model
 */
public final class Ref<T extends Model> {
    // Three fields, not five (24 bytes instead of 32; one Ref per row of every foreign key read):
    // the key until the target is loaded and the target after (whose pk() the key then is), and
    // the target class or, for a Ref read from a row, the field it was read through (which knows
    // its class).
    /** The target's key while it is not loaded, the target (a {@link Model}) once it is. */
    private volatile Object state;
    /** The instance holding this reference, when it was read from a row: for strict mode, routing and messages. */
    private final Model owner;
    /**
     * The foreign key this reference was read through, when it points at the key's own model;
     * otherwise the target class ({@link Origin} when both are needed: a field whose model is
     * not the target's class).
     */
    private final Object origin;

    /** A field and a target class other than the field's model: rare, kept out of the common layout. */
    private record Origin(Class<?> type, FieldMeta<?, ?> via) {}

    /** {@link #state}, set with release semantics when a prefetch resolves many Refs in a row. */
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(Ref.class, "state", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
        RefInternals.install(new RefInternals.Factory() {
            @Override
            public <R extends Model> Ref<R> unloaded(Class<R> type, Object id, Model owner, FieldMeta<?, ?> via) {
                return new Ref<>(type, Objects.requireNonNull(id, "id"), null, owner, via);
            }

            @Override
            public <R extends Model> Ref<R> loaded(Class<R> type, R target, Model owner, FieldMeta<?, ?> via) {
                return new Ref<>(type, target.pk(), target, owner, via);
            }

            @Override
            public <R extends Model> void resolve(Ref<R> ref, R target) {
                STATE.setRelease(ref, target); // publishes the target as a volatile write would, without the full fence
            }
        });
    }

    private Ref(Class<T> type, Object id, T target) {
        this(type, id, target, null, null);
    }

    private Ref(Class<T> type, Object id, T target, Model owner, FieldMeta<?, ?> via) {
        Objects.requireNonNull(type, "type");
        if (target != null || id != null) { // an unsaved Ref.to target or a key: no volatile write of null
            this.state = target != null ? target : id;
        }
        this.owner = owner;
        this.origin = via == null ? type : via.relatedModel() == type ? via : new Origin(type, via);
    }

    /** A reference to an instance (saved or not; its key is read when needed). */
    @SuppressWarnings("unchecked")
    public static <T extends Model> Ref<T> to(T instance) {
        Objects.requireNonNull(instance, "instance");
        return new Ref<>((Class<T>) instance.getClass(), null, instance);
    }

    /**
     * A reference by key alone; the instance is loaded by {@link #get()}. The key is converted
     * for the target's key field, as Django does: {@code "33"} or {@code 33} for a {@code long}
     * key is {@code 33L}.
     *
     * <pre>{@code article.reporter = Ref.toId(Reporter.class, "33");   // id() is 33L }</pre>
     *
     * @throws io.aksara.errors.FieldError when the key cannot be converted (e.g. {@code "x"} for a numeric key)
     */
    public static <T extends Model> Ref<T> toId(Class<T> type, Object id) {
        Objects.requireNonNull(id, "id");
        var meta = ModelRegistry.meta(type);
        Object key = meta.hasCompositeKey() ? CompositeKeys.convert(meta, id, "Ref.toId(" + type.getSimpleName() + ".class, ...)")
                : Keys.of(meta.primaryKey(), id);
        return new Ref<>(type, key, null);
    }

    /** The target model class. */
    @SuppressWarnings("unchecked")
    public Class<T> type() {
        Object o = origin;
        return (Class<T>) (o instanceof Class<?> c ? c : o instanceof FieldMeta<?, ?> f ? f.relatedModel() : ((Origin) o).type());
    }

    /** The target's primary key, without a query; null only for an unsaved target. */
    public Object id() {
        Object s = state;
        return s instanceof Model t ? t.pk() : s;
    }

    /** Whether the target instance is already in memory. */
    public boolean isLoaded() {
        return state instanceof Model;
    }

    /**
     * The target instance, loaded with one query on first use and kept. Loaded already (no query)
     * when the owner came from a QuerySet with {@code selectRelated} or {@code prefetchRelated}
     * of this relation. The query goes to the database the owner was loaded from.
     *
     * @throws DoesNotExist when no row has the key
     * @throws io.aksara.errors.RelationNotLoaded in strict mode, instead of the query
     */
    public T get() {
        Object s = state;
        @SuppressWarnings("unchecked")
        T t = s instanceof Model m ? (T) m : null;
        if (t == null) {
            Object key = s;
            Class<T> type = type();
            FieldMeta<?, ?> via = via();
            if (via != null) {
                Strictness.check(owner, via.model().name(), via.name(),
                        "selectRelated(\"" + via.name() + "\") or prefetchRelated(\"" + via.name() + "\"); the key alone is "
                                + "id(), without a query");
            } else {
                Strictness.check(null, type.getSimpleName(), "(a Ref)", "selectRelated or prefetchRelated");
            }
            String database = owner == null ? Routing.forRead(null, type) : Routing.read(type, owner);
            QuerySet<T> byKey = Manager.of(type).filter("pk", key);
            List<T> rows = (database == null ? byKey : byKey.using(database)).fetch();
            if (rows.isEmpty()) {
                throw new DoesNotExist(type, "pk=" + key);
            }
            state = t = rows.getFirst();
            if (via != null && owner != null) {
                ReverseOneToOne.rememberOn(t, via, owner); // the reverse side of a one-to-one is now known too
            }
        }
        return t;
    }

    /** {@link #get()} on a virtual thread. */
    public CompletableFuture<T> getAsync() {
        return Async.supply(this::get);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ref<?> r && r.type() == type() && id() != null && id().equals(r.id());
    }

    @Override
    public int hashCode() {
        Object key = id();
        return key == null ? System.identityHashCode(this) : type().hashCode() * 31 + key.hashCode();
    }

    @Override
    public String toString() {
        return "Ref<" + type().getSimpleName() + ">(" + id() + ")";
    }

    /** The foreign key this reference was read through, or null. */
    private FieldMeta<?, ?> via() {
        Object o = origin;
        return o instanceof FieldMeta<?, ?> f ? f : o instanceof Origin(var type, var via) ? via : null;
    }

    static void checkModel(Class<?> type) {
        if (!Model.class.isAssignableFrom(type)) {
            throw new AksaraException(type.getName() + " is not a model");
        }
        ModelRegistry.metaOf(type);
    }
}
