package io.aksara.jooq.internal;

import io.aksara.Aksara;
import io.aksara.Model;
import io.aksara.internal.ModelInternals;
import io.aksara.jooq.ModelTable;
import io.aksara.jooq.types.ColumnReader;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.query.Annotation;
import io.aksara.query.SelectQuery;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/**
 * Turns rows into model instances: a new instance from the generated factory, then each column
 * through its typed reader into the generated setter. No reflection, no per-row lookups: the
 * arrays are built once per model and dialect.
 */
public final class RowMapper<T extends Model> {
    private final ModelMeta<T> meta;
    private final FieldMeta<T, ?>[] fields;
    private final ColumnReader[] readers;
    private final String database;
    private final Set<String> deferred;
    private final String[] annotationNames;
    private final ColumnReader[] annotationReaders;
    private final RelatedRows related;
    private final int parents;

    /** A mapper for the fields the query reads ({@link SelectQuery#readFields()}), in that order. */
    @SuppressWarnings("unchecked")
    public RowMapper(SelectQuery<T> query, ModelTable table, String database) {
        this.meta = query.model();
        List<? extends FieldMeta<?, ?>> read = query.readFields();
        this.fields = read.toArray(FieldMeta[]::new);
        this.readers = new ColumnReader[fields.length];
        ColumnReader[] all = table.readers();
        for (int i = 0; i < fields.length; i++) {
            readers[i] = all[meta.fields().indexOf(fields[i])];
        }
        this.database = database == null ? Aksara.DEFAULT : database;
        Set<String> notRead = new LinkedHashSet<>();
        for (FieldMeta<T, ?> f : meta.fields()) {
            if (!read.contains(f)) {
                notRead.add(f.name());
            }
        }
        this.deferred = Set.copyOf(notRead);
        List<Annotation> annotations = query.selectedAnnotations();
        this.annotationNames = new String[annotations.size()];
        this.annotationReaders = new ColumnReader[annotations.size()];
        for (int i = 0; i < annotationNames.length; i++) {
            annotationNames[i] = annotations.get(i).name();
            annotationReaders[i] = ResultReaders.of(annotations.get(i).expr(), table.dialect());
        }
        this.parents = query.isCombined() ? 0 : ParentRows.count(meta);
        this.related = query.isCombined() ? null
                : RelatedRows.of(ParentRows.withParents(query), table.dialect(), fields.length + annotationNames.length + 1);
    }

    /** Maps the current row; columns are read in the model's field order, starting at index 1. */
    public T map(ResultSet rs) throws SQLException {
        T instance = meta.newInstance();
        for (int i = 0; i < fields.length; i++) {
            fields[i].setColumnValue(instance, readers[i].read(rs, i + 1));
        }
        ModelInternals.markPersisted(instance, database);
        if (!deferred.isEmpty()) {
            ModelInternals.setDeferred(instance, deferred);
        }
        if (annotationNames.length > 0) { // the annotations follow the fields, in order
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < annotationNames.length; i++) {
                values.put(annotationNames[i], annotationReaders[i].read(rs, fields.length + i + 1));
            }
            ModelInternals.setAnnotations(instance, values);
        }
        if (related != null) { // the parents and selectRelated targets follow the annotations
            Model[] loaded = related.map(rs, instance, database);
            if (parents > 0) {
                ParentRows.copy(instance, loaded, parents);
            }
        }
        return instance;
    }
}
