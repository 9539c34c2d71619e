package io.aksara;

import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.query.Combination;
import io.aksara.query.SelectQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bodies of {@link QuerySet}'s set operations ({@code union}, {@code intersection},
 * {@code difference}) and its filter combinations ({@code or}, {@code and}).
 */
final class QueryCombinators {
    private QueryCombinators() {
    }

    /**
     * The varargs of a set operation as the list its {@code List} overload takes; a null array stays
     * null, so that overload refuses it with the same message as a null list.
     */
    static <T extends Model> List<QuerySet<T>> listed(QuerySet<T>[] others) {
        return others == null ? null : Arrays.asList(others);
    }

    static <T extends Model> QuerySet<T> combine(QuerySet<T> qs, Combination.Kind kind, boolean all, List<QuerySet<T>> others) {
        String method = kind.method() + (all ? "All" : "");
        if (others == null) {
            throw new FieldError(method + "() needs QuerySets to combine with, got null");
        }
        List<QuerySet<T>> operands = new ArrayList<>();
        operands.add(qs);
        for (QuerySet<T> other : others) {
            if (other == null) {
                throw new FieldError(method + "() got a null QuerySet");
            }
            if (other.meta() != qs.meta()) {
                throw new FieldError(method + "() combines QuerySets of one model; got " + qs.meta().name() + " and "
                        + other.meta().name());
            }
            if (!aliasOf(other.database()).equals(aliasOf(qs.database()))) {
                throw new AksaraException(method + "() combines QuerySets of one database; got '" + aliasOf(qs.database())
                        + "' and '" + aliasOf(other.database()) + "'");
            }
            operands.add(other);
        }
        for (QuerySet<T> operand : operands) {
            if (operand.query.lock() != null) {
                throw new AksaraException(method + "() cannot combine a selectForUpdate() QuerySet: a lock"
                        + " belongs to one SELECT, not to a combination");
            }
        }
        if (others.isEmpty()) {
            return qs;
        }
        List<QuerySet<T>> nonEmpty = operands.stream().filter(o -> !o.query.none()).toList();
        switch (kind) {
            case UNION -> {
                if (nonEmpty.isEmpty()) {
                    return qs;
                }
                operands = nonEmpty;
            }
            case INTERSECT -> {
                if (nonEmpty.size() < operands.size()) {
                    return qs.query.none() ? qs : qs.none();
                }
            }
            case EXCEPT -> {
                if (qs.query.none()) {
                    return qs;
                }
                operands = nonEmpty;
            }
        }
        if (operands.size() == 1) {
            return operands.getFirst();
        }
        List<SelectQuery<?>> parts = new ArrayList<>();
        for (QuerySet<T> operand : operands) {
            // ORDER BY inside a set operation only matters together with a slice
            parts.add(operand.query.isSliced() ? operand.query : operand.query.withOrdering(List.of()));
        }
        SelectQuery<T> combined = SelectQuery.of(qs.meta()).withCombination(new Combination(kind, all, parts));
        return new QuerySet<>(combined, false, qs.database(), qs.loading(), null);
    }

    static String aliasOf(String database) {
        return database == null ? Aksara.DEFAULT : database;
    }

    static <T extends Model> QuerySet<T> or(QuerySet<T> qs, QuerySet<T> other) {
        java.util.Objects.requireNonNull(other, "other");
        if (other.isNone()) {
            return qs;
        }
        if (qs.isNone()) {
            return other;
        }
        SelectQuery<T> q = io.aksara.internal.FilterCombination.or(qs.query, other.query, "or");
        return qs.with(q, !q.ordering().isEmpty());
    }

    static <T extends Model> QuerySet<T> and(QuerySet<T> qs, QuerySet<T> other) {
        java.util.Objects.requireNonNull(other, "other");
        if (qs.isNone()) {
            return qs;
        }
        if (other.isNone()) {
            return other;
        }
        SelectQuery<T> q = io.aksara.internal.FilterCombination.and(qs.query, other.query, "and");
        return qs.with(q, !q.ordering().isEmpty());
    }
}
