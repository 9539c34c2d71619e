package io.aksara.errors;

/**
 * {@code get()} found no row.
 *
 * <pre>{@code
 * try { Product.objects.get("name", "Nothing"); }
 * catch (DoesNotExist e) { e.model(); }  // "Product"
 * }</pre>
 */
public class DoesNotExist extends AksaraException {
    private final String model;

    public DoesNotExist(String model, String detail) {
        super(model + " matching query does not exist." + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")"));
        this.model = model;
    }

    /** The model's simple name. */
    public String model() {
        return model;
    }
}
