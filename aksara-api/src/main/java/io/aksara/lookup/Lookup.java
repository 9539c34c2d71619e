package io.aksara.lookup;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/**
 * One lookup: the part after the last {@code __} in {@code "price__lt"}. A lookup says which field
 * types it applies to and turns the user's value into what the SQL side binds; the SQL itself is
 * written by the backend, which knows each built-in lookup by {@link #name()}.
 *
 * <pre>{@code
 * Lookups.find(priceField, "lt");                // the LessThan lookup
 * Lookups.find(priceField, "lt").prepare(priceField, 100);   // BigDecimal 100
 * }</pre>
 */
public interface Lookup {
    /** The name used in lookup strings, e.g. {@code icontains}. */
    String name();

    /** Whether this lookup can be used on a field of this type. */
    boolean appliesTo(FieldType type);

    /**
     * Checks and converts the right-hand value for this field. Throws
     * {@link io.aksara.errors.FieldError} naming the field and what was expected.
     */
    Object prepare(FieldMeta<?, ?> field, Object value);

    /**
     * The SQL of a lookup the backend does not know, as a template: {@code {0}} is the column,
     * {@code {1}} the bound value. Registering such a lookup once makes it work in both spellings.
     *
     * <p>The template is trusted code: it is SQL text written by the application's developer, as
     * much part of the program as a query string in the source, and is used as it is. Never build
     * it from input. Values never reach it as text: the user's value is always {@code {1}}, a
     * bound parameter, whatever it contains.
     *
     * <pre>{@code
     * Lookups.register(new Lookup() {
     *     public String name() { return "ne"; }
     *     public boolean appliesTo(FieldType t) { return true; }
     *     public Object prepare(FieldMeta<?, ?> f, Object v) { return Values.toColumnValue(f, v); }
     *     public String sqlTemplate() { return "{0} <> {1}"; }
     * });
     * Product.objects.filter("name__ne", "Laptop");
     * Product.objects.filter(Product_.name.lookup("ne", "Laptop"));
     * }</pre>
     */
    default String sqlTemplate() {
        return null;
    }
}
