package io.aksara.jooq.sql;

import io.aksara.errors.AksaraException;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.jooq.vendor.Vendors;
import io.aksara.lookup.ArraySlice;
import io.aksara.lookup.AsText;
import io.aksara.lookup.DateTransform;
import io.aksara.lookup.Lookups;
import io.aksara.lookup.Transform;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The SQL of each transform, by name. Timestamps are stored in UTC and PostgreSQL sessions run in
 * UTC, so date parts are UTC parts on every database. Where databases number things differently,
 * the SQL here makes them agree (week days are computed from the ISO day, which all of them agree on).
 *
 * <pre>{@code
 * TransformSql.register(new MyDecade(), (column, dialect) -> DSL.floor(DSL.extract(column, DatePart.YEAR).div(10)));
 * // SQL that differs by database: given the vendor of the database the statement is for
 * TransformSql.registerPerVendor(new MyDay(), (column, vendor) -> vendor.datePart(column));
 * }</pre>
 */
public final class TransformSql {
    /** Builds the transformed expression from the column. */
    @FunctionalInterface
    public interface Renderer {
        Field<?> render(Field<?> column, SQLDialect dialect);
    }

    /**
     * Builds the transformed expression from the column with the vendor of the open database the
     * statement is for (the one that accepted its URL), so two databases of one dialect family can
     * each get their own SQL; for {@link #registerPerVendor}.
     */
    @FunctionalInterface
    public interface VendorRenderer {
        Field<?> render(Field<?> column, Vendor vendor);
    }

    private static final Map<String, VendorRenderer> BY_NAME = new ConcurrentHashMap<>();

    static {
        registerPerVendor(DateTransform.DATE, (c, v) -> v.datePart(c));
        registerPerVendor(DateTransform.TIME, (c, v) -> v.timePart(c));
        register(DateTransform.YEAR, (c, d) -> DSL.extract(c, DatePart.YEAR));
        register(DateTransform.QUARTER, (c, d) -> DSL.extract(c, DatePart.QUARTER));
        register(DateTransform.MONTH, (c, d) -> DSL.extract(c, DatePart.MONTH));
        register(DateTransform.DAY, (c, d) -> DSL.extract(c, DatePart.DAY));
        registerPerVendor(DateTransform.WEEK, (c, v) -> v.isoWeek(c));
        register(DateTransform.ISO_WEEK_DAY, (c, d) -> isoWeekDay(c));
        // 1 = Sunday ... 7 = Saturday, from the ISO day (1 = Monday ... 7 = Sunday)
        register(DateTransform.WEEK_DAY, (c, d) -> isoWeekDay(c).mod(DSL.inline(7)).plus(DSL.inline(1)));
        registerPerVendor(DateTransform.ISO_YEAR, (c, v) -> v.isoYear(c));
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
        BY_NAME.put(transform.lookupName(), (column, vendor) -> renderer.render(column, vendor.dialect()));
    }

    /** Adds or replaces the SQL of a transform, as SQL that depends on the database's vendor. */
    public static void registerPerVendor(Transform transform, VendorRenderer renderer) {
        BY_NAME.put(transform.lookupName(), renderer);
    }

    /**
     * Applies a transform to a column expression, for a dialect alone (no open database): the
     * vendor is {@link Vendors#of(SQLDialect) the dialect's}.
     */
    public static Field<?> apply(Transform transform, Field<?> column, SQLDialect dialect) {
        return apply(transform, column, Vendors.of(dialect));
    }

    /** Applies a transform to a column expression, for the database of this vendor. */
    public static Field<?> apply(Transform transform, Field<?> column, Vendor vendor) {
        // a field kind's own transform is always its template, never the SQL of a shared one of that name
        if (transform instanceof ArraySlice slice) {
            return new ArraySlicePart(column, slice);
        }
        VendorRenderer r = Lookups.isKindTransform(transform) ? null : BY_NAME.get(transform.lookupName());
        if (r == null && transform.sqlTemplate() != null) {
            return DSL.field(transform.sqlTemplate(), column.getDataType(), column);
        }
        if (r == null) {
            throw new AksaraException("Transform '" + transform.lookupName()
                    + "' has no SQL; register it with TransformSql.register");
        }
        return r.render(column, vendor);
    }

    private static Field<Integer> isoWeekDay(Field<?> c) {
        return DSL.extract(c, DatePart.ISO_DAY_OF_WEEK);
    }
}
