package io.aksara.jooq.internal;

import io.aksara.jooq.ModelTable;
import io.aksara.query.Filter;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Lowers a resolved {@link Filter} to a jOOQ {@link Condition}. Values are converted for the
 * dialect and bound; column names come from model metadata only.
 *
 * <p>Under a NOT, a lookup on a nullable column also requires the column to be non-null, so
 * {@code exclude("rating__lt", 3)} keeps rows whose rating is NULL, as Django does. Plain SQL
 * would drop them, because {@code NOT (NULL < 3)} is not true.
 */
public final class ConditionLowering {
    private ConditionLowering() {}

    public static Condition lower(Filter filter, ModelTable table) {
        return lower(filter, table, false);
    }

    private static Condition lower(Filter filter, ModelTable table, boolean negated) {
        return switch (filter) {
            case Filter.Everything e -> DSL.noCondition();
            case Filter.Match m -> match(m, table, negated);
            case Filter.Not n -> DSL.not(lower(n.part(), table, !negated));
            case Filter.And a -> DSL.and(parts(a.parts(), table, negated));
            case Filter.Or o -> DSL.or(parts(o.parts(), table, negated));
        };
    }

    private static List<Condition> parts(List<Filter> filters, ModelTable table, boolean negated) {
        List<Condition> out = new ArrayList<>(filters.size());
        for (Filter f : filters) {
            out.add(lower(f, table, negated));
        }
        return out;
    }

    private static Condition match(Filter.Match m, ModelTable table, boolean negated) {
        Field<Object> column = table.field(m.field());
        SQLDialect dialect = table.dialect();
        Condition c = LookupSql.of(m.lookup().name()).render(column, bindable(m.value(), dialect));
        if (negated && m.field().nullable() && !m.lookup().name().equals("isnull")) {
            c = c.and(column.isNotNull());
        }
        return c;
    }

    private static Object bindable(Object value, SQLDialect dialect) {
        if (value instanceof List<?> list) {
            return list.stream().map(v -> JdbcValues.toJdbc(v, dialect)).toList();
        }
        return JdbcValues.toJdbc(value, dialect);
    }
}
