package io.aksara.internal;

import io.aksara.Aksara;
import io.aksara.Lifecycle;
import io.aksara.Model;
import io.aksara.Transaction;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.spi.Backend;
import java.util.ArrayList;
import java.util.List;

/**
 * Saving a multi-table child ({@code Restaurant extends Place}): one row per model of the chain,
 * the farthest parent first, all in one transaction. A parent's INSERT gives the key the child's
 * rows then carry in their parent links (the link reads the same Java field, {@code id}); a child
 * whose parent was just inserted is inserted without trying an UPDATE first.
 */
final class MultiTableRows {
    private MultiTableRows() {}

    /** The model and its parents, the root (the model with no concrete parent) first. */
    static List<ModelMeta<?>> levels(ModelMeta<?> model) {
        List<ModelMeta<?>> out = new ArrayList<>();
        for (ModelMeta<?> m = model; m != null; m = m.parentMeta()) {
            out.addFirst(m);
        }
        return out;
    }

    /** The root model of the chain: the one that owns the key. */
    static ModelMeta<?> root(ModelMeta<?> model) {
        return levels(model).getFirst();
    }

    static <M extends Model> void save(ModelMeta<M> meta, M instance, String using) {
        save(meta, instance, using, false);
    }

    /** As {@link #save}, inserting every row (Django's {@code force_insert}): {@code create()} of a child. */
    static <M extends Model> void insert(ModelMeta<M> meta, M instance, String using) {
        save(meta, instance, using, true);
    }

    private static <M extends Model> void save(ModelMeta<M> meta, M instance, String using, boolean forceInsert) {
        String database = Routing.forWrite(using, meta.type());
        boolean adding = forceInsert || !ModelInternals.isPersisted(instance);
        Lifecycle.preSave(instance, adding);
        boolean inserted = Transaction.atomic(() -> {
            boolean parentInserted = forceInsert;
            for (ModelMeta<?> level : levels(meta)) {
                parentInserted = saveRow(level, instance, database, adding, parentInserted);
            }
            return parentInserted;
        });
        ModelInternals.markPersisted(instance, database == null ? Aksara.DEFAULT : database);
        Lifecycle.postSave(instance, inserted);
    }

    /** One table's row: automatic values and validation of that model's fields, then UPDATE or INSERT. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean saveRow(ModelMeta level, Model instance, String database, boolean adding, boolean forceInsert) {
        Persistence.applyAutomaticValues(level, instance, adding);
        TenantRows.stamp(level, instance);
        Validator.validate(level, instance);
        Routing.checkRelations(level, instance, database);
        Backend backend = TenantGuard.over(Aksara.backend(database), level);
        FieldMeta pk = level.primaryKey();
        boolean keyGiven = pk.get(instance) != null;
        if (forceInsert || !keyGiven || backend.updateRow(level, instance) == 0) {
            Object generated = backend.insert(level, instance);
            if (generated != null) {
                pk.setColumnValue(instance, generated);
            }
            return true;
        }
        return false;
    }
}
