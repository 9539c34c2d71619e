package io.aksara.routing;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.QuerySet;
import io.aksara.Transaction;
import io.aksara.errors.AksaraException;
import io.aksara.errors.ShardMoveIncomplete;
import io.aksara.fields.OnDelete;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Moves rows of a sharded model from one shard to another without losing or doubling any, as
 * far as two databases without a two-phase commit allow:
 * <ol>
 *   <li>an atomic block on the source shard locks the rows ({@code SELECT ... FOR UPDATE}: no
 *       one changes them meanwhile) and deletes them;</li>
 *   <li>inside it, an atomic block on the target inserts copies with the same primary keys and
 *       commits;</li>
 *   <li>then the source block commits the deletion.</li>
 * </ol>
 * A failure in 1 or 2 rolls both back: the rows are on the source only. A failure of the source's
 * commit after the target committed (3) would leave the rows on both shards; then the copies are
 * deleted from the target again, and only if that fails too does the move report the keys that
 * are on both shards ({@link ShardMoveIncomplete}). A row is never deleted from the source before its copy
 * is committed, so none is lost. Primary keys must be unique across shards (UUIDs, or keys from
 * one sequence), or a copy can collide with a row already on the target.
 */
final class ShardMove {
    private ShardMove() {}

    static <T extends Model> long move(QuerySet<T> rows, String from, String to) {
        if (from.equals(to)) {
            throw new AksaraException("move(): the source and target shard are both '" + from + "'");
        }
        if (rows.query().isSliced()) {
            throw new AksaraException("move() takes an unsliced QuerySet of " + rows.meta().name());
        }
        ModelMeta<T> meta = rows.meta();
        requireNoDeletionRules(meta);
        Manager<T> manager = Manager.of(meta.type());
        AtomicBoolean copied = new AtomicBoolean();
        List<Object> keys = new ArrayList<>();
        try {
            return Transaction.using(from).atomic(() -> {
                List<T> moving = rows.using(from).selectForUpdate().fetch();
                if (moving.isEmpty()) {
                    return 0L;
                }
                moving.forEach(m -> keys.add(meta.primaryKey().columnValueUnchecked(m)));
                manager.using(from).filter("pk__in", keys).delete();
                Transaction.using(to).atomic(() -> manager.using(to).bulkCreate(moving));
                copied.set(true);
                return (long) moving.size();
            });
        } catch (RuntimeException failure) {
            if (copied.get()) {
                undoCopies(manager, meta, to, from, keys, failure);
            }
            throw failure;
        }
    }

    /**
     * The deletion on the source must remove the moved rows and nothing else, so no foreign key
     * to the model may carry a rule Aksara applies on deletion (a CASCADE would delete dependents
     * that are not moved). With DO_NOTHING the database's own constraint refuses the deletion of a
     * row that still has dependents, and the move rolls back.
     */
    private static void requireNoDeletionRules(ModelMeta<?> meta) {
        List<String> acting = ModelRegistry.reverseRelations(meta).stream()
                .filter(f -> f.onDelete() != null && f.onDelete() != OnDelete.DO_NOTHING)
                .map(f -> f.qualifiedName() + " (" + f.onDelete() + ")").toList();
        if (!acting.isEmpty()) {
            throw new AksaraException("move() cannot move " + meta.name() + " rows: deleting them on the source shard would apply "
                    + acting + " to rows that are not moved; move the dependent rows' model with its own key, and make those"
                    + " foreign keys DO_NOTHING");
        }
    }

    private static <T extends Model> void undoCopies(Manager<T> manager, ModelMeta<T> meta, String to, String from,
            List<Object> keys, RuntimeException failure) {
        try {
            manager.using(to).filter("pk__in", keys).delete();
        } catch (RuntimeException undo) {
            ShardMoveIncomplete incomplete = new ShardMoveIncomplete("Moving " + keys.size() + " " + meta.name() + " rows from shard '" + from
                    + "' to '" + to + "' failed after the copies were committed on '" + to + "', and deleting the copies failed"
                    + " too: these primary keys are on both shards until one copy is deleted: " + keys, failure);
            incomplete.addSuppressed(undo);
            throw incomplete;
        }
    }
}
