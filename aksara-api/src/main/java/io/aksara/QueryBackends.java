package io.aksara;

import io.aksara.internal.Routing;
import io.aksara.spi.Backend;

/**
 * Which backend a {@link QuerySet} runs on: its alias or the routers' choice, wrapped for
 * {@code none()} (no SQL), tenancy and a {@code timeout()}.
 */
final class QueryBackends {
    private QueryBackends() {
    }

    /**
     * The backend this QuerySet's reads run on: its {@link QuerySet#using(String)}, else the routers' read
     * choice (their write choice for {@code selectForUpdate}, whose rows must be the ones written).
     */
    static <T extends Model> Backend backend(QuerySet<T> qs) {
        return backend(qs, qs.query.lock() != null ? QueryWrites.writeAlias(qs) : Routing.forQuery(qs.database(), qs.query, false));
    }

    /** The backend of {@code alias}: limited to this QuerySet's {@link QuerySet#timeout(java.time.Duration)}, if any. */
    static <T extends Model> Backend backend(QuerySet<T> qs, String alias) {
        if (qs.query.none()) {
            return io.aksara.internal.NoRows.over(() -> Aksara.backend(alias)); // none(): no SQL
        }
        Backend real = io.aksara.internal.TenantGuard.over(Aksara.backend(alias), qs.meta());
        return qs.loading().timeout() == null ? real : io.aksara.internal.TimedBackend.over(real, qs.loading().timeout(), qs.meta().name());
    }
}
