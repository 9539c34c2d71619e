package io.aksara.internal.deletion;

import io.aksara.CompositeKey;
import io.aksara.Model;
import io.aksara.internal.CompositeKeys;
import io.aksara.lookup.Lookup;
import io.aksara.lookup.Lookups;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.query.ColumnPath;
import io.aksara.query.Expr;
import io.aksara.query.Filter;
import io.aksara.query.SelectQuery;
import io.aksara.spi.Backend;
import java.util.ArrayList;
import java.util.List;

/**
 * Keys in chunks, {@code IN} filters over them, and key-only reads: the pieces every statement of
 * a deletion is built from. Only primary keys are read, never whole rows.
 */
final class KeyQueries {
    /**
     * Keys per {@code IN (...)} list: far below every database's limit on bound values, and small
     * enough that a statement stays cheap to plan.
     */
    static final int CHUNK_SIZE = 500;

    private KeyQueries() {}

    /** The items cut into lists of at most {@link #CHUNK_SIZE}. */
    static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < items.size(); from += CHUNK_SIZE) {
            out.add(List.copyOf(items.subList(from, Math.min(items.size(), from + CHUNK_SIZE))));
        }
        return out;
    }

    /** {@code field IN (keys)}, the keys converted for the field's column. */
    static Filter in(FieldMeta<?, ?> field, List<Object> keys) {
        if (field.compositeRelation()) {
            return pointingAt(field, keys);
        }
        Lookup in = Lookups.find(field, "in");
        return new Filter.Match(field, in, in.prepare(field, keys));
    }

    /** A foreign key to a composite key pointing at any of {@code keys}: per key, each column equals its part. */
    private static Filter pointingAt(FieldMeta<?, ?> fk, List<Object> keys) {
        List<? extends FieldMeta<?, ?>> columns = fk.model().columnsOf(fk);
        List<Filter> any = new ArrayList<>();
        for (Object key : keys) {
            CompositeKey k = (CompositeKey) key;
            List<Filter> parts = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                FieldMeta<?, ?> c = columns.get(i);
                parts.add(new Filter.Match(ColumnPath.of(c), Lookups.find(c, "exact"), k.get(i)));
            }
            any.add(new Filter.And(parts));
        }
        return any.size() == 1 ? any.getFirst() : new Filter.Or(any);
    }

    /** The rows with these primary keys: {@code pk IN (keys)}, or per key every column of a composite key. */
    static Filter byKeys(ModelMeta<?> model, List<Object> keys) {
        if (!model.hasCompositeKey()) {
            return in(model.primaryKey(), keys);
        }
        List<Filter> any = new ArrayList<>();
        for (Object key : keys) {
            any.add(CompositeKeys.matching(model, key));
        }
        return any.size() == 1 ? any.getFirst() : new Filter.Or(any);
    }

    /** The rows of a model that match a filter. */
    static <M extends Model> SelectQuery<M> rows(ModelMeta<M> meta, Filter where) {
        return SelectQuery.of(meta).withWhere(where);
    }

    /** The primary keys of the rows the query matches, one SELECT. */
    static List<Object> keys(Backend backend, SelectQuery<?> query) {
        List<Expr> columns = new ArrayList<>();
        for (FieldMeta<?, ?> f : query.model().primaryKeyFields()) {
            columns.add(new Expr.Column(ColumnPath.of(f)));
        }
        List<Object> out = new ArrayList<>();
        for (Object[] row : backend.fetchValues(query, columns)) {
            out.add(row.length == 1 ? row[0] : new CompositeKey(List.of(row)));
        }
        return out;
    }

    /** The keys of the rows of {@code field}'s model that point to any of {@code targets}, a SELECT per chunk. */
    static List<Object> pointingTo(Backend backend, FieldMeta<?, ?> field, List<Object> targets) {
        List<Object> out = new ArrayList<>();
        for (List<Object> chunk : chunks(targets)) {
            out.addAll(keys(backend, rows(field.model(), in(field, chunk))));
        }
        return out;
    }
}
