package io.aksara.jooq.internal;

import io.aksara.Model;
import io.aksara.internal.CompositeKeys;
import io.aksara.jooq.ModelTable;
import io.aksara.jooq.types.ColumnReader;
import io.aksara.jooq.types.SqlTypes;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Field;
import org.jooq.SQLDialect;

/**
 * The columns one bulk write ({@link BulkStatements}) writes, and how to read the values of an
 * instance for them: every field but a key the database generates.
 */
final class BulkRows<T extends Model> {
    final Vendor vendor;
    final SQLDialect dialect;
    final ModelMeta<T> meta;
    final ModelTable table;
    final List<T> instances;
    final FieldMeta<T, ?> pk;
    final boolean keyFromDatabase;
    final List<FieldMeta<T, ?>> written;
    final List<Field<?>> columns;
    final ColumnReader keyReader;

    private BulkRows(Vendor vendor, ModelMeta<T> meta, List<T> instances) {
        this.vendor = vendor;
        this.dialect = vendor.dialect();
        this.meta = meta;
        this.table = ModelTable.of(meta, dialect);
        this.instances = instances;
        // a composite key is always given: its fields are the row's own values
        this.pk = meta.hasCompositeKey() ? null : meta.primaryKey();
        this.keyFromDatabase = pk != null && pk.generated() && pk.get(instances.getFirst()) == null;
        // Backend's contract: the caller (BulkWrites, which groups the instances by key) passes
        // instances that all carry their key or all leave it to the database. Checked only with
        // assertions on (the tests): in production it would read every row's key once more.
        assert pk == null || allKeysAlike(pk, instances, keyFromDatabase)
                : "a bulk write takes instances that all carry their key or all leave it to the database";
        Written shape = Written.of(dialect, meta, table, keyFromDatabase);
        this.written = cast(shape.fields);
        this.columns = shape.columns;
        this.keyReader = pk == null ? null : SqlTypes.of(pk).reader(dialect);
    }

    /** What a bulk write of a model writes: its fields but a key the database makes, and their columns. */
    private record Written(List<FieldMeta<?, ?>> fields, List<Field<?>> columns) {
        private record Key(SQLDialect dialect, ModelMeta<?> meta, boolean keyFromDatabase) {}

        /** Made once per model, dialect and key handling (as {@link InsertBinds}'s cache), not per call. */
        private static final Map<Key, Written> CACHE = new ConcurrentHashMap<>();

        static Written of(SQLDialect dialect, ModelMeta<?> meta, ModelTable table, boolean keyFromDatabase) {
            Key key = new Key(dialect, meta, keyFromDatabase);
            Written written = CACHE.get(key);
            if (written == null) {
                FieldMeta<?, ?> pk = meta.hasCompositeKey() ? null : meta.primaryKey();
                List<FieldMeta<?, ?>> fields = new ArrayList<>();
                List<Field<?>> columns = new ArrayList<>();
                for (FieldMeta<?, ?> f : meta.fields()) {
                    if (!(f == pk && keyFromDatabase) && !f.isGeneratedColumn()) { // the database computes a generated column
                        fields.add(f);
                        columns.add(table.field(f));
                    }
                }
                written = new Written(List.copyOf(fields), List.copyOf(columns));
                CACHE.putIfAbsent(key, written);
            }
            return written;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Model> List<FieldMeta<T, ?>> cast(List<FieldMeta<?, ?>> fields) {
        return (List<FieldMeta<T, ?>>) (List<?>) fields;
    }

    private static <T extends Model> boolean allKeysAlike(FieldMeta<T, ?> pk, List<T> instances, boolean keyFromDatabase) {
        for (T o : instances) {
            if ((pk.generated() && pk.get(o) == null) != keyFromDatabase) {
                return false;
            }
        }
        return true;
    }

    /** The key an instance carries: its key field's value, or a composite key of its key fields. */
    Object keyOf(T o) {
        return CompositeKeys.valueOf(meta, o);
    }

    static <T extends Model> BulkRows<T> of(Vendor vendor, ModelMeta<T> meta, List<T> instances) {
        return new BulkRows<>(vendor, meta, instances);
    }

    List<Field<?>> values(T o) {
        List<Field<?>> out = new ArrayList<>(written.size());
        for (FieldMeta<T, ?> f : written) {
            out.add(BulkJdbc.value(table, f, o, dialect));
        }
        return out;
    }

    /** The MariaDB driver reports only the first id of a multi-row INSERT; RETURNING gives them all. */
    boolean returningKeys() {
        return vendor.bulkKeysByReturning();
    }

    /** How this model's written columns are bound (made once per model, dialect and key handling). */
    InsertBinds binds() {
        return InsertBinds.cached(dialect, meta, keyFromDatabase, written, columns);
    }
}
