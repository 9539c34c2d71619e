package io.aksara.internal;

import io.aksara.Model;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.query.SelectQuery;
import io.aksara.spi.Backend;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code @DbDefault} fields of an insert: those left null are filled by the database (the
 * INSERT leaves their columns out), and read back afterwards so the instance holds what the
 * row holds, as Django refreshes a {@code db_default} after saving. One SELECT by key, only when
 * such a field was left unset; a model without {@code @DbDefault} fields pays nothing.
 */
final class DatabaseDefaults {
    private DatabaseDefaults() {}

    /**
     * The fields the database fills on this insert: a {@code @DbDefault} field the instance left
     * null, and every {@code @GeneratedField}.
     */
    static <M extends Model> List<FieldMeta<M, ?>> unset(ModelMeta<M> meta, M instance) {
        List<FieldMeta<M, ?>> out = null;
        List<FieldMeta<M, ?>> fields = meta.fields();
        for (int i = 0; i < fields.size(); i++) { // by index: no iterator on the common path
            FieldMeta<M, ?> f = fields.get(i);
            if (f.isGeneratedColumn() || f.dbDefault() != null && f.get(instance) == null) {
                out = out == null ? new ArrayList<>() : out;
                out.add(f);
            }
        }
        return out == null ? List.of() : out;
    }

    /** Reads the values the database gave these fields into the instance, just inserted. */
    static <M extends Model> void reread(Backend backend, ModelMeta<M> meta, M instance, List<FieldMeta<M, ?>> fields) {
        if (fields.isEmpty()) {
            return;
        }
        Object key = CompositeKeys.valueOf(meta, instance);
        List<M> rows = backend.fetch(SelectQuery.of(meta).withWhere(CompositeKeys.matching(meta, key)));
        if (!rows.isEmpty()) {
            for (FieldMeta<M, ?> f : fields) {
                copy(f, rows.getFirst(), instance);
            }
        }
    }

    private static <M extends Model, V> void copy(FieldMeta<M, V> f, M from, M to) {
        f.set(to, f.get(from));
    }
}
