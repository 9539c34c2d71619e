package io.aksara.jooq.internal;

import io.aksara.jooq.sql.LookupSql;
import io.aksara.jooq.vendor.Feature;
import io.aksara.jooq.vendor.Vendor;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Param;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The SQL of {@code in} with a list of values, per database:
 *
 * <ul>
 *   <li>PostgreSQL and H2: {@code col = any(cast(? as T[]))} with the whole list bound as one
 *       array. One statement text for any list size (one cached plan, one server-side prepared
 *       statement), and no limit on the number of values (PostgreSQL refuses more than 65,535
 *       bind parameters in one statement).</li>
 *   <li>MySQL and MariaDB: {@code col in (?, ?, ...)}, every value a bound parameter; the text
 *       depends on the size. They have no array parameter, and a plain list measured fastest
 *       (see docs/security.md); the statement is limited only by {@code max_allowed_packet}.</li>
 * </ul>
 *
 * An empty list matches nothing ({@code 1 = 0}), as in Django. Values are never SQL text.
 */
public final class InListSql {
    /**
     * The values of an {@code in} lookup, converted for JDBC, with the database they are for; the
     * {@code in} renderer of {@link LookupSql} turns them into SQL with {@link #condition}.
     */
    public record Values(List<?> values, Vendor vendor) {
        /** The dialect of the database they are for. */
        public SQLDialect dialect() {
            return vendor.dialect();
        }
    }

    /** The most elements an H2 array holds. */
    public static final int H2_MAX_ARRAY = 65_536;

    /**
     * The longest list a cached plan takes where each value is its own parameter: longer lists
     * are lowered each time rather than kept (a statement per size, each as long as its list).
     */
    public static final int MAX_CACHED_PARAMETERS = 1_000;

    private InListSql() {}

    /** The longest {@code in} list bound as one array parameter on this database. */
    public static int maxArray(Vendor vendor) {
        return vendor.maxArrayBindSize();
    }

    /** Whether this database binds a whole {@code in} list as one array parameter. */
    public static boolean bindsOneArray(Vendor vendor) {
        return vendor.has(Feature.ARRAY_BINDS);
    }

    /** {@code column in (values)} for this database. */
    public static Condition condition(Field<Object> column, Values v) {
        List<?> values = v.values();
        if (values.isEmpty()) {
            return DSL.falseCondition(); // an empty IN list is a syntax error in SQL; it matches nothing, as in Django
        }
        DataType<?> element = column.getDataType().getSQLDataType();
        Object array = bindsOneArray(v.vendor()) && arrayable(element, v.dialect()) ? array(values, v.dialect()) : null;
        if (array == null) {
            return column.in(values.stream().map(x -> BindTrace.typed(x, column.getDataType())).toList());
        }
        if (v.dialect().family() == SQLDialect.H2) {
            // no cast (H2 converts each element to the column's type); an H2 array holds at most
            // 65,536 elements, so a longer list is several arrays, OR-ed
            Object[] all = (Object[]) array;
            List<Condition> parts = new ArrayList<>();
            for (int from = 0; from < all.length; from += H2_MAX_ARRAY) {
                Object[] chunk = Arrays.copyOfRange(all, from, Math.min(all.length, from + H2_MAX_ARRAY));
                Param<Object> p = DSL.val((Object) chunk);
                parts.add(DSL.condition("{0} = any({1})", column,
                        DSL.field("?", Object.class, all.length == chunk.length ? BindTrace.array(p, values) : p)));
            }
            return DSL.or(parts);
        }
        Name enumType = PgEnumBinding.typeOf(column.getDataType());
        if (enumType != null) {
            // an enum column compares with an array of its own type: the names go as text[], cast to it
            Field<?> texts = BindTrace.array(DSL.val(array, SQLDataType.VARCHAR.getArrayDataType()), values);
            return DSL.condition("{0} = any(cast({1} as {2}[]))", column, texts, enumType);
        }
        if (array instanceof String[] && element.getType() == OffsetDateTime.class) {
            // the driver cannot bind an array of OffsetDateTime (jOOQ's conversion of the texts): the texts
            // go as text[], which the server casts
            Field<?> texts = BindTrace.array(DSL.val(array, SQLDataType.VARCHAR.getArrayDataType()), values);
            return DSL.condition("{0} = any({1})", column, DSL.cast(texts, element.getArrayDataType()));
        }
        return DSL.condition("{0} = any({1})", column, BindTrace.array(DSL.val(array, element.getArrayDataType()), values));
    }

    /**
     * Column types compared element by element with an array of the same type: not JSON or
     * binaries, and text of unbounded length only on PostgreSQL (where it is {@code text[]}).
     */
    private static boolean arrayable(DataType<?> element, SQLDialect dialect) {
        if (element == null || element.isArray() || element.isBinary()) {
            return false;
        }
        if (element.isLob()) {
            return element.isString() && dialect.family() == SQLDialect.POSTGRES;
        }
        return element.isNumeric() || element.isString() || element.isBoolean() || element.isDateTime()
                || element.isTime() || element.isUUID();
    }

    /**
     * The array bound for a list of JDBC values. PostgreSQL: numbers, booleans and text as arrays of
     * their own class (the driver sends those typed), anything else (UUIDs, decimals, dates and
     * times) as text that the SQL casts to the column's type. H2: the values as they are. Null when the list cannot be one array (a
     * null element, mixed classes).
     */
    public static Object array(List<?> values, SQLDialect dialect) {
        Class<?> type = values.getFirst() == null ? null : values.getFirst().getClass();
        for (Object v : values) {
            if (v == null || v.getClass() != type) {
                return null;
            }
        }
        if (dialect.family() == SQLDialect.H2) {
            return values.toArray(); // H2 takes any Java object in an array and converts it
        }
        if (type == Long.class || type == Integer.class || type == Short.class || type == Double.class
                || type == Float.class || type == Boolean.class || type == String.class) {
            Object[] typed = (Object[]) Array.newInstance(type, values.size());
            return values.toArray(typed);
        }
        List<String> texts = new ArrayList<>(values.size());
        for (Object v : values) {
            texts.add(v instanceof BigDecimal d ? d.toPlainString() : v.toString());
        }
        return texts.toArray(String[]::new);
    }
}
