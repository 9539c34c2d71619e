package io.aksara.jooq.internal;

import io.aksara.Aksara;
import io.aksara.Model;
import io.aksara.internal.ModelInternals;
import io.aksara.jooq.ModelTable;
import io.aksara.jooq.types.ColumnReader;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRowReader;
import io.aksara.meta.RowShape;
import io.aksara.query.Annotation;
import io.aksara.query.SelectQuery;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/**
 * Turns rows into model instances: a new instance from the generated factory, then each column
 * by its index into the generated setter ({@link RowColumns}: a primitive field straight from the
 * typed getter, unboxed; any other through its column reader and kind). No reflection, no per-row
 * lookups: the columns are chosen once per query shape (the plan cache keeps the mapper). A query
 * that reads exactly the model's fields, in order, of a model with a generated row reader reads
 * them through it instead ({@link GeneratedRows}): the same choices, one call site per column.
 */
public final class RowMapper<T extends Model> implements Statements.RowReader<T> {
    private final ModelMeta<T> meta;
    private final int fieldCount;
    private final RowColumns.RowColumn<T>[] columns;
    private final ModelRowReader<T> rowReader;
    private final RowShape<T> shape;
    private final String database;
    private final Set<String> deferred;
    private final String[] annotationNames;
    private final ColumnReader[] annotationReaders;
    private final RelatedRows related;
    private final int parents;
    /**
     * Rows of the last result read through this mapper (its plan's query, any bind values), to
     * size the next result list: a result list grown from 10 slots copies itself six times on its
     * way to 100 rows. Plain and written only when it changes, so threads running the same query
     * read it without sharing a written cache line; a stale value only makes a guess worse.
     */
    private int lastRows;

    /** A mapper for the fields the query reads ({@link SelectQuery#readFields()}), in that order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public RowMapper(SelectQuery<T> query, ModelTable table, String database) {
        this.meta = query.model();
        List<? extends FieldMeta<?, ?>> read = query.readFields();
        FieldMeta<T, ?>[] fields = read.toArray(FieldMeta[]::new);
        this.fieldCount = fields.length;
        ColumnReader[] all = table.readers();
        this.parents = query.isCombined() ? 0 : ParentRows.count(meta);
        this.shape = GeneratedRows.of(meta, read, all, parents);
        this.rowReader = shape == null ? null : meta.rowReader();
        this.columns = new RowColumns.RowColumn[shape == null ? fields.length : 0];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = RowColumns.of(fields[i], all[meta.fields().indexOf(fields[i])]);
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
        this.related = query.isCombined() ? null
                : RelatedRows.of(ParentRows.withParents(query), table.dialect(), fieldCount + annotationNames.length + 1);
    }

    /** The size to give the next result list: {@code hint} (0: none) or the last result's rows, up to 1,024. */
    public int expectedRows(int hint) {
        return Math.max(hint, Math.min(lastRows, 1024));
    }

    /**
     * Records a result's row count for {@link #expectedRows}, and returns the result, its list
     * sized for {@code expectedRows}, {@link #fitted} to it.
     */
    public <R> List<R> rowsRead(List<R> result, int expectedRows) {
        int rows = result.size();
        if (rows != lastRows) {
            lastRows = rows;
        }
        return fitted(result, expectedRows);
    }

    /**
     * The result of a list sized for {@code expectedRows} (as {@link #expectedRows} or a query's
     * limit guess it): trimmed when the guess was far above the rows, so the result does not keep
     * the guess's empty slots.
     */
    public static <R> List<R> fitted(List<R> result, int expectedRows) {
        if (expectedRows > 64 && result.size() < expectedRows / 4 && result instanceof ArrayList<R> list) {
            list.trimToSize();
        }
        return result;
    }

    /** As {@link #map}: the mapper is the statement's row reader itself, so a query makes no reader object. */
    @Override
    public T read(ResultSet rs) throws SQLException {
        return map(rs);
    }

    /** Maps the current row; columns are read in the model's field order, starting at index 1. */
    public T map(ResultSet rs) throws SQLException {
        T instance = meta.newInstance();
        if (rowReader != null) {
            rowReader.read(rs, instance, shape); // every field, straight-line: one call site per column
        } else {
            RowColumns.RowColumn<T>[] cs = columns;
            for (int i = 0; i < cs.length; i++) {
                cs[i].read(rs, i + 1, instance);
            }
        }
        ModelInternals.markPersisted(instance, database);
        if (!deferred.isEmpty()) {
            ModelInternals.setDeferred(instance, deferred);
        }
        if (annotationNames.length > 0) { // the annotations follow the fields, in order
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < annotationNames.length; i++) {
                values.put(annotationNames[i], annotationReaders[i].read(rs, fieldCount + i + 1));
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
