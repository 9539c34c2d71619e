package io.aksara.internal;

import io.aksara.Model;
import io.aksara.errors.ParameterError;
import io.aksara.query.Filter;
import io.aksara.query.Placeholder;
import io.aksara.query.SelectQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a resolved query (its {@link Placeholder}s in WHERE and HAVING), and the same
 * query with values in their place. Both walk the filter tree in the same order, so a parameter's
 * position among {@link #names} is its index in the values array.
 */
public final class Placeholders {
    private Placeholders() {}

    /** Every parameter name of the query, in the order they first appear. */
    public static List<String> names(SelectQuery<?> query) {
        Map<String, Placeholder> seen = new LinkedHashMap<>();
        collect(query.where(), seen);
        collect(query.having(), seen);
        return List.copyOf(seen.keySet());
    }

    /** The lookup strings each parameter stands in, for messages ({@code max: price__lt}). */
    public static String describe(SelectQuery<?> query) {
        Map<String, Placeholder> seen = new LinkedHashMap<>();
        collect(query.where(), seen);
        collect(query.having(), seen);
        List<String> parts = new ArrayList<>();
        seen.forEach((name, p) -> parts.add(name + " (" + p.lookup() + ")"));
        return String.join(", ", parts);
    }

    /**
     * The query with each placeholder replaced by its value, converted by its lookup;
     * {@code values[i]} belongs to {@code names.get(i)}.
     */
    public static <T extends Model> SelectQuery<T> bind(SelectQuery<T> query, List<String> names, Object[] values) {
        SelectQuery<T> bound = query.withWhere(replace(query.where(), names, values));
        return query.having() instanceof Filter.Everything ? bound : bound.withHaving(replace(query.having(), names, values));
    }

    /** A placeholder that reached the backend: the QuerySet was run without {@code compile()}. */
    public static ParameterError unbound(Placeholder p) {
        return new ParameterError("The parameter '" + p.name() + "' (" + p.lookup() + ") has no value: a QuerySet with"
                + " parameters runs through compile(), e.g. compile().with(\"" + p.name() + "\", value).fetch()");
    }

    private static void collect(Filter f, Map<String, Placeholder> seen) {
        switch (f) {
            case Filter.Match m when m.value() instanceof Placeholder p -> seen.putIfAbsent(p.name(), p);
            case Filter.Compare c when c.value() instanceof Placeholder p -> seen.putIfAbsent(p.name(), p);
            case Filter.And a -> a.parts().forEach(p -> collect(p, seen));
            case Filter.Or o -> o.parts().forEach(p -> collect(p, seen));
            case Filter.Chain c -> c.calls().forEach(p -> collect(p, seen));
            case Filter.Not n -> collect(n.part(), seen);
            default -> { }
        }
    }

    private static Filter replace(Filter f, List<String> names, Object[] values) {
        return switch (f) {
            case Filter.Match m when m.value() instanceof Placeholder p ->
                    new Filter.Match(m.path(), m.lookup(), value(p, names, values));
            case Filter.Compare c when c.value() instanceof Placeholder p ->
                    new Filter.Compare(c.expression(), c.lookup(), value(p, names, values));
            case Filter.And a -> new Filter.And(replaceAll(a.parts(), names, values));
            case Filter.Or o -> new Filter.Or(replaceAll(o.parts(), names, values));
            case Filter.Chain c -> new Filter.Chain(replaceAll(c.calls(), names, values));
            case Filter.Not n -> new Filter.Not(replace(n.part(), names, values));
            default -> f;
        };
    }

    private static List<Filter> replaceAll(List<Filter> parts, List<String> names, Object[] values) {
        List<Filter> out = new ArrayList<>(parts.size());
        for (Filter p : parts) {
            out.add(replace(p, names, values));
        }
        return out;
    }

    private static Object value(Placeholder p, List<String> names, Object[] values) {
        return prepared(p, values[names.indexOf(p.name())]);
    }

    /** The value given for a placeholder, converted by its lookup; a null is refused as {@link #bind} refuses it. */
    public static Object prepared(Placeholder p, Object given) {
        Object prepared = given == null ? null : p.prepare().apply(given);
        if (prepared == null) {
            throw new ParameterError("The parameter '" + p.name() + "' (" + p.lookup() + ") is null: a compiled lookup"
                    + " compares with a value; write the query with '__isnull' for missing values");
        }
        return prepared;
    }
}
