package io.aksara.internal;

import io.aksara.Model;
import io.aksara.errors.AksaraException;
import io.aksara.query.Filter;
import io.aksara.query.SelectQuery;
import java.util.List;

/**
 * Django's {@code qs1 | qs2} and {@code qs1 & qs2}: two QuerySets of one model become one whose
 * WHERE is both conditions joined by OR or AND. Each side keeps its own filter calls, so a to-many
 * condition in one side is not met by the other side's related row. What the WHERE cannot carry
 * (a slice, annotations, grouping, a set operation) is refused before any SQL runs.
 */
public final class FilterCombination {
    private FilterCombination() {}

    /** The rows of either query; the ordering is the right side's, else the left side's. */
    public static <T extends Model> SelectQuery<T> or(SelectQuery<T> left, SelectQuery<T> right, String method) {
        check(left, right, method);
        Filter where = left.where() instanceof Filter.Everything || right.where() instanceof Filter.Everything
                ? Filter.EVERYTHING
                : new Filter.Or(List.of(left.where(), right.where()));
        return left.withWhere(where).withOrdering(right.ordering().isEmpty() ? left.ordering() : right.ordering());
    }

    /** The rows of both queries; the ordering is the right side's, else the left side's. */
    public static <T extends Model> SelectQuery<T> and(SelectQuery<T> left, SelectQuery<T> right, String method) {
        check(left, right, method);
        return left.withWhere(left.where().and(right.where()))
                .withOrdering(right.ordering().isEmpty() ? left.ordering() : right.ordering());
    }

    private static void check(SelectQuery<?> left, SelectQuery<?> right, String method) {
        if (!left.model().equals(right.model())) {
            throw new AksaraException("Cannot combine queries on two different base models: " + method + "() of a QuerySet of "
                    + left.model().name() + " with one of " + right.model().name());
        }
        for (SelectQuery<?> side : List.of(left, right)) {
            if (side.isSliced()) {
                throw new AksaraException("Cannot combine queries once a slice has been taken: " + method
                        + "() of QuerySets of " + side.model().name() + "; slice after combining");
            }
            if (side.combination() != null) {
                throw new AksaraException(method + "() cannot combine the result of union/intersection/difference on "
                        + side.model().name() + "; combine the filters first");
            }
            if (!side.annotations().isEmpty() || side.isGrouped() || !(side.having() instanceof Filter.Everything)) {
                throw new AksaraException(method + "() combines the filters of two QuerySets of " + side.model().name()
                        + " and cannot carry annotations or aggregates; annotate after combining");
            }
        }
        if (left.distinct() != right.distinct()) {
            throw new AksaraException("Cannot combine a unique query with a non-unique query: " + method
                    + "() of QuerySets of " + left.model().name() + " where only one calls distinct()");
        }
    }
}
