package io.aksara.internal;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.QuerySet;
import io.aksara.Ref;
import io.aksara.errors.AksaraException;
import io.aksara.errors.DoesNotExist;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelRegistry;
import java.util.List;

/**
 * The reverse side of a one-to-one ({@code user.profile()}): the one row whose key points to the
 * owner, loaded once and kept on the owner (or already there from {@code prefetchRelated}).
 */
public final class ReverseOneToOne {
    private ReverseOneToOne() {}

    public static <R extends Model> R get(Model owner, Class<R> type, String fieldName) {
        FieldMeta<R, ?> fk = ModelRegistry.meta(type).field(fieldName);
        if (!fk.isRelation() || !ModelRegistry.accepts(fk.relatedModel(), owner.getClass())) {
            throw new AksaraException(type.getSimpleName() + "." + fieldName + " is not a one-to-one field pointing to "
                    + owner.getClass().getSimpleName());
        }
        String name = ModelRegistry.reverseName(fk);
        RelationState state = ModelInternals.relations(owner);
        Object cached = state.loaded(name);
        if (cached == null) {
            if (owner.pk() == null) {
                // as Django: an unsaved instance has no related row, and finding that out needs no query
                throw new DoesNotExist(type, "this " + owner.getClass().getSimpleName() + " is not saved, so no "
                        + type.getSimpleName() + " points to it (" + fk.qualifiedName() + ")");
            }
            Strictness.check(owner, owner.getClass().getSimpleName(), name, "prefetchRelated(\"" + name + "\")");
            QuerySet<R> qs = Manager.of(type).filter(fk.name(), owner.pk());
            String database = Routing.read(type, owner);
            List<R> rows = (database == null ? qs : qs.using(database)).limit(2).fetch();
            cached = rows.isEmpty() ? RelationState.ABSENT : rows.getFirst();
            if (cached != RelationState.ABSENT) { // a miss is not kept: the row may be created later
                state.load(name, cached);
                pointBack(fk, rows.getFirst(), owner);
            }
        }
        if (cached == RelationState.ABSENT) {
            throw new DoesNotExist(type, owner.getClass().getSimpleName() + " pk=" + owner.pk()
                    + " has no " + type.getSimpleName() + " (" + fk.qualifiedName() + ")");
        }
        return type.cast(cached);
    }

    /**
     * As Django caches both sides: the row found for {@code owner.profile()} gets {@code owner} as
     * the target of its key, so {@code profile.user.get()} needs no query.
     */
    private static <R extends Model> void pointBack(FieldMeta<R, ?> fk, R row, Model owner) {
        if (fk.getUnchecked(row) instanceof Ref<?> ref && !ref.isLoaded()) {
            resolve(ref, owner);
        }
    }

    @SuppressWarnings("unchecked")
    private static <X extends Model> void resolve(Ref<X> ref, Model target) {
        RefInternals.resolve(ref, (X) target);
    }

    /**
     * The other direction: after {@code profile.user.get()} loaded the user, {@code user.profile()}
     * is {@code profile} without a query. Only for a one-to-one key.
     */
    public static void rememberOn(Model target, FieldMeta<?, ?> oneToOne, Model owner) {
        if (oneToOne.oneToOne()) {
            ModelInternals.relations(target).load(ModelRegistry.reverseName(oneToOne), owner);
        }
    }
}
