package io.aksara;

import io.aksara.errors.FieldError;
import io.aksara.internal.Resolver;
import io.aksara.meta.FieldMeta;
import io.aksara.query.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bodies of {@link QuerySet}'s refining methods that check or resolve more than they copy:
 * {@code filter}/{@code exclude}, slicing, {@code only} and {@code defer}.
 */
final class QueryRefinements {
    /** The lookups after the first when there are none: one array for every one-lookup call. */
    static final Object[] NO_MORE = {};

    private QueryRefinements() {
    }

    static <T extends Model> QuerySet<T> where(QuerySet<T> qs, Q q, boolean negate, String operation) {
        return where(qs, q, negate, operation, 0);
    }

    /**
     * As {@link #where(QuerySet, Q, boolean, String)}; with {@code probe > 0} (only when no router is
     * shown the filtered query, see {@link QueryReads#filteredForGet}) a plain WHERE condition and the
     * slice of {@code probe} rows that get() reads are put into the query in one copy instead of two.
     */
    static <T extends Model> QuerySet<T> where(QuerySet<T> qs, Q q, boolean negate, String operation, long probe) {
        qs.requireNotSliced(operation);
        qs.requireNotCombined(operation);
        Filter resolved = Resolver.filter(qs.meta(), q,
                qs.query.annotations().isEmpty() ? Map.of() : io.aksara.internal.Annotate.byName(qs.query)); // no map per call in the common case
        return where(qs, resolved, negate, probe);
    }

    /**
     * {@code filter(lookup, value, more)} ({@code negate} false) or {@code exclude(...)} (true):
     * as {@link #where(QuerySet, Q, boolean, String)} with {@code Q.of(lookup, value, more)}.
     */
    static <T extends Model> QuerySet<T> where(QuerySet<T> qs, String lookup, Object value, Object[] more, boolean negate) {
        return where(qs, lookup, value, more, negate, 0);
    }

    /**
     * {@code filter(lookup, value, more)} with get()'s probe slice of {@code probe} rows in the same
     * copy; see {@link #where(QuerySet, Q, boolean, String, long)} and {@link QueryReads#filteredForGet}.
     */
    static <T extends Model> QuerySet<T> whereForGet(QuerySet<T> qs, String lookup, Object value, Object[] more, long probe) {
        return where(qs, lookup, value, more, false, probe);
    }

    private static <T extends Model> QuerySet<T> where(QuerySet<T> qs, String lookup, Object value, Object[] more,
            boolean negate, long probe) {
        String operation = negate ? "exclude" : "filter";
        if (more.length > 0 || !qs.query.annotations().isEmpty()) {
            return where(qs, Q.of(lookup, value, more), negate, operation, probe);
        }
        qs.requireNotSliced(operation);
        qs.requireNotCombined(operation);
        // one lookup, the most common call: resolved without a Q when its shape is kept
        return where(qs, Resolver.filter(qs.meta(), lookup, value), negate, probe);
    }

    private static <T extends Model> QuerySet<T> where(QuerySet<T> qs, Filter resolved, boolean negate, long probe) {
        if (!negate && Resolver.matchesNothing(resolved)) {
            return qs.none(); // as Django: "in" with no values left (none, or only nulls) runs no SQL
        }
        if (negate && !(resolved instanceof Filter.Everything)) {
            resolved = new Filter.Not(resolved);
        }
        if (probe > 0 && !(resolved instanceof Filter.Everything) && !io.aksara.internal.Annotate.usesAggregate(resolved)) {
            // not sliced (required above): the slice is exactly get()'s probe, as QueryReads.limitedTo would make it
            return qs.with(qs.query.withWhereAndSlice(qs.query.where().and(resolved), 0, probe), qs.ordered);
        }
        return qs.with(io.aksara.internal.Annotate.filtered(qs.query, resolved), qs.ordered);
    }

    static <T extends Model> QuerySet<T> whereExpression(QuerySet<T> qs, io.aksara.expr.Expression condition, boolean negate, String operation) {
        qs.requireNotSliced(operation);
        qs.requireNotCombined(operation);
        io.aksara.query.Expr e = io.aksara.internal.Expressions.condition(qs.meta(), io.aksara.internal.Annotate.byName(qs.query),
                condition);
        Filter f = new Filter.Compare(e, io.aksara.lookup.Lookups.find(io.aksara.meta.FieldType.BOOLEAN, "exact",
                "a boolean expression"), Boolean.TRUE);
        return qs.with(io.aksara.internal.Annotate.filtered(qs.query, negate ? new Filter.Not(f) : f), qs.ordered);
    }

    static <T extends Model> QuerySet<T> limit(QuerySet<T> qs, long n) {
        if (n < 0) {
            throw new FieldError("limit must not be negative, got " + n);
        }
        long newLimit = qs.query.limit() == null ? n : Math.min(n, qs.query.limit());
        return qs.with(qs.query.withSlice(qs.query.offset(), newLimit), qs.ordered);
    }

    static <T extends Model> QuerySet<T> offset(QuerySet<T> qs, long n) {
        if (n < 0) {
            throw new FieldError("offset must not be negative, got " + n);
        }
        Long newLimit = qs.query.limit() == null ? null : Math.max(0, qs.query.limit() - n);
        return qs.with(qs.query.withSlice(qs.query.offset() + n, newLimit), qs.ordered);
    }

    /**
     * {@code offset(from).limit(to - from)} (both checked by the caller) in one copy instead of two:
     * a page read per call ({@code orderBy("id").slice(o, o + 20)}) pays one QuerySet and one query.
     */
    static <T extends Model> QuerySet<T> slice(QuerySet<T> qs, long from, long to) {
        Long left = qs.query.limit() == null ? null : Math.max(0, qs.query.limit() - from); // what offset(from) leaves
        long newLimit = left == null ? to - from : Math.min(to - from, left);
        return qs.with(qs.query.withSlice(qs.query.offset() + from, newLimit), qs.ordered);
    }

    static <T extends Model> QuerySet<T> only(QuerySet<T> qs, String... fields) {
        java.util.LinkedHashSet<FieldMeta<?, ?>> keep = new java.util.LinkedHashSet<>();
        keep.addAll(qs.meta().primaryKeyFields());
        for (String f : fields) {
            keep.addAll(qs.meta().columnsOf(Resolver.field(qs.meta(), f))); // a foreign key to a composite key is its columns
        }
        List<FieldMeta<?, ?>> loaded = qs.meta().fields().stream().filter(keep::contains)
                .<FieldMeta<?, ?>>map(f -> f).toList();
        return qs.with(qs.query.withLoaded(loaded), qs.ordered);
    }

    static <T extends Model> QuerySet<T> defer(QuerySet<T> qs, String... fields) {
        java.util.Set<FieldMeta<?, ?>> drop = new java.util.HashSet<>();
        for (String f : fields) {
            FieldMeta<?, ?> field = Resolver.field(qs.meta(), f);
            if (qs.meta().isKeyField(field)) {
                throw new FieldError("The primary key " + field.qualifiedName() + " cannot be deferred");
            }
            drop.addAll(qs.meta().columnsOf(field));
        }
        List<FieldMeta<?, ?>> current = new ArrayList<>(qs.query.readFields());
        current.removeAll(drop);
        return qs.with(qs.query.withLoaded(current), qs.ordered);
    }
}
