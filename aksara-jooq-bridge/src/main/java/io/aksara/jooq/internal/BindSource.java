package io.aksara.jooq.internal;

import io.aksara.jooq.sql.LookupSql;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DataType;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Where one bind value of a cached statement comes from: a slot value of the query's shape (as
 * given, converted for JDBC, bound in a column's type, placed into a pattern, or a whole
 * {@code in} list as one array), or a constant of the shape. {@link BindTrace} records one per
 * bind value while a query is lowered; the plan cache replays them for the next values.
 */
public sealed interface BindSource {
    /** The bind value for these slot values. */
    Object value(Object[] slots, SQLDialect dialect);

    /** The slot value as it is. */
    record Raw(int slot) implements BindSource {
        @Override
        public Object value(Object[] slots, SQLDialect dialect) {
            return slots[slot];
        }
    }

    /** The slot value as JDBC takes it ({@link JdbcValues#toJdbc}). */
    record Jdbc(int slot) implements BindSource {
        @Override
        public Object value(Object[] slots, SQLDialect dialect) {
            return JdbcValues.toJdbc(slots[slot], dialect);
        }
    }

    /** The JDBC value bound in a column's type, as {@code DSL.val(value, type)} binds it. */
    record Typed(int slot, DataType<?> type) implements BindSource {
        @Override
        public Object value(Object[] slots, SQLDialect dialect) {
            return JdbcValues.asBound(JdbcValues.toJdbc(slots[slot], dialect), type);
        }
    }

    /** The JDBC value converted to a Java class, as {@code DSL.val(value, type)} converts it. */
    record Converted(int slot, Class<?> type) implements BindSource {
        @Override
        public Object value(Object[] slots, SQLDialect dialect) {
            return DSL.val(JdbcValues.toJdbc(slots[slot], dialect), type).getValue();
        }
    }

    /** The text value inside a LIKE pattern, its {@code %}, {@code _} and escape character escaped. */
    record Pattern(int slot, String prefix, String suffix) implements BindSource {
        @Override
        public Object value(Object[] slots, SQLDialect dialect) {
            return prefix + LookupSql.escape(JdbcValues.toJdbc(slots[slot], dialect)) + suffix;
        }
    }

    /** The text value with a fixed prefix and suffix and nothing escaped (a regular expression's flags). */
    record Affixed(int slot, String prefix, String suffix) implements BindSource {
        @Override
        public Object value(Object[] slots, SQLDialect dialect) {
            return prefix + JdbcValues.toJdbc(slots[slot], dialect) + suffix;
        }
    }

    /** A whole {@code in} list bound as one array ({@link InListSql#array}). */
    record ArrayOf(int slot) implements BindSource {
        @Override
        public Object value(Object[] slots, SQLDialect dialect) {
            List<?> values = (List<?>) slots[slot];
            List<Object> jdbc = null; // made at the first value JDBC takes as another object (ids and text: none)
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                Object converted = JdbcValues.toJdbc(v, dialect);
                if (jdbc == null && converted != v) {
                    jdbc = new ArrayList<>(values.size());
                    jdbc.addAll(values.subList(0, i));
                }
                if (jdbc != null) {
                    jdbc.add(converted);
                }
            }
            return InListSql.array(jdbc == null ? values : jdbc, dialect);
        }
    }

    /** The same value whatever the slots hold. */
    record Constant(Object constant) implements BindSource {
        @Override
        public Object value(Object[] slots, SQLDialect dialect) {
            return constant;
        }
    }
}
