package io.aksara.jooq.internal.plan;

import io.aksara.jooq.internal.BindSource;
import io.aksara.jooq.internal.BindSource.ArrayOf;
import io.aksara.jooq.internal.BindSource.Constant;
import io.aksara.jooq.internal.BindSource.Converted;
import io.aksara.jooq.internal.BindSource.Jdbc;
import io.aksara.jooq.internal.BindSource.Pattern;
import io.aksara.jooq.internal.BindSource.Raw;
import io.aksara.jooq.internal.InListSql;
import io.aksara.jooq.internal.JdbcValues;
import io.aksara.jooq.internal.Statements;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Turns a shape's slot values into the bind values of its cached statement, as lowering would
 * have produced them: each bind is a slot value as given, converted for JDBC, bound in the
 * column's type, or placed into a LIKE pattern, or else a constant of the shape. Recorded while
 * the shape was lowered ({@link io.aksara.jooq.internal.BindTrace}); for a lookup that does not
 * record its binds, learned by {@link #derive} from a second lowering with {@link Probes}.
 */
final class Binder {
    private final BindSource[] sources;
    private final SQLDialect dialect;

    Binder(BindSource[] sources, SQLDialect dialect) {
        this.sources = sources;
        this.dialect = dialect;
    }

    /** Sets the bind values for these slot values on the statement, as {@link #apply} lists them, without the list. */
    void bind(PreparedStatement ps, Object[] slots) throws SQLException {
        for (int k = 0; k < sources.length; k++) {
            Statements.bindValue(ps, k + 1, sources[k].value(slots, dialect), dialect);
        }
    }

    /** The bind values for these slot values. */
    List<Object> apply(Object[] slots) {
        List<Object> out = new ArrayList<>(sources.length);
        for (BindSource s : sources) {
            out.add(s.value(slots, dialect));
        }
        return out;
    }

    /**
     * Learns where each slot lands: {@code probeBinds} came from lowering the shape with
     * {@code probes}, {@code realBinds} from lowering it with the real values. Null when some
     * bind cannot be explained (the shape is then not cached).
     */
    static Binder derive(Object[] probes, List<Object> probeBinds, List<Object> realBinds, SQLDialect dialect) {
        if (probeBinds.size() != realBinds.size()) {
            return null;
        }
        // most binds are a probe as it is, or as JDBC takes it: found by lookup, not by a scan of
        // every probe (an in list of 70,000 values would otherwise take 70,000 squared comparisons)
        Map<Object, Integer> direct = new HashMap<>();
        for (int i = probes.length - 1; i >= 0; i--) {
            if (!(probes[i] instanceof List<?>)) {
                direct.put(probes[i], i);
                Object jdbc = JdbcValues.toJdbc(probes[i], dialect);
                direct.putIfAbsent(jdbc, -1 - i);
            }
        }
        BindSource[] sources = new BindSource[probeBinds.size()];
        for (int k = 0; k < sources.length; k++) {
            Object bind = probeBinds.get(k);
            Integer at = bind == null || bind.getClass().isArray() ? null : direct.get(bind);
            BindSource s = at == null ? explain(bind, probes, dialect) : at >= 0 ? new Raw(at) : new Jdbc(-1 - at);
            if (s == null) {
                // not from a slot: it must be the same whatever the values are
                if (!Objects.deepEquals(probeBinds.get(k), realBinds.get(k))) {
                    return null;
                }
                s = new Constant(realBinds.get(k));
            }
            sources[k] = s;
        }
        return new Binder(sources, dialect);
    }

    /** Whether two bind lists are equal, arrays compared by their elements. */
    static boolean same(List<Object> a, List<Object> b) {
        return Arrays.deepEquals(a.toArray(), b.toArray());
    }

    private static List<Object> jdbc(List<?> values, SQLDialect dialect) {
        List<Object> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(JdbcValues.toJdbc(v, dialect));
        }
        return out;
    }

    /** Converts as a jOOQ bind of that type would ({@code DSL.val(value, type)}). */
    private static Object convert(Object value, Class<?> type) {
        return DSL.val(value, type).getValue();
    }

    private static BindSource explain(Object bind, Object[] probes, SQLDialect dialect) {
        if (bind == null) {
            return null;
        }
        for (int i = 0; i < probes.length; i++) {
            Object probe = probes[i];
            if (probe instanceof List<?> list) {
                if (bind instanceof Object[] array && Arrays.equals(array, (Object[]) InListSql.array(jdbc(list, dialect), dialect))) {
                    return new ArrayOf(i);
                }
                continue;
            }
            if (bind.equals(probe)) {
                return new Raw(i);
            }
            Object jdbc = JdbcValues.toJdbc(probe, dialect);
            if (bind.equals(jdbc)) {
                return new Jdbc(i);
            }
            if (bind.getClass() != jdbc.getClass() && jdbc != null) {
                try {
                    if (bind.equals(convert(jdbc, bind.getClass()))) {
                        return new Converted(i, bind.getClass());
                    }
                } catch (RuntimeException e) {
                    // not convertible: not this slot
                }
            }
            if (bind instanceof String text && jdbc instanceof String probeText) {
                int at = text.indexOf(probeText);
                if (at >= 0) {
                    return new Pattern(i, text.substring(0, at), text.substring(at + probeText.length()));
                }
            }
        }
        return null;
    }
}
