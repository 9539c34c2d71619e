package io.aksara;

import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.expr.Exists;
import io.aksara.expr.OuterRef;
import io.aksara.internal.Routing;
import io.aksara.internal.WriteValues;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ManyToManyMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.meta.Values;
import java.util.ArrayList;
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

    /**
     * @param fromTarget true for the target's side ({@code tag.posts()}), false for the declaring field
     */
    Many(Model owner, ManyToManyMeta<?, ?> relation, boolean fromTarget) {
        this.owner = Objects.requireNonNull(owner);
        this.relation = Objects.requireNonNull(relation);
        this.fromTarget = fromTarget;
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
        List<T> prefetched = io.aksara.internal.prefetch.PrefetchCache.relation(owner, name());
        if (prefetched != null) {
            return query().withResults(prefetched);
        }
        io.aksara.internal.Strictness.check(owner, owner.getClass().getSimpleName(), name(),
                "prefetchRelated(\"" + name() + "\")");
        return query();
    }

    /** The relation's name on the owner: the field, or the reverse name on the target side. */
    private String name() {
        return fromTarget ? relation.reverseName() : relation.name();
    }

    private QuerySet<T> query() {
        Object key = ownerKey();
        QuerySet<? extends Model> links = throughRows().filter(otherFk().name(), OuterRef.of("pk"), ownerFk().name(), key);
        return on(Manager.of(type()).all()).filter(Exists.of(links)).boundTo(new io.aksara.internal.BoundRelation<>() {
            @Override
            public void afterInsert(T instance) {
                link(keysOf(List.of(instance)), Map.of()); // as Django's ManyRelatedManager: a new row is linked
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
        link(keysOf(targets), throughDefaults);
    }

    /** Links the rows with these primary keys; pairs already linked are left alone. */
    public void addIds(Object... keys) {
        link(convertKeys(List.of(keys)), Map.of());
    }

    /** Unlinks these instances (their rows stay); links that do not exist are ignored. */
    @SafeVarargs
    public final void remove(T... targets) {
        remove(List.of(targets));
    }

    /** Unlinks these instances; see {@link #remove(Model[])}. */
    public void remove(Collection<? extends T> targets) {
        unlink(keysOf(targets));
    }

    /** Unlinks the rows with these primary keys. */
    public void removeIds(Object... keys) {
        unlink(convertKeys(List.of(keys)));
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
        checkThroughDefaults(throughDefaults);
        atomic(() -> {
            Set<Object> current = linkedKeys(ownerKey());
            Set<Object> gone = new LinkedHashSet<>(current);
            gone.removeAll(wanted);
            Set<Object> added = new LinkedHashSet<>(wanted);
            added.removeAll(current);
            unlink(gone);
            link(added, throughDefaults);
        });
    }

    /** Removes every link of the owner (the linked rows stay). */
    public void clear() {
        Object key = ownerKey();
        io.aksara.internal.prefetch.PrefetchCache.forget(owner, name());
        atomic(() -> {
            throughRows().filter(ownerFk().name(), key).delete();
            if (mirrored()) {
                throughRows().filter(otherFk().name(), key).delete();
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
        ownerKey();
        checkThroughDefaults(throughDefaults);
        return Transaction.using(database()).atomic(() -> {
            T created = Manager.of(type()).build(field, value, more);
            io.aksara.internal.Persistence.insert(created, database()); // an INSERT, as every create()
            link(keysOf(List.of(created)), throughDefaults);
            return created;
        });
    }

    @Override
    public String toString() {
        return "Many<" + type().getSimpleName() + ">(" + owner.getClass().getSimpleName() + " " + owner.pk() + " via "
                + relation.qualifiedName() + ")";
    }

    // ---------------------------------------------------------------- the work

    private void link(Set<Object> keys, Map<String, ?> throughDefaults) {
        Object key = ownerKey();
        io.aksara.internal.prefetch.PrefetchCache.forget(owner, name());
        checkThroughDefaults(throughDefaults);
        if (keys.isEmpty()) {
            return;
        }
        atomic(() -> {
            List<Model> rows = new ArrayList<>();
            Set<Object> existing = linkedKeys(key, keys);
            for (Object k : keys) {
                if (!existing.contains(k)) {
                    rows.add(throughRow(key, k, throughDefaults));
                }
            }
            if (mirrored()) {
                // the same pair seen from the other end; a link to itself is one row
                Set<Object> back = backLinks(key, keys);
                for (Object k : keys) {
                    if (!back.contains(k) && !k.equals(key)) {
                        rows.add(throughRow(k, key, throughDefaults));
                    }
                }
            }
            if (!rows.isEmpty()) {
                insert(relation.through(), rows); // validated first, then one multi-row INSERT
            }
        });
    }

    private void unlink(Set<Object> keys) {
        Object key = ownerKey();
        io.aksara.internal.prefetch.PrefetchCache.forget(owner, name());
        if (keys.isEmpty()) {
            return;
        }
        atomic(() -> {
            throughRows().filter(ownerFk().name(), key, otherFk().name() + "__in", List.copyOf(keys)).delete();
            if (mirrored()) {
                throughRows().filter(ownerFk().name() + "__in", List.copyOf(keys), otherFk().name(), key).delete();
            }
        });
    }

    /** The keys linked to {@code from}, optionally only among {@code among}. */
    private Set<Object> linkedKeys(Object from, Set<Object> among) {
        QuerySet<? extends Model> rows = throughRows().filter(ownerFk().name(), from);
        if (among != null) {
            rows = rows.filter(otherFk().name() + "__in", List.copyOf(among));
        }
        Set<Object> out = new LinkedHashSet<>();
        rows.valuesList(otherFk().name()).fetch().forEach(r -> out.add(r.getFirst()));
        return out;
    }

    private Set<Object> linkedKeys(Object from) {
        return linkedKeys(from, null);
    }

    /** Of these keys, the ones that already link back to {@code to}. */
    private Set<Object> backLinks(Object to, Set<Object> keys) {
        Set<Object> out = new LinkedHashSet<>();
        throughRows().filter(ownerFk().name() + "__in", List.copyOf(keys), otherFk().name(), to)
                .valuesList(ownerFk().name()).fetch().forEach(r -> out.add(r.getFirst()));
        return out;
    }

    private Model throughRow(Object ownerSide, Object otherSide, Map<String, ?> throughDefaults) {
        ModelMeta<? extends Model> through = relation.through();
        Model row = through.newInstance();
        FieldMeta<?, ?> mine = ownerFk();
        FieldMeta<?, ?> theirs = otherFk();
        mine.setUnchecked(row, Ref.toId(mine.relatedModel(), ownerSide));
        theirs.setUnchecked(row, Ref.toId(theirs.relatedModel(), otherSide));
        throughDefaults.forEach((name, value) -> {
            FieldMeta<?, ?> f = through.field(name);
            f.setUnchecked(row, Values.toAttributeValue(f, value));
        });
        return row;
    }

    @SuppressWarnings("unchecked")
    private <X extends Model> void insert(ModelMeta<X> through, List<Model> rows) {
        on(Manager.of(through.type()).all()).bulkCreate((List<X>) (List<?>) rows);
    }

    /** The owner's foreign key on the through model, from this side. */
    private FieldMeta<?, ?> ownerFk() {
        return fromTarget ? relation.targetField() : relation.sourceField();
    }

    /** The other side's foreign key on the through model. */
    private FieldMeta<?, ?> otherFk() {
        return fromTarget ? relation.sourceField() : relation.targetField();
    }

    private boolean mirrored() {
        return relation.symmetrical() && !fromTarget;
    }

    private QuerySet<? extends Model> throughRows() {
        return on(Manager.of(relation.throughType()).all());
    }

    /** Links are read and written where the owner's writes go, so a link just added is seen at once. */
    private <X extends Model> QuerySet<X> on(QuerySet<X> qs) {
        String db = Routing.write(owner.getClass(), owner);
        return db == null ? qs : qs.using(db);
    }

    private String database() {
        String db = Routing.write(owner.getClass(), owner);
        return db != null ? db : Aksara.DEFAULT;
    }

    private void atomic(Runnable work) {
        Transaction.using(database()).atomic(work);
    }

    private Object ownerKey() {
        Object key = owner.pk();
        if (key == null) {
            throw new AksaraException("This " + owner.getClass().getSimpleName() + " must be saved before its "
                    + relation.qualifiedName() + (fromTarget ? " (reverse side)" : "") + " links can be used");
        }
        return key;
    }

    private void checkThroughDefaults(Map<String, ?> throughDefaults) {
        Objects.requireNonNull(throughDefaults, "throughDefaults");
        if (throughDefaults.isEmpty()) {
            return;
        }
        ModelMeta<? extends Model> through = relation.through();
        for (String name : throughDefaults.keySet()) {
            FieldMeta<?, ?> f = through.findField(name);
            if (f == null || f.primaryKey() || f.name().equals(ownerFk().name()) || f.name().equals(otherFk().name())) {
                List<String> valid = through.fields().stream()
                        .filter(x -> !x.primaryKey() && x != relation.sourceField() && x != relation.targetField())
                        .map(FieldMeta::name).toList();
                throw new FieldError("throughDefaults of " + relation.qualifiedName() + ": '" + name + "' is not a field "
                        + "the through model " + through.name() + " lets you set; "
                        + (valid.isEmpty() ? "it has no other fields" : "valid: " + String.join(", ", valid)));
            }
        }
        WriteValues check = WriteValues.of(through); // save()'s rules for the values, before any SQL
        throughDefaults.forEach((name, value) -> check.attribute(through.field(name), value));
        check.throwIfInvalid();
    }

    /** The saved instances' keys, in order, without repeats; checked before any SQL. */
    private Set<Object> keysOf(Collection<? extends T> targets) {
        Objects.requireNonNull(targets, "targets");
        ownerKey();
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
        ownerKey();
        FieldMeta<T, ?> pk = ModelRegistry.meta(type()).primaryKey();
        Set<Object> keys = new LinkedHashSet<>();
        for (Object k : raw) {
            if (k == null) {
                throw new AksaraException(relation.qualifiedName() + ": a key cannot be null");
            }
            if (k instanceof Model m) {
                throw new AksaraException(relation.qualifiedName() + " ids: got a " + m.getClass().getSimpleName()
                        + " instance; pass instances to add()/remove(), keys to addIds()/removeIds()");
            }
            keys.add(Values.toColumnValue(pk, k));
        }
        return keys;
    }
}
