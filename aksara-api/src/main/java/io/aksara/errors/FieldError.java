package io.aksara.errors;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A query or write names a field or lookup that does not exist, or passes a value of the wrong
 * type. Thrown before any SQL runs; the message names the model and lists what would be valid.
 *
 * <pre>{@code
 * Product.objects.filter("prce__lt", 100);
 * // FieldError: Cannot resolve 'prce' on Product. Did you mean 'price'? Choices: id, name, price, ...
 * }</pre>
 */
public class FieldError extends AksaraException {
    public FieldError(String message) {
        super(message);
    }

    /** An unknown field name on a model. */
    public static FieldError unknownField(ModelMeta<?> model, String name) {
        return unknownField(model.name(), name, model.fieldNames());
    }

    /** An unknown field name, with every valid choice (fields and relations). */
    public static FieldError unknownField(String model, String name, List<String> choices) {
        return new FieldError("Cannot resolve '" + name + "' on " + model + "." + suggestion(name, choices)
                + " Choices: " + String.join(", ", choices));
    }

    /** A lookup name that is not registered for the field's type. */
    public static FieldError unknownLookup(FieldMeta<?, ?> field, String lookup, Collection<String> valid) {
        List<String> sorted = valid.stream().sorted().toList();
        return new FieldError("Unsupported lookup '" + lookup + "' for " + field.type().displayName() + " '"
                + field.name() + "' on " + field.model().name() + "." + suggestion(lookup, sorted)
                + " Valid lookups: " + String.join(", ", sorted));
    }

    /** A value whose type the field cannot take. */
    public static FieldError wrongType(FieldMeta<?, ?> field, String expected, Object value) {
        return new FieldError(field.qualifiedName() + " (" + field.kind().displayName() + ") expects " + expected
                + ", got " + describe(value));
    }

    /** {@code Integer 5}, {@code String "x"} or {@code null}, for messages. */
    public static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        String shown = value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        return value.getClass().getSimpleName() + " " + shown;
    }

    static String suggestion(String given, List<String> choices) {
        return choices.stream()
                .min(Comparator.comparingInt(c -> distance(given.toLowerCase(), c.toLowerCase())))
                .filter(best -> distance(given.toLowerCase(), best.toLowerCase()) <= Math.max(2, given.length() / 3))
                .map(best -> " Did you mean '" + best + "'?")
                .orElse("");
    }

    /** Levenshtein distance; the inputs are short names, so the quadratic table is fine. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
