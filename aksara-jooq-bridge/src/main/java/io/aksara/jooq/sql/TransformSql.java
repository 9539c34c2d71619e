package io.aksara.jooq.sql;

import io.aksara.errors.AksaraException;
import io.aksara.jooq.vendor.Vendors;
import io.aksara.lookup.ArraySlice;
import io.aksara.lookup.AsText;
import io.aksara.lookup.DateTransform;
import io.aksara.lookup.Lookups;
import io.aksara.lookup.Transform;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The SQL of each transform, by name. Timestamps are stored in UTC and PostgreSQL sessions run in
 * UTC, so date parts are UTC parts on every database. Where databases number things differently,
 * the SQL here makes them agree (week days are computed from the ISO day, which all of them agree on).
 */
public final class TransformSql {
    /** Builds the transformed expression from the column. */
    @FunctionalInterface
    public interface Renderer {
        Field<?> render(Field<?> column, SQLDialect dialect);
    }

    private static final Map<String, Renderer> BY_NAME = new ConcurrentHashMap<>();

    static {
        register(DateTransform.DATE, (c, d) -> Vendors.of(d).datePart(c));
        register(DateTransform.TIME, (c, d) -> Vendors.of(d).timePart(c));
        register(DateTransform.YEAR, (c, d) -> DSL.extract(c, DatePart.YEAR));
        register(DateTransform.QUARTER, (c, d) -> DSL.extract(c, DatePart.QUARTER));
        register(DateTransform.MONTH, (c, d) -> DSL.extract(c, DatePart.MONTH));
        register(DateTransform.DAY, (c, d) -> DSL.extract(c, DatePart.DAY));
        register(DateTransform.WEEK, TransformSql::isoWeek);
        register(DateTransform.ISO_WEEK_DAY, (c, d) -> isoWeekDay(c));
        // 1 = Sunday ... 7 = Saturday, from the ISO day (1 = Monday ... 7 = Sunday)
        register(DateTransform.WEEK_DAY, (c, d) -> isoWeekDay(c).mod(DSL.inline(7)).plus(DSL.inline(1)));
        register(DateTransform.ISO_YEAR, TransformSql::isoYear);
        register(DateTransform.HOUR, (c, d) -> DSL.extract(c, DatePart.HOUR));
        register(DateTransform.MINUTE, (c, d) -> DSL.extract(c, DatePart.MINUTE));
        // whole seconds, as Django: PostgreSQL's EXTRACT(SECOND) has a fraction
        register(DateTransform.SECOND, (c, d) -> DSL.floor(DSL.extract(c, DatePart.SECOND)).cast(SQLDataType.INTEGER));
        // a text lookup on a number or a date compares the column as text, as Django
        register(AsText.INSTANCE, (c, d) -> DSL.cast(c, SQLDataType.VARCHAR));
    }

    private TransformSql() {}

    /** Adds or replaces the SQL of a transform. */
    public static void register(Transform transform, Renderer renderer) {
        BY_NAME.put(transform.lookupName(), renderer);
    }

    /** Applies a transform to a column expression. */
    public static Field<?> apply(Transform transform, Field<?> column, SQLDialect dialect) {
        // a field kind's own transform is always its template, never the SQL of a shared one of that name
        if (transform instanceof ArraySlice slice) {
            return new ArraySlicePart(column, slice);
        }
        Renderer r = Lookups.isKindTransform(transform) ? null : BY_NAME.get(transform.lookupName());
        if (r == null && transform.sqlTemplate() != null) {
            return DSL.field(transform.sqlTemplate(), column.getDataType(), column);
        }
        if (r == null) {
            throw new AksaraException("Transform '" + transform.lookupName()
                    + "' has no SQL; register it with TransformSql.register");
        }
        return r.render(column, dialect);
    }

    private static Field<Integer> isoWeekDay(Field<?> c) {
        return DSL.extract(c, DatePart.ISO_DAY_OF_WEEK);
    }

    private static Field<?> isoWeek(Field<?> c, SQLDialect d) {
        return Vendors.of(d).isoWeek(c);
    }

    private static Field<?> isoYear(Field<?> c, SQLDialect d) {
        return Vendors.of(d).isoYear(c);
    }
}
