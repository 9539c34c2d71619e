package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * The current timestamp of the database, in UTC (an {@code OffsetDateTime}); the transaction's
 * start time on PostgreSQL and H2, the statement's on MySQL and MariaDB.
 *
 * <pre>{@code Book.objects.filter("published__lte", Now.of()) }</pre>
 */
public final class Now {
    private Now() {}

    public static Func of() {
        return new Func(Expr.Func.Function.NOW, List.of());
    }
}
