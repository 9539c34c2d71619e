package io.aksara.fields;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An explicit default, written as text and parsed for the field's type. Most models do not need
 * it: a field initializer ({@code public boolean inStock = true;}) is the default already. Use it
 * when the Java field must stay unset on new instances but the column needs a default.
 *
 * <pre>{@code
 * @IntegerField @Default("10") public Integer stock;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Default {
    /** The default, as text: {@code "true"}, {@code "10"}, {@code "9.99"}, {@code "2026-01-31"}, ... */
    String value();
}
