package io.aksara.errors;

/**
 * A write would cross tenants: an instance stamped with another tenant, a foreign key naming a row
 * of another tenant, a primary key of another tenant's row, or an update that changes the tenant
 * column. Raised before anything is written.
 *
 * <pre>{@code
 * Tenants.run("acme", () -> Invoice.objects.create("customer", globexCustomerId));  // TenantViolation
 * }</pre>
 */
public class TenantViolation extends AksaraException {
    public TenantViolation(String message) {
        super(message);
    }
}
