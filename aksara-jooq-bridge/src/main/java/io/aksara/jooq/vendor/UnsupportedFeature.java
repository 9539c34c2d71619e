package io.aksara.jooq.vendor;

import io.aksara.errors.AksaraException;

/**
 * Raised before any SQL runs when a query asks for something its database cannot do, naming the
 * database, the feature and the operation.
 *
 * <pre>{@code
 * // on SQLite:
 * Transaction.atomic(() -> Ticket.objects.selectForUpdate().fetch());
 * // UnsupportedFeature: SQLite has no SELECT ... FOR UPDATE (needed by selectForUpdate()) ...
 * }</pre>
 */
public class UnsupportedFeature extends AksaraException {
    private final transient Vendor vendor;
    private final Feature feature;

    public UnsupportedFeature(Vendor vendor, Feature feature, String operation, String hint) {
        super(vendor.displayName() + " has no " + feature.description() + " (needed by " + operation + ")"
                + (hint == null || hint.isBlank() ? "" : ": " + hint));
        this.vendor = vendor;
        this.feature = feature;
    }

    public Vendor vendor() { return vendor; }

    public Feature feature() { return feature; }
}
