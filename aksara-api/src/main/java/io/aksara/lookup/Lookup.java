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
}
