package io.aksara;

import io.aksara.errors.AksaraException;
import io.aksara.errors.DoesNotExist;
import io.aksara.errors.FieldError;
import io.aksara.errors.MultipleObjectsReturned;
import io.aksara.internal.Resolver;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.Values;
import io.aksara.query.OrderTerm;
import io.aksara.query.SelectQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bodies of {@link QuerySet}'s terminal reads that need more than one call: {@code get},
 * {@code getOrNull}, {@code last}, {@code latest}/{@code earliest}, {@code inBulk} and {@code iterate}.
 */
final class QueryReads {
    private QueryReads() {
    }

    static <T extends Model> QuerySet<T> byOrder(QuerySet<T> qs, String method, String[] fields, boolean latest) {
        if (fields == null || fields.length == 0) {
            throw new FieldError(method + "() needs the fields to order by, e.g. " + method + "(\"createdAt\")"
                    + " (Aksara has no Meta get_latest_by)");
        }
        if (qs.query.isSliced()) {
            throw new AksaraException("Cannot change a query once a slice has been taken; call " + method
                    + "() before limit/offset/slice");
        }
        String[] names = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            names[i] = f == null || !latest ? f : f.startsWith("-") ? f.substring(1) : "-" + f;
        }
        return qs.orderBy(names).limit(1);
    }

    static <T extends Model> java.util.function.Supplier<Map<Object, T>> inBulkPlan(QuerySet<T> qs, java.util.Collection<?> values, String field) {
        qs.requireNotSliced("inBulk");
        qs.requireNotCombined("inBulk");
        if (field == null) {
            throw new FieldError("inBulk() needs a field name, got null");
        }
        FieldMeta<?, ?> f = Resolver.field(qs.meta(), field);
        boolean unique = f.unique() || qs.meta().indexes().stream()
                .anyMatch(ix -> ix.unique() && ix.fields().size() == 1 && ix.fields().getFirst() == f);
        if (!unique) {
            throw new FieldError("inBulk() keys rows by a unique field, and " + f.qualifiedName() + " is not unique");
        }
        if (values == null) {
            throw new FieldError("inBulk() needs a collection of values, got null");
        }
        java.util.LinkedHashSet<Object> keys = new java.util.LinkedHashSet<>();
        for (Object v : values) {
            if (v != null) { // as Django: None never matches
                keys.add(Values.toColumnValue(f, v));
            }
        }
        List<Object> all = List.copyOf(keys);
        List<QuerySet<T>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += QuerySet.IN_BULK_BATCH) {
            batches.add(qs.filter(f.name() + "__in", all.subList(from, Math.min(all.size(), from + QuerySet.IN_BULK_BATCH))));
        }
        return () -> {
            Map<Object, T> out = new LinkedHashMap<>();
            for (QuerySet<T> batch : batches) {
                for (T row : batch.fetch()) {
                    out.put(f.columnValueUnchecked(row), row);
                }
            }
            return out;
        };
    }

    static <T extends Model> QuerySet<T> orderByKey(QuerySet<T> qs, boolean descending) {
        List<OrderTerm> terms = qs.meta().primaryKeyFields().stream()
                .map(f -> new OrderTerm(f, descending)).toList();
        return qs.with(qs.query.withOrdering(terms), true);
    }

    static <T extends Model> QuerySet<T> reversed(QuerySet<T> qs) {
        List<OrderTerm> terms = qs.query.ordering().stream().map(OrderTerm::reversed).toList();
        return qs.with(qs.query.withOrdering(terms), true);
    }

    /** The QuerySet first() reads its one row of: as it is when ordered, else by primary key. */
    static <T extends Model> QuerySet<T> firstOrdering(QuerySet<T> qs) {
        return qs.ordered ? qs : orderByKey(qs, false);
    }

    static <T extends Model> List<T> limitedRows(QuerySet<T> qs, long n) {
        return qs.loading().apply(qs.backend().fetch(limitedTo(qs, n)), qs.database());
    }

    static <T extends Model> SelectQuery<T> limitedTo(QuerySet<T> qs, long n) {
        if (qs.query.limit() != null && qs.query.limit() <= n) {
            return qs.query; // already within n rows: the same query, not an equal copy
        }
        long limit = qs.query.limit() == null ? n : Math.min(n, qs.query.limit());
        return qs.query.withSlice(qs.query.offset(), limit);
    }

    /**
     * {@code qs.filter(lookup, value, more)} for {@code get(lookup, value, ...)} and
     * {@code getOrNull(...)}. A {@link io.aksara.routing.QueryRouter} is shown the filtered query
     * before its slice, as {@code filter(...).get()} shows it; with no router configured nobody
     * sees that intermediate query, so the filter and get()'s probe slice are made in one copy.
     */
    static <T extends Model> QuerySet<T> filteredForGet(QuerySet<T> qs, String lookup, Object value, Object[] more) {
        if (!io.aksara.internal.Routing.routers().isEmpty()) {
            return qs.filter(lookup, value, more);
        }
        return QueryRefinements.whereForGet(qs, lookup, value, more, QuerySet.GET_PROBE);
    }

    static <T extends Model> T get(QuerySet<T> qs) {
        return single(qs, qs.backend().fetch(limitedTo(qs, QuerySet.GET_PROBE)));
    }

    /** The one row of get()'s probe, loaded as {@code qs} loads rows; none or several are an error naming {@code qs}'s filter. */
    static <T extends Model> T single(QuerySet<T> qs, List<T> rows) {
        if (rows.isEmpty()) {
            throw new DoesNotExist(qs.meta().type(), qs.describeFilter());
        }
        if (rows.size() > 1) {
            throw new MultipleObjectsReturned(qs.meta().name(), rows.size(), QuerySet.GET_PROBE);
        }
        return qs.loading().apply(rows, qs.database()).getFirst();
    }

    static <T extends Model> Optional<T> last(QuerySet<T> qs) {
        if (qs.query.isSliced()) {
            throw new AksaraException("Cannot reverse a query once a slice has been taken; call last() before limit/slice");
        }
        QuerySet<T> ordering = qs.ordered ? reversed(qs) : orderByKey(qs, true);
        return limitedRows(ordering, 1).stream().findFirst();
    }

    static <T extends Model> T getOrNull(QuerySet<T> qs) {
        List<T> rows = qs.backend().fetch(limitedTo(qs, QuerySet.GET_PROBE));
        if (rows.size() > 1) {
            throw new MultipleObjectsReturned(qs.meta().name(), rows.size(), QuerySet.GET_PROBE);
        }
        return rows.isEmpty() ? null : rows.getFirst();
    }

    static <T extends Model> Map<Object, T> inBulk(QuerySet<T> qs) {
        qs.requireNotSliced("inBulk");
        Map<Object, T> out = new LinkedHashMap<>();
        for (T row : qs.fetch()) {
            out.put(row.pk(), row); // a CompositeKey for a composite key
        }
        return out;
    }

    static <T extends Model> java.util.stream.Stream<T> iterate(QuerySet<T> qs, int chunkSize) {
        if (chunkSize <= 0) {
            throw new FieldError("iterate() chunkSize must be positive, got " + chunkSize);
        }
        java.util.stream.Stream<T> rows = qs.backend().stream(qs.query, chunkSize);
        if (qs.loading().isEmpty()) {
            return rows;
        }
        // prefetches run once per chunk: one query per level for chunkSize rows, memory stays bounded
        return rows.gather(java.util.stream.Gatherers.windowFixed(chunkSize))
                .flatMap(chunk -> qs.loading().apply(new ArrayList<>(chunk), qs.database()).stream());
    }
}
