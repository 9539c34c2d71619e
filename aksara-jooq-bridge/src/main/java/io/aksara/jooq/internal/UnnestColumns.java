package io.aksara.jooq.internal;

import io.aksara.Model;
import io.aksara.jooq.types.SqlTypes;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelColumnWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jooq.DataType;
import org.jooq.SQLDialect;

/**
 * The columns of {@link UnnestArrays}: each makes the array of the values its field holds in a
 * batch (which the model's generated {@link ModelColumnWriter} fills, or the column itself
 * through the field's getter) and binds the array PostgreSQL unnests.
 */
final class UnnestColumns {
    private UnnestColumns() {}

    /**
     * One column's array: the SQL type it is cast to, the array of the values its field holds
     * (filled by the model's column writer or by {@link #fill}), and how that array is bound.
     */
    abstract static class Column {
        final FieldMeta<?, ?> field;
        final String sqlType;

        Column(FieldMeta<?, ?> field, String sqlType) {
            this.field = field;
            this.sqlType = sqlType;
        }

        /** A new array for the values {@code n} instances hold in the field ({@link ModelColumnWriter}'s contract). */
        abstract Object newHeld(int n);

        /** Fills {@code held} from the batch through the field's getter: a model without a column writer. */
        abstract void fill(Object held, List<? extends Model> batch);

        /** Binds parameter {@code index} to the array made from the held values. */
        abstract void bind(PreparedStatement ps, int index, Connection connection, Object held) throws SQLException;

        /** One instance's value as the statement observers see it. */
        abstract Object value(Model o);
    }

    /** A primitive field bound as a primitive array (pgjdbc sends {@code long[]} as an int8[], and so on). */
    static final class PrimitiveColumn extends Column {
        private final IntFunction<Object> newArray;
        private final BiConsumer<Object, List<? extends Model>> filler;

        PrimitiveColumn(FieldMeta<?, ?> field, String sqlType, IntFunction<Object> newArray,
                BiConsumer<Object, List<? extends Model>> filler) {
            super(field, sqlType);
            this.newArray = newArray;
            this.filler = filler;
        }

        @Override Object newHeld(int n) {
            return newArray.apply(n);
        }

        @Override void fill(Object held, List<? extends Model> batch) {
            filler.accept(held, batch);
        }

        @Override void bind(PreparedStatement ps, int index, Connection connection, Object held) throws SQLException {
            ps.setObject(index, held); // the held primitives are the values sent
        }

        @Override Object value(Model o) {
            return field.getUnchecked(o);
        }
    }

    /** Any other column: its values converted for JDBC as a single bind is, then put in an array. */
    static class BoxedColumn extends Column {
        private final DataType<?> type;
        private final SQLDialect dialect;
        private final String elementType;
        private final IntFunction<Object[]> newArray;
        private final boolean asText;

        BoxedColumn(FieldMeta<?, ?> field, DataType<?> type, SQLDialect dialect, String sqlType, String elementType,
                IntFunction<Object[]> newArray, boolean asText) {
            super(field, sqlType);
            this.type = type;
            this.dialect = dialect;
            this.elementType = elementType;
            this.newArray = newArray;
            this.asText = asText;
        }

        @Override Object newHeld(int n) {
            return new Object[n];
        }

        @Override void fill(Object held, List<? extends Model> batch) {
            Object[] values = (Object[]) held;
            for (int i = 0; i < values.length; i++) {
                values[i] = field.getUnchecked(batch.get(i));
            }
        }

        @Override void bind(PreparedStatement ps, int index, Connection connection, Object held) throws SQLException {
            Object[] from = (Object[]) held;
            Object[] values = newArray.apply(from.length);
            for (int i = 0; i < values.length; i++) {
                Object v = element(from[i]);
                if (v != null && !values.getClass().getComponentType().isInstance(v)) {
                    throw new IllegalStateException(field.model().name() + "." + field.name()
                            + ": a " + v.getClass().getName() + " where its column binds " + type.getType().getName());
                }
                values[i] = v;
            }
            send(ps, index, connection, values);
        }

        /**
         * Binds the array: a {@code String[]} as it is (pgjdbc sends it in binary, as raw JDBC's
         * {@code setObject(String[])}: no array literal to build and quote), others through
         * {@code createArrayOf}.
         */
        final void send(PreparedStatement ps, int index, Connection connection, Object[] values) throws SQLException {
            if (values instanceof String[]) {
                ps.setObject(index, values);
            } else {
                ps.setArray(index, connection.createArrayOf(elementType, values));
            }
        }

        /** A value the field holds as a single bind of the column would bind it. */
        private Object bound(Object heldValue) {
            return JdbcValues.asBound(JdbcValues.toJdbc(field.columnValueOf(heldValue), dialect), type);
        }

        /** The array element of a value the field holds. */
        Object element(Object heldValue) {
            Object v = bound(heldValue);
            if (v == null || !asText) {
                return v;
            }
            // JSON and intervals are text already; ISO dates and times are what PostgreSQL reads
            Object sent = JdbcValues.forStatement(v, dialect);
            return sent instanceof String s ? s : sent.toString();
        }

        @Override Object value(Model o) {
            return bound(field.getUnchecked(o));
        }
    }

    /**
     * A column of a built-in kind whose value needs no conversion on PostgreSQL (text, decimals)
     * or one that is cheap to make here (a UTC timestamp's text, {@link IsoTimestamps}): its
     * values go into the array straight from the fields. A type registered later to convert the
     * value's class ({@link SqlTypes#converting}) sends the batch the general way.
     */
    static final class DirectColumn extends BoxedColumn {
        private final Class<?> valueClass;
        private final boolean timestamp;
        private final IntFunction<Object[]> array;
        /** The text of a timestamp the literal does not write itself: made once, not per bind. */
        private final Function<Object, String> general = v -> (String) element(v);

        DirectColumn(FieldMeta<?, ?> field, DataType<?> type, SQLDialect dialect, String sqlType, String elementType,
                IntFunction<Object[]> newArray, Class<?> valueClass, boolean timestamp) {
            super(field, type, dialect, sqlType, elementType, newArray, timestamp);
            this.valueClass = valueClass;
            this.timestamp = timestamp;
            this.array = newArray;
        }

        /** Text and decimals are held in the array that is sent ({@code String[]}, {@code BigDecimal[]}): no copy. */
        @Override Object newHeld(int n) {
            return timestamp ? new Object[n] : array.apply(n);
        }

        @Override void bind(PreparedStatement ps, int index, Connection connection, Object held) throws SQLException {
            if (SqlTypes.converting(valueClass) != null) {
                super.bind(ps, index, connection, held);
                return;
            }
            if (timestamp) {
                // one array literal, cast by the SQL (?::timestamptz[]): no String per row for the driver to encode
                ps.setString(index, IsoTimestamps.arrayLiteral((Object[]) held, general));
                return;
            }
            send(ps, index, connection, (Object[]) held);
        }
    }
}
