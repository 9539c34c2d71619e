package io.aksara.jooq;

import io.aksara.Aksara;
import io.aksara.Q;
import io.aksara.QuerySet;
import io.aksara.Rows;
import io.aksara.internal.TenantRows;
import io.aksara.jooq.internal.JooqCondition;
import io.aksara.jooq.internal.QueryLowering;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.jooq.vendor.Vendors;
import io.aksara.query.SelectQuery;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * Aksara and jOOQ code side by side: QuerySets inside jOOQ statements, and jOOQ conditions inside
 * QuerySets. For teams moving off (or living next to) a jOOQ code base.
 *
 * <pre>{@code
 * // a QuerySet as a jOOQ subquery: its values stay bind values
 * Select<Record> cheapIds = Jooq.select(Product.objects.filter("price__lt", 100).valuesList("id"));
 * dsl.selectFrom(ORDER_LINES).where(ORDER_LINES.PRODUCT_ID.in(cheapIds)).fetch();
 *
 * // a jOOQ condition as a filter: composes with lookups, exclude, Q, count, update, delete
 * Product.objects.filter(Jooq.condition(DSL.field("price").lt(5))).count();
 * Product.objects.filter(Q.of("inStock", true).or(Jooq.condition(DSL.field("rating").isNull()))).fetch();
 * }</pre>
 */
public final class Jooq {
    private Jooq() {}

    /**
     * A jOOQ condition as a {@link Q}, to pass to {@code filter}, {@code exclude} or combine with
     * other Qs. It is put into the statement as it is: refer to columns of the QuerySet's own
     * table, unqualified ({@code DSL.field("price")}) or through {@link ModelTable}. As in SQL, a
     * row where it is NULL is neither kept by {@code filter} nor by {@code exclude}.
     *
     * <pre>{@code Product.objects.exclude(Jooq.condition(DSL.field("name").likeIgnoreCase("%test%"))) }</pre>
     */
    public static Q condition(Condition condition) {
        return Q.raw(new JooqCondition(condition));
    }

    /**
     * The QuerySet as a jOOQ SELECT of every column of its model (in field order), rendered for
     * the dialect of the QuerySet's database. Embed it as a subquery, a derived table
     * ({@code .asTable("p")}) or in a join; filter values stay bind values.
     *
     * <pre>{@code dsl.fetch(Jooq.select(Product.objects.filter("inStock", true).orderBy("name"))) }</pre>
     */
    public static Select<Record> select(QuerySet<?> querySet) {
        return select(querySet, vendorOf(querySet.database()));
    }

    /**
     * As {@link #select(QuerySet)}, for an explicit dialect (to render for a database not configured
     * here): with no open database, the SQL is the {@link Vendors#of(SQLDialect) dialect's vendor}'s.
     */
    public static Select<Record> select(QuerySet<?> querySet, SQLDialect dialect) {
        return select(querySet, Vendors.of(dialect));
    }

    private static Select<Record> select(QuerySet<?> querySet, Vendor vendor) {
        SelectQuery<?> q = TenantRows.restrict(querySet.query()); // a tenant-scoped model reads its tenant's rows only
        return q.none() ? empty(QueryLowering.rows(vendor, q)) : QueryLowering.rows(vendor, q);
    }

    /**
     * Chosen columns of a QuerySet ({@code values(...)} / {@code valuesList(...)}) as a jOOQ
     * SELECT, for {@code IN} and scalar subqueries.
     *
     * <pre>{@code
     * Select<Record> electronics = Jooq.select(Product.objects.filter("category__name", "Electronics").valuesList("id"));
     * dsl.deleteFrom(table("cart_items")).where(field("product_id").in(electronics)).execute();
     * }</pre>
     */
    public static Select<Record> select(Rows<?> rows) {
        return select(rows, vendorOf(rows.database()));
    }

    /** As {@link #select(Rows)}, for an explicit dialect (its {@link Vendors#of(SQLDialect) vendor}'s SQL). */
    public static Select<Record> select(Rows<?> rows, SQLDialect dialect) {
        return select(rows, Vendors.of(dialect));
    }

    private static Select<Record> select(Rows<?> rows, Vendor vendor) {
        Select<Record> select = QueryLowering.values(vendor, TenantRows.restrict(rows.query()), rows.columns());
        return rows.query().none() ? empty(select) : select;
    }

    /**
     * One column of a QuerySet as a typed jOOQ SELECT, for {@code IN} and comparisons with typed
     * jOOQ fields (generated table classes).
     *
     * <pre>{@code
     * Select<Record1<Long>> vips = Jooq.select(Customer.objects.filter("vip", true).valuesList("id"), Long.class);
     * dsl.selectFrom(ORDERS).where(ORDERS.CUSTOMER_ID.in(vips)).fetch();
     * }</pre>
     *
     * @throws IllegalArgumentException when the rows have more than one column, or its values are not of {@code type}
     */
    public static <T> Select<Record1<T>> select(Rows<?> rows, Class<T> type) {
        if (rows.columns().size() != 1) {
            throw new IllegalArgumentException("A typed jOOQ SELECT needs exactly one column, got " + rows.names());
        }
        Class<?> actual = rows.columns().getFirst().type().javaClass();
        if (actual != Object.class && !type.isAssignableFrom(actual)) { // Object: a foreign key, JSON
            throw new IllegalArgumentException("'" + rows.names().getFirst() + "' holds " + actual.getSimpleName()
                    + ", not " + type.getSimpleName());
        }
        @SuppressWarnings("unchecked") // one column of that type: jOOQ makes every record of degree 1 a Record1
        Select<Record1<T>> typed = (Select<Record1<T>>) (Select<?>) select(rows);
        return typed;
    }

    /** The open database's own vendor (the one that accepted its URL). */
    private static Vendor vendorOf(String database) {
        return JooqBackend.of(database == null ? Aksara.backend() : Aksara.backend(database)).databaseVendor();
    }

    /** {@code none()}: the same columns, no row, without reading the table. */
    private static Select<Record> empty(Select<Record> select) {
        return DSL.selectFrom(select.asTable("no_rows")).where(DSL.falseCondition());
    }
}
