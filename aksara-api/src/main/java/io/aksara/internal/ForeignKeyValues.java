package io.aksara.internal;

import io.aksara.CompositeKey;
import io.aksara.Model;
import io.aksara.QuerySet;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the keys that some foreign keys hold, straight from the rows of a QuerySet: one column
 * each, or for a foreign key to a composite key its columns read together into a
 * {@link CompositeKey}, which is what the target's {@code pk()} is. Link rows of a many-to-many
 * relation are read this way, so they need not be loaded as models.
 */
public final class ForeignKeyValues {
    private ForeignKeyValues() {}

    /**
     * One list per row, with the key of each foreign key in the order given.
     *
     * <pre>{@code
     * ForeignKeyValues.read(links, through, source, target);   // [[CompositeKey[A, 1], 7], ...]
     * }</pre>
     */
    public static List<List<Object>> read(QuerySet<? extends Model> rows, ModelMeta<? extends Model> model,
            FieldMeta<?, ?>... foreignKeys) {
        List<String> columns = new ArrayList<>();
        int[] widths = new int[foreignKeys.length];
        for (int i = 0; i < foreignKeys.length; i++) {
            List<? extends FieldMeta<?, ?>> parts = model.columnsOf(foreignKeys[i]);
            widths[i] = foreignKeys[i].compositeRelation() ? parts.size() : 0; // 0: a plain value, not a CompositeKey
            parts.forEach(p -> columns.add(p.name()));
        }
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> row : rows.valuesList(columns.toArray(String[]::new)).fetch()) {
            List<Object> keys = new ArrayList<>(foreignKeys.length);
            int at = 0;
            for (int width : widths) {
                if (width == 0) {
                    keys.add(row.get(at++));
                } else {
                    List<Object> parts = row.subList(at, at + width);
                    keys.add(parts.contains(null) ? null : new CompositeKey(new ArrayList<>(parts)));
                    at += width;
                }
            }
            out.add(keys);
        }
        return out;
    }
}
