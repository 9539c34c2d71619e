package io.aksara.errors;

/**
 * A tenant-scoped model was queried or written with no tenant bound to the thread. Raised before
 * any SQL runs: Aksara never falls back to a default tenant.
 *
 * <pre>{@code
 * Invoice.objects.count();                                   // NoTenantBound
 * Tenants.call("acme", () -> Invoice.objects.count());       // the invoices of acme
 * }</pre>
 */
public class NoTenantBound extends AksaraException {
    public NoTenantBound(String message) {
        super(message);
    }
}
