package io.aksara.routing;

import io.aksara.query.Expr;
import io.aksara.query.Filter;
import java.util.List;

/** Finds the shard key's value in a resolved filter, where it decides the shard for the whole query. */
final class ShardKeyFilter {
    private ShardKeyFilter() {}

    /**
     * The value {@code key} is compared to by equality in a condition every matching row must
     * meet (the top level of the filter, or a conjunction), or null. Conditions under OR and NOT,
     * across relations or through transforms are not used: they do not pin one shard.
     */
    static Object equalityValue(Filter filter, String key) {
        return switch (filter) {
            case Filter.Match m when isKeyEquality(m, key) -> m.value();
            case Filter.And and -> first(and.parts(), key);
            case Filter.Chain chain -> first(chain.calls(), key);
            default -> null;
        };
    }

    private static boolean isKeyEquality(Filter.Match m, String key) {
        return m.path().hops().isEmpty() && m.path().transforms().isEmpty() && m.field().name().equals(key)
                && m.lookup().name().equals("exact") && m.value() != null && !(m.value() instanceof Expr);
    }

    private static Object first(List<Filter> parts, String key) {
        for (Filter part : parts) {
            Object value = equalityValue(part, key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
