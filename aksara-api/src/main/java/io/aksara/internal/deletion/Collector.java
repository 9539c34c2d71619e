package io.aksara.internal.deletion;

import io.aksara.Lifecycle;
import io.aksara.errors.DeletionBlock;
import io.aksara.errors.ProtectedError;
import io.aksara.errors.RestrictedError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.spi.Backend;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds everything a delete touches, level by level, reading only primary keys, and refuses
 * (PROTECT, RESTRICT) before anything is written. Each model's rows are visited once per key, so
 * self-references and cycles end. The result is a {@link DeletionPlan}.
 *
 * <pre>{@code
 * long rows = new Collector(backend).collect(authorMeta, List.of(7L)).execute(backend);
 * }</pre>
 */
final class Collector {
    private final Backend backend;
    private final DeletionPlan plan = new DeletionPlan();
    private final Deque<Batch> work = new ArrayDeque<>();
    /** RESTRICT foreign key → the keys of its rows that point to deleted rows, and the model they point to. */
    private final Map<FieldMeta<?, ?>, Restriction> restrictions = new LinkedHashMap<>();

    /** Rows of a model reached at one level whose own dependants are still to be found. */
    private record Batch(ModelMeta<?> model, List<Object> keys, int depth) {}

    private record Restriction(ModelMeta<?> deleted, Set<Object> keys) {}

    Collector(Backend backend) {
        this.backend = backend;
    }

    /**
     * Collects the rows with these keys and everything that depends on them.
     *
     * @throws ProtectedError  when a PROTECT foreign key points to a row to delete
     * @throws RestrictedError when a RESTRICT foreign key points to a row to delete from a row that is kept
     */
    DeletionPlan collect(ModelMeta<?> model, List<Object> keys) {
        plan.root(model);
        add(model, keys, 0);
        while (!work.isEmpty()) {
            visit(work.poll());
        }
        checkRestrictions();
        return plan;
    }

    private void add(ModelMeta<?> model, List<Object> keys, int depth) {
        List<Object> fresh = plan.addDeleted(model, keys, depth);
        if (!fresh.isEmpty()) {
            work.add(new Batch(model, fresh, depth));
        }
    }

    private void visit(Batch batch) {
        List<DeletionBlock> protectedRows = new ArrayList<>();
        for (FieldMeta<?, ?> fk : Relations.acting(batch.model())) {
            switch (fk.onDelete()) {
                case CASCADE -> cascade(fk, batch);
                case PROTECT -> {
                    List<Object> pointing = KeyQueries.pointingTo(backend, fk, batch.keys());
                    if (!pointing.isEmpty()) {
                        protectedRows.add(Blocks.of(backend, batch.model(), fk, pointing));
                    }
                }
                case RESTRICT -> {
                    List<Object> pointing = KeyQueries.pointingTo(backend, fk, batch.keys());
                    if (!pointing.isEmpty()) {
                        restrictions.computeIfAbsent(fk, f -> new Restriction(batch.model(), new LinkedHashSet<>()))
                                .keys().addAll(pointing);
                    }
                }
                case SET_NULL, SET_DEFAULT, SET -> plan.update(fk, Replacement.valueFor(fk), batch.keys());
                case DO_NOTHING -> { } // Relations.acting leaves these out
            }
        }
        if (!protectedRows.isEmpty()) {
            throw new ProtectedError(protectedRows);
        }
    }

    private void cascade(FieldMeta<?, ?> fk, Batch batch) {
        // rows someone listens for are read, so each deleted one can be announced (as Django does)
        if (Relations.canFastDelete(fk.model()) && !Lifecycle.hasDeleteListeners(fk.model().type())) {
            plan.fastDelete(fk, batch.keys());
        } else {
            add(fk.model(), KeyQueries.pointingTo(backend, fk, batch.keys()), batch.depth() + 1);
        }
    }

    /** RESTRICT allows the delete only where the pointing rows are deleted too, by a cascade. */
    private void checkRestrictions() {
        List<DeletionBlock> blocks = new ArrayList<>();
        restrictions.forEach((fk, r) -> {
            List<Object> kept = r.keys().stream().filter(k -> !plan.isDeleted(fk.model(), k)).toList();
            if (!kept.isEmpty()) {
                blocks.add(Blocks.of(backend, r.deleted(), fk, kept));
            }
        });
        if (!blocks.isEmpty()) {
            throw new RestrictedError(blocks);
        }
    }
}
