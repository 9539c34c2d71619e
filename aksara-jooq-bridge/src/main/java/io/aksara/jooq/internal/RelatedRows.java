package io.aksara.jooq.internal;

import io.aksara.Model;
import io.aksara.internal.ModelInternals;
import io.aksara.internal.RefInternals;
import io.aksara.jooq.ModelTable;
import io.aksara.jooq.types.ColumnReader;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.query.ColumnPath;
import io.aksara.query.Hop;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jooq.Field;
import org.jooq.SQLDialect;

/**
 * The {@code selectRelated} part of a row: the columns of each joined to-one target, after the
 * model's own columns, and the instances built from them. A target whose key column is NULL (a
 * nullable key, or a dangling one) is left unloaded. Built once per query: per row there are only
 * array reads and generated setters.
 */
final class RelatedRows {
    /**
     * One joined target: its parent (-1 for the row's own instance), the key it fills, and its
     * columns; {@code pkIndex} is its (first) key column, NULL when there is no target row.
     */
    private record Target(int parent, FieldMeta<?, ?> foreignKey, ModelMeta<?> meta, FieldMeta<?, ?>[] fields,
            ColumnReader[] readers, int pkIndex) {}

    private final Target[] targets;
    private final int firstColumn;

    private RelatedRows(Target[] targets, int firstColumn) {
        this.targets = targets;
        this.firstColumn = firstColumn;
    }

    /** The select-list columns of every chain, in the order {@link #map} reads them. */
    static List<Field<?>> columns(List<List<Hop>> chains, Function<ColumnPath, Field<?>> column) {
        List<Field<?>> out = new ArrayList<>();
        for (List<Hop> chain : chains) {
            for (FieldMeta<?, ?> f : chain.getLast().to().fields()) {
                out.add(column.apply(new ColumnPath(chain, f, List.of())));
            }
        }
        return out;
    }

    /** A reader for these chains whose columns start at 1-based {@code firstColumn}; null when there are none. */
    static RelatedRows of(List<List<Hop>> chains, SQLDialect dialect, int firstColumn) {
        if (chains.isEmpty()) {
            return null;
        }
        Target[] targets = new Target[chains.size()];
        for (int i = 0; i < targets.length; i++) {
            List<Hop> chain = chains.get(i);
            ModelMeta<?> meta = chain.getLast().to();
            FieldMeta<?, ?>[] fields = meta.fields().toArray(FieldMeta[]::new);
            int parent = chain.size() == 1 ? -1 : chains.indexOf(chain.subList(0, chain.size() - 1));
            targets[i] = new Target(parent, chain.getLast().foreignKey(), meta, fields,
                    ModelTable.of(meta, dialect).readers(), meta.fields().indexOf(meta.primaryKeyFields().getFirst()));
        }
        return new RelatedRows(targets, firstColumn);
    }

    /** Fills the row's targets in and returns them, in chain order (null where a target was not loaded). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Model[] map(ResultSet rs, Model root, String database) throws SQLException {
        Model[] loaded = new Model[targets.length];
        int column = firstColumn;
        for (int i = 0; i < targets.length; i++) {
            Target t = targets[i];
            Model parent = t.parent < 0 ? root : loaded[t.parent];
            int start = column;
            column += t.fields.length;
            if (parent == null) {
                continue;
            }
            Object key = t.readers[t.pkIndex].read(rs, start + t.pkIndex);
            if (key == null) {
                continue;
            }
            Model target = t.meta.newInstance();
            for (int f = 0; f < t.fields.length; f++) {
                ((FieldMeta) t.fields[f]).setColumnValue(target, t.readers[f].read(rs, start + f));
            }
            ModelInternals.markPersisted(target, database);
            loaded[i] = target;
            ((FieldMeta) t.foreignKey).setUnchecked(parent,
                    RefInternals.loaded((Class) t.meta.type(), target, parent, t.foreignKey));
        }
        return loaded;
    }
}
