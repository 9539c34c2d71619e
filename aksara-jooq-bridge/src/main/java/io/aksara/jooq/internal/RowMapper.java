package io.aksara.jooq.internal;

import io.aksara.Aksara;
import io.aksara.Model;
import io.aksara.internal.ModelInternals;
import io.aksara.jooq.ModelTable;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Turns rows into model instances: a new instance from the generated factory, then each column
 * through its typed reader into the generated setter. No reflection, no per-row lookups: the
 * arrays are built once per model and dialect.
 */
public final class RowMapper<T extends Model> {
    private final ModelMeta<T> meta;
    private final FieldMeta<T, ?>[] fields;
    private final JdbcValues.ColumnReader[] readers;
    private final String database;

    @SuppressWarnings("unchecked")
    public RowMapper(ModelMeta<T> meta, ModelTable table, String database) {
        this.meta = meta;
        this.fields = meta.fields().toArray(FieldMeta[]::new);
        this.readers = table.readers();
        this.database = database == null ? Aksara.DEFAULT : database;
    }

    /** Maps the current row; columns are read in the model's field order, starting at index 1. */
    public T map(ResultSet rs) throws SQLException {
        T instance = meta.newInstance();
        for (int i = 0; i < fields.length; i++) {
            fields[i].setColumnValue(instance, readers[i].read(rs, i + 1));
        }
        ModelInternals.markPersisted(instance, database);
        return instance;
    }
}
