package io.aksara.errors;

/**
 * A compiled query was run with a parameter missing, with a name it does not have, or with a value
 * its lookup cannot take; or a QuerySet with parameters was run without being compiled. Thrown
 * before any SQL runs; the message names the parameter and the parameters the query has.
 *
 * <pre>{@code
 * CompiledQuery<Product> q = Product.objects.filter("price__lt", param("max")).compile();
 * q.with("min", 5).fetch();
 * // ParameterError: Unknown parameter 'min' for Product (price__lt); its parameters are: max
 * }</pre>
 */
public class ParameterError extends AksaraException {
    public ParameterError(String message) {
        super(message);
    }
}
