package io.aksara.errors;

/**
 * Something was asked of a model with a composite primary key that needs a single-column key, or a
 * key value that does not fit the composite key (a plain value, a tuple of the wrong size).
 *
 * <pre>{@code
 * try {
 *     OrderLine.objects.get("pk", 7L);      // needs CompositeKey.of(order, product)
 * } catch (CompositeKeyError e) { ... }
 * }</pre>
 */
public class CompositeKeyError extends AksaraException {
    public CompositeKeyError(String message) {
        super(message);
    }
}
