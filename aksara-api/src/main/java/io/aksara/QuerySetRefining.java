package io.aksara;

import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.internal.Resolver;
import io.aksara.query.OrderTerm;
import java.util.List;

/**
 * The {@link QuerySet} methods that choose which rows, in which order: {@code filter},
 * {@code exclude}, {@code orderBy}, slicing, {@code distinct}, {@code reverse}, {@code none} and
 * the {@code or}/{@code and} of two QuerySets. Each returns a new QuerySet and runs no SQL.
 *
 * <pre>{@code
 * QuerySet<Product> page = Product.objects.filter("inStock", true).exclude("price__gt", 500)
 *         .orderBy("-price").slice(20, 40);
 * }</pre>
 *
 * <p>Only {@link QuerySet} implements this interface (it is sealed): it groups part of the
 * QuerySet API by job so that each file stays small. Use the methods through {@code QuerySet}.
 *
 * @param <T> the model
 */
public sealed interface QuerySetRefining<T extends Model> permits QuerySet {
    /**
     * Rows that also match every lookup, given as name/value pairs.
     *
     * <pre>{@code Product.objects.filter("inStock", true, "price__lt", 100) }</pre>
     */
    default QuerySet<T> filter(String lookup, Object value, Object... more) {
        return QueryRefinements.where(self(), lookup, value, more, false);
    }

    /**
     * Rows that also match this one lookup; the same as {@link #filter(String, Object, Object...)}
     * without the empty array a call with no more lookups would make on every call.
     *
     * <pre>{@code Journal.objects.filter("level", 3).filter("ts__gte", since) }</pre>
     */
    default QuerySet<T> filter(String lookup, Object value) {
        return QueryRefinements.where(self(), lookup, value, QueryRefinements.NO_MORE, false);
    }

    /**
     * Rows that also match every condition.
     *
     * <pre>{@code Product.objects.filter(Product_.price.lt(100), Q.of("name__icontains", "pro")) }</pre>
     */
    default QuerySet<T> filter(Q... conditions) {
        return QueryRefinements.where(self(), Q.and(List.of(conditions)), false, "filter");
    }

    /**
     * Rows for which a boolean expression holds, such as {@link io.aksara.expr.Exists}.
     *
     * <pre>{@code Author.objects.filter(Exists.of(Book.objects.filter("author", OuterRef.of("pk"), "year", 2022))) }</pre>
     */
    default QuerySet<T> filter(io.aksara.expr.Expression condition) {
        return QueryRefinements.whereExpression(self(), condition, false, "filter");
    }

    /**
     * Rows that do not match all of the lookups together (Django's {@code exclude}).
     *
     * <pre>{@code User.objects.exclude("status", "deleted") }</pre>
     */
    default QuerySet<T> exclude(String lookup, Object value, Object... more) {
        return QueryRefinements.where(self(), lookup, value, more, true);
    }

    /**
     * Rows that do not match this one lookup; {@link #exclude(String, Object, Object...)} without
     * the empty array.
     *
     * <pre>{@code User.objects.exclude("status", "deleted") }</pre>
     */
    default QuerySet<T> exclude(String lookup, Object value) {
        return QueryRefinements.where(self(), lookup, value, QueryRefinements.NO_MORE, true);
    }

    /** Rows that do not match the condition. */
    default QuerySet<T> exclude(Q condition) {
        return QueryRefinements.where(self(), condition, true, "exclude");
    }

    /** Rows for which a boolean expression does not hold ({@code exclude(Exists.of(...))}). */
    default QuerySet<T> exclude(io.aksara.expr.Expression condition) {
        return QueryRefinements.whereExpression(self(), condition, true, "exclude");
    }

    /**
     * Orders by field names and expressions, replacing any ordering: a name ({@code "-price"}), an
     * expression (ascending) or {@code expression.asc()}/{@code desc()}, optionally with
     * {@code nullsFirst()}/{@code nullsLast()} (Django's {@code order_by(F("x").desc(nulls_last=True))}).
     * An aggregate must be annotated first, as in Django.
     *
     * <pre>{@code
     * Article.objects.orderBy(F.of("author").desc().nullsLast(), "headline");
     * Employee.objects.orderBy(Exists.of(Company.objects.filter("ceo", OuterRef.of("pk"))).desc());
     * }</pre>
     */
    default QuerySet<T> orderBy(Object... terms) {
        QuerySet<T> qs = self();
        qs.requireNotSliced("orderBy");
        List<OrderTerm> resolved = io.aksara.internal.ExpressionOrdering.terms(qs.query, terms);
        return qs.with(qs.query.withOrdering(resolved), !resolved.isEmpty());
    }

    /**
     * Orders by these fields, replacing any ordering; {@code "-name"} is descending. With no
     * arguments the rows are unordered (the Meta ordering is dropped too). Expressions order too:
     * see {@link #orderBy(Object...)}.
     *
     * <pre>{@code User.objects.orderBy("status", "-createdAt") }</pre>
     */
    default QuerySet<T> orderBy(String... fields) {
        QuerySet<T> qs = self();
        qs.requireNotSliced("orderBy");
        // one kept name (orderBy("id")), the common call: its kept list as it is, without List.of(fields)
        List<OrderTerm> terms = fields.length == 1 && qs.query.annotations().isEmpty()
                ? io.aksara.internal.LookupShapes.keptOrdering(qs.meta(), fields[0]) : null;
        if (terms == null) {
            terms = Resolver.ordering(qs.meta(), List.of(fields), qs.query.annotations().isEmpty()
                    ? java.util.Map.of() : io.aksara.internal.Annotate.byName(qs.query)); // no map per call in the common case
        }
        return qs.with(qs.query.withOrdering(terms), !terms.isEmpty());
    }

    /**
     * At most {@code n} rows (from the current offset).
     *
     * <pre>{@code Product.objects.orderBy("name").limit(20) }</pre>
     */
    default QuerySet<T> limit(long n) {
        return QueryRefinements.limit(self(), n);
    }

    /** Skips {@code n} rows; combines with an earlier slice as Python's slicing does. */
    default QuerySet<T> offset(long n) {
        return QueryRefinements.offset(self(), n);
    }

    /**
     * Rows {@code from} (inclusive) to {@code to} (exclusive), as Python's {@code qs[from:to]}.
     *
     * <pre>{@code Product.objects.orderBy("name").slice(20, 40)   // the second page of 20 }</pre>
     */
    default QuerySet<T> slice(long from, long to) {
        if (from < 0 || to < 0) {
            throw new FieldError("Negative indexing is not supported: slice(" + from + ", " + to + ")");
        }
        if (to < from) {
            throw new FieldError("slice end " + to + " is before its start " + from);
        }
        return QueryRefinements.slice(self(), from, to);
    }

    /**
     * {@code SELECT DISTINCT}: duplicate rows are dropped, and {@code count()} counts the distinct
     * rows. Rows of a model include its primary key, so this matters for projections such as
     * {@code values()}.
     *
     * <pre>{@code Product.objects.distinct().values("category").fetch() }</pre>
     */
    default QuerySet<T> distinct() {
        QuerySet<T> qs = self();
        qs.requireNotSliced("distinct");
        qs.requireNotCombined("distinct");
        return qs.with(qs.query.withDistinct(true), qs.ordered);
    }

    /**
     * The same rows in the opposite order: every ORDER BY term flipped, Meta ordering included.
     * As in Django, an unordered QuerySet has no order to reverse and stays unordered; order it
     * first. A later {@code orderBy} replaces the reversed ordering.
     *
     * <pre>{@code Product.objects.orderBy("price", "name").reverse()   // ORDER BY price DESC, name DESC }</pre>
     */
    default QuerySet<T> reverse() {
        QuerySet<T> qs = self();
        if (qs.query.isSliced()) {
            throw new AksaraException("Cannot reverse a query once a slice has been taken; call reverse() before limit/offset/slice");
        }
        return qs.ordered ? QueryReads.reversed(qs) : qs;
    }

    /**
     * An empty QuerySet: it matches no row, and its terminal methods answer without any SQL
     * ({@code fetch()} an empty list, {@code count()} 0, {@code exists()} false, {@code update()}
     * and {@code delete()} 0, {@code get()} DoesNotExist). Refining it keeps it empty. Use it where
     * a QuerySet is needed but nothing may match.
     *
     * <pre>{@code QuerySet<Order> visible = user.isStaff() ? Order.objects.all() : Order.objects.none(); }</pre>
     */
    default QuerySet<T> none() {
        QuerySet<T> qs = self();
        return qs.with(qs.query.withNone(true), qs.ordered);
    }

    /**
     * Rows matching this QuerySet's filters or the other's (Django's {@code qs1 | qs2}): one query
     * whose WHERE joins both with OR, so each row comes once. Unlike {@link QuerySet#union}, the result can
     * be filtered further. A {@link #none()} side is left out. Both must be of one model and
     * neither sliced, annotated nor combined by a set operation; the ordering is the other's, else
     * this one's.
     *
     * <pre>{@code Author.objects.filter("item__name", "one").or(Author.objects.filter("name", "a3")) }</pre>
     */
    default QuerySet<T> or(QuerySet<T> other) {
        return QueryCombinators.or(self(), other);
    }

    /**
     * Rows matching this QuerySet's filters and the other's (Django's {@code qs1 & qs2}): each
     * side's filter calls stay their own scope, as if the other's were further {@code filter()}
     * calls. A {@link #none()} side makes the result empty. The rules of {@link #or} apply.
     *
     * <pre>{@code Item.objects.filter("tags", t1).and(Item.objects.filter("creator", a4)) }</pre>
     */
    default QuerySet<T> and(QuerySet<T> other) {
        return QueryCombinators.and(self(), other);
    }

    /** This QuerySet: the only class permitted to implement this interface. */
    private QuerySet<T> self() {
        return (QuerySet<T>) this;
    }
}
