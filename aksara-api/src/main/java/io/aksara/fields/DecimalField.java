package io.aksara.fields;

import io.aksara.kinds.DecimalKind;
import io.aksara.kinds.Kind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An exact decimal column ({@code NUMERIC(maxDigits, decimalPlaces)}); the Java type is {@link java.math.BigDecimal}.
 * Digits and places are validated before writing, so nothing is rounded silently.
 *
 * <pre>{@code
 * @DecimalField(maxDigits = 10, decimalPlaces = 2) public BigDecimal price;
 * }</pre>
 *
 * <p>A default comes from the field initializer: a fresh instance's value is the default.
 */
@Documented
@Kind(DecimalKind.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface DecimalField {
    /** Total number of digits. */
    int maxDigits() default 10;

    /** Digits after the decimal point. */
    int decimalPlaces() default 2;

    /** The column may hold NULL; the Java field must then be a reference type. */
    boolean nullable() default false;

    /** Adds a UNIQUE constraint. */
    boolean unique() default false;

    /** Adds a database index on this column. */
    boolean dbIndex() default false;

    /** The column name; defaults to the snake_case of the Java field name. */
    String dbColumn() default "";

    /** Makes this field the primary key instead of the implicit {@code id}. */
    boolean primaryKey() default false;
}
