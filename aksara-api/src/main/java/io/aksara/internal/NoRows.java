package io.aksara.internal;

import io.aksara.query.SelectQuery;
import io.aksara.spi.Backend;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The backend a {@code none()} QuerySet runs against: every operation on a query answers "no
 * rows" (an empty list or stream, 0, false) without SQL and without opening the database.
 * Rendering ({@code sql()}) and anything that is not about the query's rows go to the real
 * backend. A proxy rather than a class, so methods added to {@link Backend} later are answered
 * too: by the empty value of their return type, or, for a type without one, by the real backend,
 * whose SQL for an empty query has a false WHERE condition and so returns nothing either.
 *
 * <pre>{@code
 * Backend b = NoRows.over(() -> Aksara.backend(alias));
 * b.count(query);    // 0, no SQL
 * }</pre>
 */
public final class NoRows {
    /** What {@code explain()} of an empty QuerySet says. */
    public static final String EXPLAIN = "none(): an empty QuerySet runs no SQL, so there is no plan";

    private NoRows() {}

    /** A backend that answers every query with no rows, delegating anything else to {@code real}. */
    public static Backend over(Supplier<Backend> real) {
        return BackendProxies.of("NoRows", (method, args) -> {
            boolean aboutRows = args != null && args.length > 0 && args[0] instanceof SelectQuery<?>
                    && !method.getName().equals("sql");
            if (aboutRows) {
                Object empty = emptyValue(method);
                if (empty != null) {
                    return empty;
                }
            }
            return BackendProxies.forward(real.get(), method, args);
        });
    }

    private static Object emptyValue(Method method) {
        Class<?> type = method.getReturnType();
        if (method.getName().equals("explain") && type == String.class) {
            return EXPLAIN;
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == Stream.class) {
            return Stream.empty();
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }
}
