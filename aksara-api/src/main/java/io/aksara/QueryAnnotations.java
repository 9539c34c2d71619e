package io.aksara;

import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.internal.Async;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The bodies of {@link QuerySet}'s annotate, alias and aggregate: naming the expressions, applying
 * them to the query, and reading an aggregate's values. Kept apart so QuerySet stays the value and its API.
 */
final class QueryAnnotations {
    private QueryAnnotations() {
    }

    static <T extends Model> QuerySet<T> annotated(QuerySet<T> qs, java.util.LinkedHashMap<String, io.aksara.expr.Expression> named, boolean selected,
            String method) {
        qs.requireNotSliced(method);
        qs.requireNotCombined(method);
        return qs.with(io.aksara.internal.Annotate.add(qs.query, named, selected), qs.ordered);
    }

    /** values(...).annotate(...): grouped by the chosen columns (for {@link Rows#annotate}). */
    static <T extends Model> QuerySet<T> groupedAnnotate(QuerySet<T> qs, List<io.aksara.query.Expr> columns,
            java.util.LinkedHashMap<String, io.aksara.expr.Expression> named) {
        qs.requireNotSliced("annotate");
        qs.requireNotCombined("annotate");
        return qs.with(io.aksara.internal.Annotate.grouped(qs.query, columns, named), qs.ordered);
    }

    /** Expressions by name: {@code as()} names, or Django's default name of an aggregate. */
    static <T extends Model> java.util.LinkedHashMap<String, io.aksara.expr.Expression> namedAnnotations(QuerySet<T> qs, String method,
            io.aksara.expr.Expression[] expressions) {
        if (expressions == null || expressions.length == 0) {
            throw new FieldError(method + "() needs at least one expression");
        }
        java.util.LinkedHashMap<String, io.aksara.expr.Expression> named = new java.util.LinkedHashMap<>();
        for (io.aksara.expr.Expression e : expressions) {
            if (e == null) {
                throw new FieldError(method + "() got a null expression");
            }
            String name = io.aksara.internal.Expressions.defaultName(e, method);
            if (named.put(name, e) != null) {
                throw new FieldError(method + "() got two expressions named '" + name + "'; name one with .as(\"...\")");
            }
        }
        return named;
    }

    /** Name/expression pairs, checked. */
    static java.util.LinkedHashMap<String, io.aksara.expr.Expression> pairs(String method, String name,
            io.aksara.expr.Expression expression, Object... more) {
        if (more.length % 2 != 0) {
            throw new FieldError(method + "() takes name/expression pairs; '" + more[more.length - 1] + "' has no expression");
        }
        java.util.LinkedHashMap<String, io.aksara.expr.Expression> named = new java.util.LinkedHashMap<>();
        Object[] all = new Object[more.length + 2];
        all[0] = name;
        all[1] = expression;
        System.arraycopy(more, 0, all, 2, more.length);
        for (int i = 0; i < all.length; i += 2) {
            if (!(all[i] instanceof String n)) {
                throw new FieldError(method + "() expects a name at position " + (i + 1) + ", got " + FieldError.describe(all[i]));
            }
            if (!(all[i + 1] instanceof io.aksara.expr.Expression e)) {
                throw new FieldError(method + "() expects an expression for '" + n + "', got " + FieldError.describe(all[i + 1])
                        + " (wrap constants in Value.of)");
            }
            if (named.put(io.aksara.expr.Named.checkName(n), e) != null) {
                throw new FieldError(method + "() got the name '" + n + "' twice");
            }
        }
        return named;
    }

    static <T extends Model> Map<String, Object> aggregated(QuerySet<T> qs, java.util.LinkedHashMap<String, io.aksara.expr.Expression> named) {
        requireNotCombinedForAggregate(qs);
        return aggregateValues(qs, named, io.aksara.internal.Annotate.aggregates(qs.query, named));
    }

    static <T extends Model> void requireNotCombinedForAggregate(QuerySet<T> qs) {
        if (qs.query.isCombined()) {
            throw new AksaraException("aggregate() after " + qs.query.combination().kind().method() + "() is not supported;"
                    + " aggregate each QuerySet, or count() the combination");
        }
    }

    static <T extends Model> Map<String, Object> aggregateValues(QuerySet<T> qs, java.util.LinkedHashMap<String, io.aksara.expr.Expression> named,
            List<io.aksara.query.Expr> resolved) {
        if (resolved.isEmpty()) {
            return Map.of(); // Django: aggregate() with no arguments is {}
        }
        // no rows, no SQL where the values are known: what the aggregates give over an empty set
        Object[] values = qs.query.none() ? io.aksara.internal.Annotate.overNoRows(qs.query, resolved) : null;
        if (values == null) {
            values = qs.backend().aggregate(qs.query, resolved);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        int i = 0;
        for (String name : named.keySet()) {
            out.put(name, values[i++]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    static <T extends Model> Map<String, Object> aggregate(QuerySet<T> qs, io.aksara.expr.Expression... aggregates) {
        if (aggregates != null && aggregates.length == 0) {
            requireNotCombinedForAggregate(qs);
            return Map.of(); // Django: aggregate() with no arguments is {}
        }
        return aggregated(qs, namedAnnotations(qs, "aggregate", aggregates));
    }

    static <T extends Model> CompletableFuture<Map<String, Object>> aggregateAsync(QuerySet<T> qs, io.aksara.expr.Expression... aggregates) {
        java.util.LinkedHashMap<String, io.aksara.expr.Expression> named = namedAnnotations(qs, "aggregate", aggregates);
        List<io.aksara.query.Expr> resolved = io.aksara.internal.Annotate.aggregates(qs.query, named);
        return Async.supply(() -> aggregateValues(qs, named, resolved));
    }
}
