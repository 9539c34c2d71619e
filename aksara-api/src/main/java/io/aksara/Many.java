package io.aksara;

import io.aksara.errors.AksaraException;
import io.aksara.expr.Exists;
import io.aksara.expr.OuterRef;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ManyToManyMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.meta.Values;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One instance's side of a many-to-many relation: the rows of the other model it is linked to,
 * and the operations that add and remove links. The forward side is the {@code @ManyToMany}
 * field itself; the target side is a method, like {@link Related}. Nothing runs until a method
 * is called; every change runs in one transaction.
 *
 * <pre>{@code
 * public class Post extends Model {
 *     @ManyToMany(relatedName = "posts") public Many<Tag> tags;
 * }
 * public class Tag extends Model {
 *     public Many<Post> posts() { return relatedMany(Post.class, "tags"); }
 * }
 *
 * post.tags.add(java, sql);                     // links; already linked tags are left alone
 * post.tags.filter("name__startswith", "j").fetch();
 * post.tags.remove(sql);
 * post.tags.set(List.of(java, jooq));           // removes the others, adds the new ones
 * java.posts().count();                         // the other side
 * post.tags.create("name", "orm");              // creates the tag and links it
 * post.tags.getOrCreate(Map.of("name", "jvm"));  // a tag linked to the post, created and linked if missing
 * }</pre>
 *
 * <p>Every QuerySet method is here ({@link QueryMethods}), over {@link #all()}; the QuerySets it
 * returns remember the relation, so a row created through them is linked.
 *
 * <p>A relation of a model to itself is symmetrical unless declared otherwise: adding {@code b}
 * to {@code a}'s friends also adds {@code a} to {@code b}'s, and removing removes both links.
 * With a through model of your own, {@code add}, {@code set} and {@code create} take the values
 * of its other fields as {@code throughDefaults}.
 *
 * @param <T> the model on the other side
 */
public final class Many<T extends Model> implements QueryMethods<T> {
    private final Model owner;
    private final ManyToManyMeta<?, ?> relation;
    private final boolean fromTarget;
    /** The link rows of the through model: reading, adding and removing them. */
    private final ManyLinks linkTable;

    /**
     * @param fromTarget true for the target's side ({@code tag.posts()}), false for the declaring field
     */
    Many(Model owner, ManyToManyMeta<?, ?> relation, boolean fromTarget) {
        this.owner = Objects.requireNonNull(owner);
        this.relation = Objects.requireNonNull(relation);
        this.fromTarget = fromTarget;
        this.linkTable = new ManyLinks(owner, relation, fromTarget);
    }

    /** The relation this manager works on. */
    public ManyToManyMeta<?, ?> relation() {
        return relation;
    }

    /** The model on the other side. */
    @SuppressWarnings("unchecked")
    public Class<T> type() {
        return (Class<T>) (fromTarget ? relation.owner().type() : relation.targetType());
    }

    // ---------------------------------------------------------------- reading

    /**
     * Every linked row, as a lazy QuerySet ({@code WHERE EXISTS} a link row for the owner); the
     * prefetched rows when this relation was prefetched.
     *
     * @throws AksaraException when the owner is not saved
     * @throws io.aksara.errors.RelationNotLoaded in strict mode when the relation was not prefetched
     */
    @Override
    public QuerySet<T> all() {
        List<T> prefetched = io.aksara.internal.prefetch.PrefetchCache.relation(owner, linkTable.name());
        if (prefetched != null) {
            return query().withResults(prefetched);
        }
        io.aksara.internal.Strictness.check(owner, owner.getClass().getSimpleName(), linkTable.name(),
                "prefetchRelated(\"" + linkTable.name() + "\")");
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

    private QuerySet<T> query() {
        Object key = linkTable.ownerKey();
        QuerySet<? extends Model> links = linkTable.throughRows().filter(linkTable.ownerFk().name(), key);
        FieldMeta<?, ?> other = linkTable.otherFk();
        if (other.compositeRelation()) { // each column of the link against its key field of the target row
            List<? extends FieldMeta<?, ?>> columns = relation.through().columnsOf(other);
            List<? extends FieldMeta<?, ?>> keyFields = ModelRegistry.meta(type()).primaryKeyFields();
            for (int i = 0; i < columns.size(); i++) {
                links = links.filter(columns.get(i).name(), OuterRef.of(keyFields.get(i).name()));
            }
        } else {
            links = links.filter(other.name(), OuterRef.of("pk"));
        }
        return linkTable.on(Manager.of(type()).all()).filter(Exists.of(links)).boundTo(new io.aksara.internal.BoundRelation<>() {
            @Override
            public void afterInsert(T instance) {
                linkTable.link(keysOf(List.of(instance)), Map.of()); // as Django's ManyRelatedManager: a new row is linked
            }
        });
    }

    // ---------------------------------------------------------------- writing

    /**
     * Links these saved instances; pairs already linked are left alone (no duplicate rows).
     *
     * @throws AksaraException before any SQL when the owner or a target is unsaved, or of another model
     */
    @SafeVarargs
    public final void add(T... targets) {
        add(List.of(targets), Map.of());
    }

    /** Links these saved instances; see {@link #add(Model[])}. */
    public void add(Collection<? extends T> targets) {
        add(targets, Map.of());
    }

    /**
     * Links these saved instances, giving the other fields of each new through row these values
     * (a through model with extra fields, such as {@code Membership.role}).
     *
     * <pre>{@code group.members.add(List.of(ann), Map.of("role", "admin", "joinedOn", LocalDate.now())); }</pre>
     */
    public void add(Collection<? extends T> targets, Map<String, ?> throughDefaults) {
        linkTable.link(keysOf(targets), throughDefaults);
    }

    /** Links the rows with these primary keys; pairs already linked are left alone. */
    public void addIds(Object... keys) {
        linkTable.link(convertKeys(List.of(keys)), Map.of());
    }

    /** Unlinks these instances (their rows stay); links that do not exist are ignored. */
    @SafeVarargs
    public final void remove(T... targets) {
        remove(List.of(targets));
    }

    /** Unlinks these instances; see {@link #remove(Model[])}. */
    public void remove(Collection<? extends T> targets) {
        linkTable.unlink(keysOf(targets));
    }

    /** Unlinks the rows with these primary keys. */
    public void removeIds(Object... keys) {
        linkTable.unlink(convertKeys(List.of(keys)));
    }

    /**
     * Makes the links exactly these: unlinks the others and links the new ones, in one
     * transaction. Links that stay are not touched.
     */
    public void set(Collection<? extends T> targets) {
        set(targets, Map.of());
    }

    /** {@link #set(Collection)} with values for the other fields of new through rows. */
    public void set(Collection<? extends T> targets, Map<String, ?> throughDefaults) {
        Set<Object> wanted = keysOf(targets);
        linkTable.checkThroughDefaults(throughDefaults);
        linkTable.atomic(() -> {
            Set<Object> current = linkTable.linkedKeys(linkTable.ownerKey());
            Set<Object> gone = new LinkedHashSet<>(current);
            gone.removeAll(wanted);
            Set<Object> added = new LinkedHashSet<>(wanted);
            added.removeAll(current);
            linkTable.unlink(gone);
            linkTable.link(added, throughDefaults);
        });
    }

    /** Removes every link of the owner (the linked rows stay). */
    public void clear() {
        Object key = linkTable.ownerKey();
        io.aksara.internal.prefetch.PrefetchCache.forget(owner, linkTable.name());
        linkTable.atomic(() -> {
            linkTable.throughRows().filter(linkTable.ownerFk().name(), key).delete();
            if (linkTable.mirrored()) {
                linkTable.throughRows().filter(linkTable.otherFk().name(), key).delete();
            }
        });
    }

    /**
     * Creates (always an INSERT: a key that already has a row is an {@code IntegrityError}) a row
     * of the other model, and links it, in one transaction.
     *
     * <pre>{@code Tag orm = post.tags.create("name", "orm"); }</pre>
     */
    public T create(String field, Object value, Object... more) {
        return create(Map.of(), field, value, more);
    }

    /** {@link #create(String, Object, Object...)} with values for the other fields of the through row. */
    public T create(Map<String, ?> throughDefaults, String field, Object value, Object... more) {
        linkTable.ownerKey();
        linkTable.checkThroughDefaults(throughDefaults);
        return Transaction.using(linkTable.database()).atomic(() -> {
            T created = Manager.of(type()).build(field, value, more);
            io.aksara.internal.Persistence.insert(created, linkTable.database()); // an INSERT, as every create()
            linkTable.link(keysOf(List.of(created)), throughDefaults);
            return created;
        });
    }

    @Override
    public String toString() {
        return "Many<" + type().getSimpleName() + ">(" + owner.getClass().getSimpleName() + " " + owner.pk() + " via "
                + relation.qualifiedName() + ")";
    }

    /** The saved instances' keys, in order, without repeats; checked before any SQL. */
    private Set<Object> keysOf(Collection<? extends T> targets) {
        Objects.requireNonNull(targets, "targets");
        linkTable.ownerKey();
        Class<T> type = type();
        Set<Object> keys = new LinkedHashSet<>();
        for (Object t : targets) {
            if (t == null) {
                throw new AksaraException(relation.qualifiedName() + " takes " + type.getSimpleName() + " instances, got null");
            }
            if (!type.isInstance(t)) {
                throw new AksaraException(relation.qualifiedName() + " takes " + type.getSimpleName()
                        + " instances, got a " + t.getClass().getSimpleName());
            }
            Object key = ((Model) t).pk();
            if (key == null) {
                throw new AksaraException("This " + type.getSimpleName() + " must be saved before it can be linked "
                        + "through " + relation.qualifiedName() + ": " + t);
            }
            keys.add(key);
        }
        return keys;
    }

    private Set<Object> convertKeys(List<Object> raw) {
        linkTable.ownerKey();
        ModelMeta<T> target = ModelRegistry.meta(type());
        FieldMeta<T, ?> pk = target.hasCompositeKey() ? null : target.primaryKey();
        Set<Object> keys = new LinkedHashSet<>();
        for (Object k : raw) {
            if (k == null) {
                throw new AksaraException(relation.qualifiedName() + ": a key cannot be null");
            }
            if (k instanceof Model m) {
                throw new AksaraException(relation.qualifiedName() + " ids: got a " + m.getClass().getSimpleName()
                        + " instance; pass instances to add()/remove(), keys to addIds()/removeIds()");
            }
            if (pk == null && !(k instanceof CompositeKey)) {
                throw new AksaraException(relation.qualifiedName() + " ids: " + type().getSimpleName() + " has a composite "
                        + "primary key, so each id is a CompositeKey.of(...) of its key fields, got " + k);
            }
            keys.add(pk == null ? k : Values.toColumnValue(pk, k));
        }
        return keys;
    }
}
