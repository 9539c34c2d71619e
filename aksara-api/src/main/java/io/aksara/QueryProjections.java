package io.aksara;

import io.aksara.errors.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * The bodies of {@link QuerySet}'s projections: {@code values} and the {@code valuesList} shapes.
 */
final class QueryProjections {
    private QueryProjections() {
    }

    static <T extends Model> List<io.aksara.query.Expr> projection(QuerySet<T> qs, String[] fields, List<String> names) {
        return io.aksara.internal.Annotate.projection(qs.query, fields, names);
    }

    static <T extends Model> Rows<java.util.Map<String, Object>> values(QuerySet<T> qs, String... fields) {
        List<String> names = new ArrayList<>();
        List<io.aksara.query.Expr> columns = projection(qs, fields, names);
        return new Rows<>(qs, names, columns, (n, c) -> row -> {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < row.length; i++) {
                m.put(n.get(i), row[i]);
            }
            return m;
        }, null);
    }

    static <T extends Model> Rows<List<Object>> valuesList(QuerySet<T> qs, String... fields) {
        List<String> names = new ArrayList<>();
        List<io.aksara.query.Expr> columns = projection(qs, fields, names);
        return new Rows<>(qs, names, columns, (n, c) -> row -> java.util.Arrays.asList(row.clone()), null);
    }

    static <T extends Model, V> Rows<V> valuesList(QuerySet<T> qs, String field, Class<V> type) {
        List<String> names = new ArrayList<>();
        List<io.aksara.query.Expr> columns = projection(qs, new String[] {field}, names);
        Class<?> actual = columns.getFirst().type().javaClass();
        if (!type.isAssignableFrom(actual)) {
            throw new FieldError("'" + field + "' on " + qs.meta().name() + " holds " + actual.getSimpleName()
                    + " values, not " + type.getSimpleName());
        }
        return new Rows<>(qs, names, columns, null, row -> type.cast(row[0]));
    }

    static <T extends Model, R extends Record> Rows<R> valuesList(QuerySet<T> qs, Class<R> type, String... fields) {
        List<String> names = new ArrayList<>();
        List<io.aksara.query.Expr> columns = projection(qs, fields, names);
        return new Rows<>(qs, names, columns, null,
                io.aksara.internal.RecordRows.shaper(type, names, columns, qs.meta().name()));
    }
}
