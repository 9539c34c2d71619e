package io.aksara.tenancy;

import io.aksara.errors.AksaraException;
import io.aksara.errors.NoTenantBound;
import io.aksara.internal.TenantRows;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The tenant of the work in progress (a request, a job), carried in a {@link ScopedValue}. Bind it
 * once where the request enters the application; every query on a {@link TenantScoped} model, a
 * {@link TenantRouter} and a {@link SchemaPerTenant} alias read it from here.
 *
 * <pre>{@code
 * Tenants.run("acme", () -> {
 *     Invoice.objects.create("number", 1);            // stamped with tenant "acme"
 *     Invoice.objects.count();                        // counts acme's invoices only
 * });
 * long n = Tenants.call("globex", () -> Invoice.objects.count());
 * }</pre>
 *
 * <p>The binding ends with the block and is visible to code it calls on the same thread, to the
 * {@code ...Async} methods of Aksara (they carry it to their virtual thread) and to the subtasks of
 * a {@code StructuredTaskScope} opened inside it. A thread started any other way (a plain
 * {@code Thread.ofVirtual().start(...)}, an executor) sees no tenant and a tenant-scoped query there
 * fails with {@link NoTenantBound}; hand it the tenant with {@link #carry(Runnable)}.
 */
public final class Tenants {
    private static final ScopedValue<String> CURRENT = ScopedValue.newInstance();

    private Tenants() {}

    /** Runs {@code work} with {@code tenant} bound (a nested call rebinds it for its block). */
    public static void run(String tenant, Runnable work) {
        ScopedValue.where(CURRENT, valid(tenant)).run(work);
    }

    /** Runs {@code work} with {@code tenant} bound and returns its result. */
    public static <T> T call(String tenant, Supplier<T> work) {
        return ScopedValue.where(CURRENT, valid(tenant)).call(work::get);
    }

    /** As {@link #call(String, Supplier)}, for work that throws checked exceptions. */
    public static <T> T callChecked(String tenant, Callable<T> work) throws Exception {
        return ScopedValue.where(CURRENT, valid(tenant)).call(work::call);
    }

    /** The bound tenant; {@link NoTenantBound} when there is none. */
    public static String current() {
        if (!CURRENT.isBound()) {
            throw new NoTenantBound("No tenant is bound to this thread: run the work inside Tenants.run(tenant, ...)"
                    + " (a thread you start yourself does not inherit the tenant: wrap its task with Tenants.carry(...))");
        }
        return CURRENT.get();
    }

    /** The bound tenant, or null when there is none. */
    public static String currentOrNull() {
        return CURRENT.isBound() ? CURRENT.get() : null;
    }

    /** Whether a tenant is bound. */
    public static boolean isBound() {
        return CURRENT.isBound();
    }

    /**
     * {@code work}, bound to the tenant of the calling thread, for a thread or executor that would
     * not inherit it; unchanged when no tenant is bound.
     *
     * <pre>{@code
     * Thread.ofVirtual().start(Tenants.carry(() -> Invoice.objects.count()));
     * }</pre>
     */
    public static Runnable carry(Runnable work) {
        String tenant = currentOrNull();
        return tenant == null ? work : () -> run(tenant, work);
    }

    /** As {@link #carry(Runnable)} for work with a result. */
    public static <T> Supplier<T> carry(Supplier<T> work) {
        String tenant = currentOrNull();
        return tenant == null ? work : () -> call(tenant, work);
    }

    private static String valid(String tenant) {
        Objects.requireNonNull(tenant, "tenant");
        if (tenant.isBlank()) {
            throw new AksaraException("A tenant id must not be blank");
        }
        TenantRows.noteInUse();
        return tenant;
    }
}
