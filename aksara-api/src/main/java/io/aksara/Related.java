package io.aksara;

import io.aksara.errors.AksaraException;
import io.aksara.errors.DoesNotExist;
import io.aksara.errors.FieldError;
import io.aksara.internal.BoundRelation;
import io.aksara.internal.Routing;
import io.aksara.internal.Strictness;
import io.aksara.internal.prefetch.PrefetchCache;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The reverse side of a foreign key: the rows of another model that point to one instance.
 * Returned by a method on the target model; nothing runs until one of its methods is called.
 * After {@code prefetchRelated} of this relation, {@link #all()} answers from memory.
 *
 * <pre>{@code
 * public class Category extends Model {
 *     public Related<Product> products() { return related(Product.class, "category"); }
 * }
 * List<Product> inCategory = electronics.products().all().fetch();
 * long n = electronics.products().filter("price__lt", 100).count();
 * Product mouse = electronics.products().create("name", "Mouse", "price", 25);
 * electronics.products().add(keyboard);          // keyboard.category = electronics, saved
 * electronics.products().remove(mouse);          // only for a nullable key: mouse.category = null
 * electronics.products().getOrCreate(Map.of("name", "Pad"));   // a new row gets the category too
 * electronics.products().update("inStock", false);              // one UPDATE of these rows
 * }</pre>
 *
 * <p>Every QuerySet method is here ({@link QueryMethods}), over {@link #all()}; and the QuerySets
 * it returns remember the relation, so {@code create}, {@code getOrCreate} and
 * {@code updateOrCreate} through them ({@code electronics.products().filter(...).getOrCreate(...)})
 * set the key as well.
 *
 * @param <T> the model that declares the foreign key
 */
public final class Related<T extends Model> implements QueryMethods<T> {
    private final Model owner;
    private final Class<T> type;
    private final String foreignKey;

    Related(Model owner, Class<T> type, String foreignKey) {
        this.owner = Objects.requireNonNull(owner);
        this.type = Objects.requireNonNull(type);
        this.foreignKey = Objects.requireNonNull(foreignKey);
    }

    /**
     * Every related row, as a lazy QuerySet; the prefetched rows when this relation was prefetched.
     *
     * @throws io.aksara.errors.RelationNotLoaded in strict mode when the relation was not prefetched
     */
    @Override
    public QuerySet<T> all() {
        List<T> prefetched = PrefetchCache.relation(owner, name());
        if (prefetched != null) {
            return query().withResults(prefetched);
        }
        requireQueryAllowed();
        return query();
    }

    /** Rows of this relation or of any of the others; see {@link #union(List)}. */
    @SafeVarargs
    public final QuerySet<T> union(QuerySet<T>... others) {
        return union(QueryCombinators.listed(others));
    }

    /** As {@link #union(QuerySet[])}, keeping duplicates; see {@link #unionAll(List)}. */
    @SafeVarargs
    public final QuerySet<T> unionAll(QuerySet<T>... others) {
        return unionAll(QueryCombinators.listed(others));
    }

    /** Rows of this relation that are in every one of the others; see {@link #intersection(List)}. */
    @SafeVarargs
    public final QuerySet<T> intersection(QuerySet<T>... others) {
        return intersection(QueryCombinators.listed(others));
    }

    /** Rows of this relation that are in none of the others; see {@link #difference(List)}. */
    @SafeVarargs
    public final QuerySet<T> difference(QuerySet<T>... others) {
        return difference(QueryCombinators.listed(others));
    }

    /**
     * Points these saved rows to the owner: their key is set in memory and in one UPDATE.
     *
     * @throws AksaraException before any SQL when an instance is not saved (save it first, or use
     *                         {@link #create}) or is not a {@code T}
     */
    @SafeVarargs
    public final void add(T... instances) {
        add(List.of(instances));
    }

    /** {@link #add(Model[])} for a collection. */
    public void add(Collection<? extends T> instances) {
        FieldMeta<T, ?> fk = foreignKeyField();
        List<Object> keys = savedKeys(instances, "add");
        if (keys.isEmpty()) {
            return;
        }
        Object key = ownerKey();
        Transaction.atomic(() -> {
            onDatabase(Manager.of(type).filter("pk__in", keys)).update(fk.name(), key);
        });
        for (T instance : instances) {
            fk.setUnchecked(instance, Ref.to(owner));
        }
        forgetPrefetched();
    }

    /**
     * Unlinks these rows from the owner (their key becomes NULL), in one UPDATE. Only for a
     * nullable foreign key; a row that does not point to the owner is an error, as in Django.
     *
     * @throws AksaraException when the key is not nullable
     * @throws DoesNotExist    before any change when some row is not related to the owner
     */
    @SafeVarargs
    public final void remove(T... instances) {
        remove(List.of(instances));
    }

    /** {@link #remove(Model[])} for a collection. */
    public void remove(Collection<? extends T> instances) {
        FieldMeta<T, ?> fk = requireNullable("remove");
        List<Object> keys = savedKeys(instances, "remove");
        if (keys.isEmpty()) {
            return;
        }
        Object key = ownerKey();
        Transaction.atomic(() -> {
            Set<Object> related = new LinkedHashSet<>(onDatabase(query().filter("pk__in", keys)).valuesList("pk", Object.class).fetch());
            for (Object k : keys) {
                if (!related.contains(k)) {
                    throw new DoesNotExist(type, type.getSimpleName() + " pk=" + k + " is not related to "
                            + owner.getClass().getSimpleName() + " pk=" + key + " through " + fk.qualifiedName());
                }
            }
            onDatabase(query().filter("pk__in", keys)).update(fk.name(), null);
        });
        for (T instance : instances) {
            fk.setUnchecked(instance, null);
        }
        forgetPrefetched();
    }

    /**
     * Unlinks every row from the owner (their key becomes NULL) in one UPDATE; returns how many.
     * Only for a nullable foreign key.
     */
    public long clear() {
        FieldMeta<T, ?> fk = requireNullable("clear");
        ownerKey();
        long n = onDatabase(query()).update(fk.name(), null);
        forgetPrefetched();
        return n;
    }

    /**
     * Makes exactly these rows point to the owner, in one transaction: for a nullable key the rows
     * no longer listed are unlinked and the new ones added; for a required key (rows cannot be
     * unlinked) the listed rows are added and the others left alone, as Django does.
     */
    public void set(Collection<? extends T> instances) {
        FieldMeta<T, ?> fk = foreignKeyField();
        List<Object> wanted = savedKeys(instances, "set");
        Transaction.atomic(() -> {
            if (fk.nullable()) {
                Set<Object> keep = new LinkedHashSet<>(wanted);
                List<Object> stale = new ArrayList<>();
                for (Object k : onDatabase(query()).valuesList("pk", Object.class).fetch()) {
                    if (!keep.contains(k)) {
                        stale.add(k);
                    }
                }
                if (!stale.isEmpty()) {
                    onDatabase(query().filter("pk__in", stale)).update(fk.name(), null);
                }
            }
            add(instances);
        });
        forgetPrefetched();
    }

    private QuerySet<T> query() {
        FieldMeta<T, ?> fk = foreignKeyField();
        QuerySet<T> rows = onDatabase(Manager.of(type).filter(fk.name(), ownerKey()));
        return rows.boundTo(new BoundRelation<>() {
            @Override
            public void beforeInsert(T instance) {
                fk.setUnchecked(instance, Ref.to(owner)); // as Django's RelatedManager.create: the key is the owner
            }

            @Override
            public void afterInsert(T instance) {
                forgetPrefetched();
            }
        });
    }

    private QuerySet<T> onDatabase(QuerySet<T> qs) {
        String database = Routing.read(qs.meta().type(), owner);
        return database == null || qs.database() != null ? qs : qs.using(database);
    }

    /** The relation's name on the owner's model ({@code books}), as in lookups and prefetchRelated. */
    private String name() {
        return ModelRegistry.reverseName(foreignKeyField());
    }

    private void requireQueryAllowed() {
        String name = name();
        Strictness.check(owner, owner.getClass().getSimpleName(), name, "prefetchRelated(\"" + name + "\")");
    }

    private void forgetPrefetched() {
        PrefetchCache.forget(owner, name());
    }

    private List<Object> savedKeys(Collection<? extends T> instances, String operation) {
        List<Object> keys = new ArrayList<>(instances.size());
        for (Object o : instances) {
            if (!type.isInstance(o)) {
                throw new FieldError(operation + "() takes " + type.getSimpleName() + " instances, got " + FieldError.describe(o));
            }
            Object key = type.cast(o).pk();
            if (key == null) {
                throw new AksaraException(operation + "(): this " + type.getSimpleName() + " is not saved yet; save() it "
                        + "first, or use create() to make a related row");
            }
            keys.add(key);
        }
        return keys;
    }

    private FieldMeta<T, ?> requireNullable(String operation) {
        FieldMeta<T, ?> fk = foreignKeyField();
        if (!fk.nullable()) {
            throw new AksaraException(operation + "() needs a nullable foreign key, but " + fk.qualifiedName()
                    + " is required: a " + type.getSimpleName() + " cannot exist without its "
                    + owner.getClass().getSimpleName() + ". Delete the rows, or add() them to another "
                    + owner.getClass().getSimpleName());
        }
        return fk;
    }

    private FieldMeta<T, ?> foreignKeyField() {
        FieldMeta<T, ?> fk = ModelRegistry.meta(type).field(foreignKey);
        if (!fk.isRelation() || !ModelRegistry.accepts(fk.relatedModel(), owner.getClass())) {
            throw new AksaraException(type.getSimpleName() + "." + foreignKey + " is not a foreign key to "
                    + owner.getClass().getSimpleName());
        }
        return fk;
    }

    private Object ownerKey() {
        Object key = owner.pk();
        if (key == null) {
            throw new AksaraException("This " + owner.getClass().getSimpleName()
                    + " must be saved before its related " + type.getSimpleName() + " rows can be used");
        }
        return key;
    }
}
