package io.aksara.errors;

/**
 * {@code get()} found more than one row.
 *
 * <pre>{@code
 * try { Product.objects.get("inStock", true); }
 * catch (MultipleObjectsReturned e) { e.count(); }  // 2, or 21 meaning "more than 20"
 * }</pre>
 */
public class MultipleObjectsReturned extends AksaraException {
    private final String model;
    private final int count;

    public MultipleObjectsReturned(String model, int count, int limit) {
        super("get() returned more than one " + model + " -- it returned "
                + (count >= limit ? "more than " + (limit - 1) : String.valueOf(count)) + "!");
        this.model = model;
        this.count = count;
    }

    public String model() {
        return model;
    }

    /** How many rows were seen (capped at the probe limit). */
    public int count() {
        return count;
    }
}
