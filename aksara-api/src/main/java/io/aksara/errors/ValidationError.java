package io.aksara.errors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An instance cannot be written because some fields hold invalid values. Thrown by {@code save()}
 * and {@code create()} before any SQL runs, with every problem of every field.
 *
 * <pre>{@code
 * try { product.save(); }
 * catch (ValidationError e) {
 *     e.errors();   // {name=[Ensure this value has at most 100 characters (it has 130).]}
 * }
 * }</pre>
 */
public class ValidationError extends AksaraException {
    private final String model;
    private final Map<String, List<String>> errors;

    public ValidationError(String model, Map<String, List<String>> errors) {
        super(format(model, errors));
        this.model = model;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        errors.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.errors = Map.copyOf(copy);
    }

    /** The model's simple name. */
    public String model() {
        return model;
    }

    /** Messages per Java field name. */
    public Map<String, List<String>> errors() {
        return errors;
    }

    private static String format(String model, Map<String, List<String>> errors) {
        return "Invalid " + model + ": " + errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + String.join(" ", e.getValue()))
                .collect(Collectors.joining("; "));
    }
}
