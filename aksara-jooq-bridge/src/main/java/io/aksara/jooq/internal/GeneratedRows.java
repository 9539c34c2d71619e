package io.aksara.jooq.internal;

import io.aksara.Model;
import io.aksara.jooq.types.ColumnReader;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRowReader;
import io.aksara.meta.RowShape;
import java.util.List;

/**
 * The {@link RowShape} for a model's generated row reader ({@link ModelRowReader}), made once per
 * query shape: each column's reader, whether the typed getter of its field's Java type reads it
 * as the reader would ({@link RowColumns#typedGetter}, {@link ObjectColumns#typedGetter}) and
 * whether the value read is stored as it is ({@link ObjectColumns#keepsValue}). The choices are
 * those {@link RowColumns#of} makes column by column, so a row comes out the same either way; the
 * generated code only gives each column its own call site.
 */
final class GeneratedRows {
    private GeneratedRows() {}

    /**
     * The shape, or null when the query does not read exactly the model's fields in order (a
     * deferred or {@code only()} query), the model has no generated reader (compiled by an older
     * aksara-codegen, described by hand) or reads parent rows of a multi-table child.
     */
    static <T extends Model> RowShape<T> of(ModelMeta<T> meta, List<? extends FieldMeta<?, ?>> read, ColumnReader[] readers,
            int parents) {
        List<FieldMeta<T, ?>> fields = meta.fields();
        if (meta.rowReader() == null || parents > 0 || !read.equals(fields)
                || fields.size() != meta.declaredFields().size() || readers.length != fields.size()) {
            return null;
        }
        boolean[] typed = new boolean[fields.size()];
        boolean[] plain = new boolean[fields.size()];
        for (int k = 0; k < typed.length; k++) {
            FieldMeta<T, ?> f = fields.get(k);
            typed[k] = RowColumns.typedGetter(f) || ObjectColumns.typedGetter(f);
            plain[k] = ObjectColumns.keepsValue(f);
        }
        return new RowShape<>(fields, readers, typed, plain);
    }
}
