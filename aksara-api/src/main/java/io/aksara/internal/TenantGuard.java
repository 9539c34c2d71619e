package io.aksara.internal;

import io.aksara.Model;
import io.aksara.errors.TenantViolation;
import io.aksara.lookup.Lookups;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.query.Assignment;
import io.aksara.query.Filter;
import io.aksara.query.SelectQuery;
import io.aksara.spi.Backend;
import io.aksara.tenancy.Tenants;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The backend a {@link io.aksara.tenancy.TenantScoped} model's operations run against: every
 * query value passed to it is restricted to the bound tenant ({@link TenantRows#restrict}, nested
 * queries included), an
 * update may not set the tenant column, and a row update by key ({@code save()} of an instance
 * with a key) first makes sure the key is the bound tenant's. A proxy, like {@link TimedBackend},
 * so methods added to {@link Backend} later are covered too. Other models get the real backend.
 *
 * <pre>{@code
 * Backend b = TenantGuard.over(Aksara.backend(alias), meta);
 * b.count(SelectQuery.of(meta));    // counts the bound tenant's rows only
 * }</pre>
 */
public final class TenantGuard {
    /**
     * The guard last made for each model class, with the backend it wraps: every QuerySet call asks
     * for one, and a new proxy per call would be garbage on every query once tenancy is in use. A
     * model is used with one backend most of the time; another backend (a second alias, a pool
     * opened again) replaces the entry.
     */
    private static final ClassValue<AtomicReference<Guarded>> LAST = new ClassValue<>() {
        @Override
        protected AtomicReference<Guarded> computeValue(Class<?> type) {
            return new AtomicReference<>();
        }
    };

    /** A guard and the backend it guards. */
    private record Guarded(Backend real, Backend guard) {}

    private TenantGuard() {}

    /**
     * {@code real} guarded for {@code meta}'s tenant. A model that is not scoped gets the guard too
     * once tenancy is in use, because its queries may nest a scoped model's ({@code Exists}, an
     * {@code __in} QuerySet); otherwise it gets {@code real} itself. The same backend and model get
     * the same guard; it reads the bound tenant on each call, so one serves every tenant.
     */
    public static Backend over(Backend real, ModelMeta<?> meta) {
        boolean scoped = TenantRows.scoped(meta);
        if (!scoped && !TenantRows.inUse()) {
            return real;
        }
        AtomicReference<Guarded> slot = LAST.get(meta.type());
        Guarded last = slot.get();
        if (last != null && last.real() == real) {
            return last.guard();
        }
        Backend guard = guard(real, scoped);
        slot.set(new Guarded(real, guard));
        return guard;
    }

    private static Backend guard(Backend real, boolean scoped) {
        return BackendProxies.of("TenantGuard[" + real + "]", (method, args) -> {
            if (scoped && method.getName().equals("updateRow")) {
                return updateRow(real, (ModelMeta<?>) args[0], (Model) args[1]);
            }
            if (args != null) {
                for (int i = 0; i < args.length; i++) {
                    if (args[i] instanceof SelectQuery<?> q) {
                        args[i] = TenantRows.restrict(q);
                    } else if (args[i] instanceof List<?> items) {
                        if (method.getName().equals("update")) {
                            refuseTenantChange(items);
                        }
                        args[i] = TenantRows.restrictNested(items);
                    }
                }
            }
            return BackendProxies.forward(real, method, args);
        });
    }

    /**
     * Updates the instance's row only when it is the bound tenant's; a key of another tenant's row
     * is refused rather than reported as missing (which would make {@code save()} insert a copy).
     */
    private static <M extends Model> long updateRow(Backend real, ModelMeta<M> meta, Model instance) {
        @SuppressWarnings("unchecked")
        M typed = (M) instance;
        FieldMeta<M, ?> pk = meta.primaryKey();
        Object key = pk.columnValue(typed);
        SelectQuery<M> byKey = SelectQuery.of(meta).withWhere(new Filter.Match(pk, Lookups.find(pk, "exact"), key));
        if (real.exists(TenantRows.restrict(byKey))) {
            return real.updateRow(meta, typed);
        }
        if (real.exists(byKey)) {
            throw new TenantViolation(meta.name() + " pk=" + key + " is not a row of tenant '" + Tenants.current()
                    + "': nothing was written");
        }
        return 0;
    }

    private static void refuseTenantChange(List<?> assignments) {
        for (Object o : assignments) {
            if (o instanceof Assignment a && a.field().model() != null && TenantRows.scoped(a.field().model())
                    && a.field() == TenantRows.field(a.field().model())) {
                throw new TenantViolation("update() cannot set " + a.field().qualifiedName()
                        + ": rows never move between tenants");
            }
        }
    }
}
