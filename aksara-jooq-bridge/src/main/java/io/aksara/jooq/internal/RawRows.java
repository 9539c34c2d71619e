package io.aksara.jooq.internal;

import io.aksara.Aksara;
import io.aksara.Model;
import io.aksara.errors.AksaraException;
import io.aksara.internal.ModelInternals;
import io.aksara.jooq.ModelTable;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps the rows of hand-written SQL ({@code Manager.raw}) to model instances, by column name as
 * Django's RawQuerySet does: a column named like a field's column fills it, fields without a column
 * are deferred (loaded on first access), and any other column becomes an annotation. The primary
 * key must be among the columns, since an instance without it could not be saved or refreshed.
 */
public final class RawRows<T extends Model> implements Statements.RowReader<T> {
    private final ModelMeta<T> meta;
    private final ModelTable table;
    private final String database;
    /** Set from the first row's metadata: for each result column, its field, or null for an annotation. */
    private FieldMeta<T, ?>[] byColumn;
    private String[] labels;
    private Set<String> deferred;

    public RawRows(ModelMeta<T> meta, ModelTable table, String database) {
        this.meta = meta;
        this.table = table;
        this.database = database == null ? Aksara.DEFAULT : database;
    }

    @Override
    public T read(ResultSet rs) throws SQLException {
        if (byColumn == null) {
            columns(rs.getMetaData());
        }
        T instance = meta.newInstance();
        Map<String, Object> extra = new LinkedHashMap<>();
        for (int i = 0; i < byColumn.length; i++) {
            FieldMeta<T, ?> f = byColumn[i];
            if (f != null) {
                f.setColumnValue(instance, table.readers()[meta.fields().indexOf(f)].read(rs, i + 1));
            } else {
                extra.put(labels[i], rs.getObject(i + 1));
            }
        }
        ModelInternals.markPersisted(instance, database);
        if (!deferred.isEmpty()) {
            ModelInternals.setDeferred(instance, deferred);
        }
        if (!extra.isEmpty()) {
            ModelInternals.setAnnotations(instance, extra);
        }
        return instance;
    }

    @SuppressWarnings("unchecked")
    private void columns(ResultSetMetaData md) throws SQLException {
        int n = md.getColumnCount();
        FieldMeta<T, ?>[] fields = new FieldMeta[n];
        String[] names = new String[n];
        Set<String> notRead = new LinkedHashSet<>();
        meta.fields().forEach(f -> notRead.add(f.name()));
        for (int i = 0; i < n; i++) {
            names[i] = md.getColumnLabel(i + 1);
            fields[i] = field(names[i]);
            if (fields[i] != null) {
                notRead.remove(fields[i].name());
            }
        }
        if (notRead.contains(meta.primaryKey().name())) {
            throw new AksaraException("Raw query for " + meta.name() + " must include the primary key column '"
                    + meta.primaryKey().column() + "'; its columns are " + List.of(names));
        }
        labels = names;
        deferred = Set.copyOf(notRead);
        byColumn = fields;
    }

    /** The field whose column has this label (databases differ in the case they report), or null. */
    private FieldMeta<T, ?> field(String label) {
        for (FieldMeta<T, ?> f : meta.fields()) {
            if (f.column().toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
