package io.aksara.jooq.internal;

import io.aksara.Model;
import io.aksara.internal.ColumnArrays;
import io.aksara.jooq.ModelTable;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.spi.CopiedColumns;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jooq.DataType;
import org.jooq.Query;
import org.jooq.SQLDialect;

/**
 * The values of {@code bulkUpdate}'s JDBC batch ({@link BulkStatements#update}), set on the
 * statement row by row without a jOOQ statement per row: the fields' values read once for all
 * rows (by the model's generated column writer where it has one, as bulkCreate's are; else
 * through each field's getter), then each converted as a bind of its column converts it. Kept
 * per database ({@link UpdatePlans}), model and fields with the statement's text ({@link Plan}), and used only when
 * the values equal what jOOQ extracts from the statements it renders for the same rows (as
 * {@link io.aksara.jooq.internal.plan.InsertTexts} keeps a multi-row INSERT's binding), so a type
 * whose binding jOOQ shapes otherwise keeps the jOOQ path.
 */
final class UpdateBinds {
    /** The written fields, then every key field, in the statement's parameter order. */
    private final FieldMeta<?, ?>[] bound;
    private final DataType<?>[] types;
    private final HeldColumns copier;
    private final SQLDialect dialect;

    private UpdateBinds(ModelMeta<?> meta, List<? extends FieldMeta<?, ?>> bound, ModelTable table, SQLDialect dialect) {
        this.bound = bound.toArray(FieldMeta<?, ?>[]::new);
        this.types = new DataType<?>[this.bound.length];
        Object[] empty = new Object[this.bound.length];
        for (int i = 0; i < this.bound.length; i++) {
            types[i] = table.field(this.bound[i]).getDataType();
            empty[i] = new Object[0]; // every value boxed: the writer fills an Object[] for a primitive field too
        }
        this.copier = new HeldColumns(meta, bound, empty);
        this.dialect = dialect;
    }

    /**
     * The text of the batch's single-row UPDATE, the same for every row and call, and the binds
     * that set its values, or null where jOOQ binds each row ({@link BulkStatements#update}).
     */
    record Plan(String sql, UpdateBinds binds) {}

    /**
     * The plan of this update's {@code fields} on {@code db}, {@code statement} giving a row's
     * jOOQ UPDATE: its text is rendered from the first instance's, and the binds (of the fields,
     * then the key fields) are checked at the first call against the values jOOQ extracts from a
     * row's statement: each column at the first row where it is not NULL (a NULL proves nothing
     * about a conversion). When some column is NULL in every row, this call binds through jOOQ
     * and nothing is kept yet: the next call checks again.
     */
    static <T extends Model> Plan of(BackendContext db, ModelMeta<T> meta, List<FieldMeta<T, ?>> fields, ModelTable table,
            List<T> instances, Function<T, Query> statement) {
        Plan kept = db.updatePlans().get(meta, fields);
        if (kept != null) {
            return kept;
        }
        Query first = statement.apply(instances.getFirst());
        String sql = db.dsl().render(first);
        List<FieldMeta<?, ?>> bound = new ArrayList<>(fields);
        bound.addAll(meta.primaryKeyFields());
        UpdateBinds binds = new UpdateBinds(meta, bound, table, db.dialect());
        Boolean same = binds.sameAsJooq(instances,
                o -> db.dsl().extractBindValues(o == instances.getFirst() ? first : statement.apply(o)));
        if (same == null) {
            return new Plan(sql, null);
        }
        Plan plan = new Plan(sql, same ? binds : null);
        db.updatePlans().keep(meta, fields, plan);
        return plan;
    }

    /** Whether every column binds as jOOQ binds it, each at its first non-NULL row; null: a column is NULL throughout. */
    private <T extends Model> Boolean sameAsJooq(List<T> instances, Function<T, List<Object>> jooqBinds) {
        Object[] held = held(instances);
        Map<Integer, List<Object>> jooqByRow = new HashMap<>();
        for (int p = 0; p < bound.length; p++) {
            int row = 0;
            while (row < instances.size() && value(held, p, row) == null) {
                row++;
            }
            if (row == instances.size()) {
                return null;
            }
            List<Object> jooq = jooqByRow.computeIfAbsent(row, r -> jooqBinds.apply(instances.get(r)));
            if (!Objects.deepEquals(value(held, p, row), jooq.get(p))) {
                return false;
            }
        }
        return true;
    }

    /** Every bound field's values for all the instances, one array per field (as {@link HeldColumns#of}). */
    Object[] held(List<? extends Model> instances) {
        Object[] copied = CopiedColumns.columnsOf(instances);
        if (copied != null && allCopied(copied)) {
            return copied; // the API's copies (bulkUpdate's key and fields): read row by row, of whatever array class
        }
        if (copier.copies()) {
            return copier.of(instances);
        }
        Object[] held = new Object[copier.fieldCount()];
        for (int p = 0; p < bound.length; p++) {
            Object[] values = new Object[instances.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = bound[p].getUnchecked(instances.get(i));
            }
            held[copier.slot(p)] = values;
        }
        return held;
    }

    private boolean allCopied(Object[] copied) {
        for (int p = 0; p < bound.length; p++) {
            if (copied[copier.slot(p)] == null) {
                return false;
            }
        }
        return true;
    }

    /** Sets row {@code row}'s values on the statement, parameter 1 onwards. */
    void bind(PreparedStatement ps, Object[] held, int row) throws SQLException {
        for (int p = 0; p < bound.length; p++) {
            Statements.bindValue(ps, p + 1, value(held, p, row), dialect);
        }
    }

    /** Parameter {@code p}'s value for row {@code row}: the held value as a bind of its column has it. */
    private Object value(Object[] held, int p, int row) {
        Object v = ColumnArrays.element(held[copier.slot(p)], row);
        return JdbcValues.asBound(JdbcValues.toJdbc(bound[p].columnValueOf(v), dialect), types[p]);
    }
}
