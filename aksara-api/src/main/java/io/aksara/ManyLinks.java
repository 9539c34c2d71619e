package io.aksara;

import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.internal.ForeignKeyValues;
import io.aksara.internal.Routing;
import io.aksara.internal.WriteValues;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ManyToManyMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.Values;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The link rows behind a {@link Many}: reading the keys linked to the owner, inserting and deleting
 * through rows (both directions for a symmetrical relation), on the owner's write database and in
 * one transaction. The owner must be saved; the values for the through model's other fields are
 * checked before any SQL.
 */
final class ManyLinks {
    private final Model owner;
    private final ManyToManyMeta<?, ?> relation;
    private final boolean fromTarget;

    ManyLinks(Model owner, ManyToManyMeta<?, ?> relation, boolean fromTarget) {
        this.owner = owner;
        this.relation = relation;
        this.fromTarget = fromTarget;
    }

    /** The relation's name on the owner: the field, or the reverse name on the target side. */
    String name() {
        return fromTarget ? relation.reverseName() : relation.name();
    }

    void link(Set<Object> keys, Map<String, ?> throughDefaults) {
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

    void unlink(Set<Object> keys) {
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
    Set<Object> linkedKeys(Object from, Set<Object> among) {
        QuerySet<? extends Model> rows = throughRows().filter(ownerFk().name(), from);
        if (among != null) {
            rows = rows.filter(otherFk().name() + "__in", List.copyOf(among));
        }
        return keysIn(rows, otherFk());
    }

    Set<Object> linkedKeys(Object from) {
        return linkedKeys(from, null);
    }

    /** Of these keys, the ones that already link back to {@code to}. */
    Set<Object> backLinks(Object to, Set<Object> keys) {
        return keysIn(throughRows().filter(ownerFk().name() + "__in", List.copyOf(keys), otherFk().name(), to), ownerFk());
    }

    /** The keys that {@code fk} holds in these link rows (a {@link CompositeKey} for a composite key). */
    Set<Object> keysIn(QuerySet<? extends Model> rows, FieldMeta<?, ?> fk) {
        Set<Object> out = new LinkedHashSet<>();
        ForeignKeyValues.read(rows, relation.through(), fk).forEach(r -> out.add(r.getFirst()));
        return out;
    }

    Model throughRow(Object ownerSide, Object otherSide, Map<String, ?> throughDefaults) {
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
    <X extends Model> void insert(ModelMeta<X> through, List<Model> rows) {
        on(Manager.of(through.type()).all()).bulkCreate((List<X>) (List<?>) rows);
    }

    /** The owner's foreign key on the through model, from this side. */
    FieldMeta<?, ?> ownerFk() {
        return fromTarget ? relation.targetField() : relation.sourceField();
    }

    /** The other side's foreign key on the through model. */
    FieldMeta<?, ?> otherFk() {
        return fromTarget ? relation.sourceField() : relation.targetField();
    }

    boolean mirrored() {
        return relation.symmetrical() && !fromTarget;
    }

    QuerySet<? extends Model> throughRows() {
        return on(Manager.of(relation.throughType()).all());
    }

    /** Links are read and written where the owner's writes go, so a link just added is seen at once. */
    <X extends Model> QuerySet<X> on(QuerySet<X> qs) {
        String db = Routing.write(owner.getClass(), owner);
        return db == null ? qs : qs.using(db);
    }

    String database() {
        String db = Routing.write(owner.getClass(), owner);
        return db != null ? db : Aksara.DEFAULT;
    }

    void atomic(Runnable work) {
        Transaction.using(database()).atomic(work);
    }

    Object ownerKey() {
        Object key = owner.pk();
        if (key == null) {
            throw new AksaraException("This " + owner.getClass().getSimpleName() + " must be saved before its "
                    + relation.qualifiedName() + (fromTarget ? " (reverse side)" : "") + " links can be used");
        }
        return key;
    }

    void checkThroughDefaults(Map<String, ?> throughDefaults) {
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
}
