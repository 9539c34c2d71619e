package io.aksara.errors;

/**
 * A fixture cannot be read or loaded: malformed JSON, an unknown model label, an unknown field or a
 * value of the wrong type. Raised before anything is written; a load that fails writes nothing.
 *
 * <pre>{@code
 * Fixtures.loaddata("[{\"model\": \"Prodcut\", \"pk\": 1, \"fields\": {}}]");
 * // FixtureError: object 1 of the fixture: unknown model 'Prodcut'. Known models: Category, Product
 * }</pre>
 */
public class FixtureError extends AksaraException {
    public FixtureError(String message) {
        super(message);
    }

    public FixtureError(String message, Throwable cause) {
        super(message, cause);
    }
}
