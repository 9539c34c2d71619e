package io.aksara.query;

import io.aksara.Model;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import java.util.List;
import java.util.Objects;

/**
 * The immutable description of a SELECT over one model: filter, ordering and the slice. A
 * {@link io.aksara.QuerySet} wraps one; the backend lowers it to SQL. Build one with
 * {@link #of(ModelMeta)} and the {@code with...} methods, so adding a component never touches
 * the places that build queries.
 *
 * <pre>{@code
 * SelectQuery<Product> q = SelectQuery.of(meta).withWhere(filter).withSlice(0, 20L);
 * }</pre>
 *
 * @param model    the model queried
 * @param where    the resolved filter
 * @param ordering the ORDER BY terms; empty means unordered
 * @param offset   rows to skip
 * @param limit    the maximum number of rows, or null for no limit
 * @param rest     the components from {@code lock} on, which a query built per call rarely changes,
 *                 in one shared value ({@link Rest}); each has its own accessor here
 */
public record SelectQuery<T extends Model>(ModelMeta<T> model, Filter where, List<OrderTerm> ordering,
        long offset, Long limit, Rest rest) {
    /**
     * The components a query built per call rarely changes, kept in one shared value: chained
     * {@code filter}, {@code orderBy} and {@code limit} calls each copy the query, and a copy then
     * writes six fields instead of fifteen.
     *
     * <pre>{@code
     * SelectQuery.Rest rest = query.rest();    // the same value in query.withWhere(f).withSlice(0, 20L)
     * }</pre>
     *
     * @param loaded   the fields read into instances, or null for all (see {@link SelectQuery#withLoaded})
     * @param lock     the row lock ({@code FOR UPDATE ...}), or null for none
     * @param distinct {@code SELECT DISTINCT}
     * @param none     the empty query of {@code none()}: it matches no row, and the API runs no SQL for it
     * @param combination the queries combined by {@code union}/{@code intersection}/{@code difference},
     *                 or null; the ordering and slice then apply to the combined rows
     * @param annotations the computed values of {@code annotate()} and {@code alias()}, in order
     * @param groupBy  the columns of {@code values(...).annotate(...)}: rows are grouped by them when an
     *                 annotation aggregates; null groups by the model's row
     * @param having   conditions on aggregate annotations ({@code HAVING})
     * @param joinedCalls how many of the leading {@code filter()} calls came before the first aggregate
     *                 annotation: their conditions on the to-many relations the aggregates follow
     *                 restrict the rows aggregated (Django's filter-before-annotate rule); later calls
     *                 are separate conditions
     * @param selectRelated the to-one relation chains read in the same SELECT ({@code selectRelated}):
     *                 each chain is a list of forward steps from the model, and every prefix of a chain
     *                 is listed before it, so a chain's parent is always loaded first
     */
    public record Rest(RowLock lock, List<FieldMeta<?, ?>> loaded, boolean distinct, boolean none,
            Combination combination, List<Annotation> annotations, List<Expr> groupBy, Filter having,
            int joinedCalls, List<List<Hop>> selectRelated) {
        public Rest {
            selectRelated = selectRelated.isEmpty() ? List.of() : selectRelated.stream().map(List::copyOf).toList();
            annotations = List.copyOf(annotations);
            groupBy = groupBy == null ? null : List.copyOf(groupBy);
        }

        /** Nothing but the defaults: no lock, every field, no DISTINCT, ... (shared by every new query). */
        static final Rest NONE = new Rest(null, null, false, false, null, List.of(), null, Filter.EVERYTHING, 0, List.of());
    }

    public SelectQuery {
        ordering = List.copyOf(ordering);
        Objects.requireNonNull(rest, "rest: the query's other components");
    }

    /** A query from every component, as listed on {@link SelectQuery} and {@link Rest}. */
    public SelectQuery(ModelMeta<T> model, Filter where, List<OrderTerm> ordering, long offset, Long limit, RowLock lock,
            List<FieldMeta<?, ?>> loaded, boolean distinct, boolean none, Combination combination,
            List<Annotation> annotations, List<Expr> groupBy, Filter having, int joinedCalls, List<List<Hop>> selectRelated) {
        this(model, where, ordering, offset, limit,
                new Rest(lock, loaded, distinct, none, combination, annotations, groupBy, having, joinedCalls, selectRelated));
    }

    /** Every row of the model, unordered. */
    public static <T extends Model> SelectQuery<T> of(ModelMeta<T> model) {
        return new SelectQuery<>(model, Filter.EVERYTHING, List.of(), 0, null, Rest.NONE);
    }

    public RowLock lock() { return rest.lock(); }
    public List<FieldMeta<?, ?>> loaded() { return rest.loaded(); }
    public boolean distinct() { return rest.distinct(); }
    public boolean none() { return rest.none(); }
    public Combination combination() { return rest.combination(); }
    public List<Annotation> annotations() { return rest.annotations(); }
    public List<Expr> groupBy() { return rest.groupBy(); }
    public Filter having() { return rest.having(); }
    public int joinedCalls() { return rest.joinedCalls(); }
    public List<List<Hop>> selectRelated() { return rest.selectRelated(); }

    public SelectQuery<T> withWhere(Filter newWhere) {
        return new SelectQuery<>(model, newWhere, ordering, offset, limit, rest);
    }

    public SelectQuery<T> withOrdering(List<OrderTerm> newOrdering) {
        return new SelectQuery<>(model, where, newOrdering, offset, limit, rest);
    }

    public SelectQuery<T> withSlice(long newOffset, Long newLimit) {
        return new SelectQuery<>(model, where, ordering, newOffset, newLimit, rest);
    }

    /** {@code withWhere(w).withSlice(o, l)} as one copy instead of two (the plan cache does this per query). */
    public SelectQuery<T> withWhereAndSlice(Filter newWhere, long newOffset, Long newLimit) {
        return new SelectQuery<>(model, newWhere, ordering, newOffset, newLimit, rest);
    }

    /** This query with other rarely-changed components. */
    private SelectQuery<T> with(Rest newRest) {
        return new SelectQuery<>(model, where, ordering, offset, limit, newRest);
    }

    public SelectQuery<T> withLock(RowLock newLock) {
        Rest r = rest;
        return with(new Rest(newLock, r.loaded(), r.distinct(), r.none(), r.combination(), r.annotations(), r.groupBy(),
                r.having(), r.joinedCalls(), r.selectRelated()));
    }

    /**
     * Only these fields are read ({@code only()}/{@code defer()}); null reads every field. The
     * primary key is always among them.
     */
    public SelectQuery<T> withLoaded(List<FieldMeta<?, ?>> fields) {
        Rest r = rest;
        return with(new Rest(r.lock(), fields == null ? null : List.copyOf(fields), r.distinct(), r.none(), r.combination(),
                r.annotations(), r.groupBy(), r.having(), r.joinedCalls(), r.selectRelated()));
    }

    /** The fields rows are read into: {@link #loaded()}, or every field of the model. */
    public List<? extends FieldMeta<?, ?>> readFields() {
        return rest.loaded() != null ? rest.loaded() : model.fields();
    }

    /** {@code SELECT DISTINCT} (true) or a plain {@code SELECT}. */
    public SelectQuery<T> withDistinct(boolean newDistinct) {
        Rest r = rest;
        return with(new Rest(r.lock(), r.loaded(), newDistinct, r.none(), r.combination(), r.annotations(), r.groupBy(),
                r.having(), r.joinedCalls(), r.selectRelated()));
    }

    /** The empty query of {@code none()} (true), which matches no row. */
    public SelectQuery<T> withNone(boolean newNone) {
        Rest r = rest;
        return with(new Rest(r.lock(), r.loaded(), r.distinct(), newNone, r.combination(), r.annotations(), r.groupBy(),
                r.having(), r.joinedCalls(), r.selectRelated()));
    }

    /**
     * The combined rows of several queries; see {@link Combination}. Build it on
     * {@link #of(ModelMeta)} so the filter is empty: the ordering and slice set afterwards apply
     * to the combined rows.
     */
    public SelectQuery<T> withCombination(Combination newCombination) {
        Rest r = rest;
        return with(new Rest(r.lock(), r.loaded(), r.distinct(), r.none(), newCombination, r.annotations(), r.groupBy(),
                r.having(), r.joinedCalls(), r.selectRelated()));
    }

    /** The annotations and aliases, replacing the current ones. */
    public SelectQuery<T> withAnnotations(List<Annotation> newAnnotations) {
        Rest r = rest;
        return with(new Rest(r.lock(), r.loaded(), r.distinct(), r.none(), r.combination(), newAnnotations, r.groupBy(),
                r.having(), r.joinedCalls(), r.selectRelated()));
    }

    /** Groups by these columns ({@code values(...).annotate(...)}); null groups by the model's row. */
    public SelectQuery<T> withGroupBy(List<Expr> newGroupBy) {
        Rest r = rest;
        return with(new Rest(r.lock(), r.loaded(), r.distinct(), r.none(), r.combination(), r.annotations(), newGroupBy,
                r.having(), r.joinedCalls(), r.selectRelated()));
    }

    /** The conditions on aggregates ({@code HAVING}). */
    public SelectQuery<T> withHaving(Filter newHaving) {
        Rest r = rest;
        return with(new Rest(r.lock(), r.loaded(), r.distinct(), r.none(), r.combination(), r.annotations(), r.groupBy(),
                newHaving, r.joinedCalls(), r.selectRelated()));
    }

    /** How many leading filter() calls restrict the rows aggregated; see the component. */
    public SelectQuery<T> withJoinedCalls(int calls) {
        Rest r = rest;
        return with(new Rest(r.lock(), r.loaded(), r.distinct(), r.none(), r.combination(), r.annotations(), r.groupBy(),
                r.having(), calls, r.selectRelated()));
    }

    /** The to-one chains to read along with each row (see the component); each prefix comes first. */
    public SelectQuery<T> withSelectRelated(List<List<Hop>> chains) {
        Rest r = rest;
        return with(new Rest(r.lock(), r.loaded(), r.distinct(), r.none(), r.combination(), r.annotations(), r.groupBy(),
                r.having(), r.joinedCalls(), chains));
    }

    /** The annotation with this name, or null. */
    public Annotation annotation(String name) {
        for (Annotation a : annotations()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    /** The annotations read back with each row. */
    public List<Annotation> selectedAnnotations() {
        return annotations().stream().filter(Annotation::selected).toList();
    }

    /** Whether rows are grouped: some annotation (selected or not) aggregates. */
    public boolean isGrouped() {
        return annotations().stream().anyMatch(Annotation::isAggregate);
    }

    /** The number of {@code filter()} calls in {@link #where()}. */
    public int filterCalls() {
        if (where instanceof Filter.Everything) {
            return 0;
        }
        return where instanceof Filter.Chain c ? c.calls().size() : 1;
    }

    /** Whether this query combines others ({@code union}, {@code intersection}, {@code difference}). */
    public boolean isCombined() {
        return combination() != null;
    }

    /** Whether a slice (limit or offset) has been taken. */
    public boolean isSliced() {
        return offset > 0 || limit != null;
    }
}
