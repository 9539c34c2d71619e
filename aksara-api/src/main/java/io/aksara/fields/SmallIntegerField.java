package io.aksara.fields;

import io.aksara.kinds.SmallIntegerKind;
import io.aksara.kinds.Kind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A 16-bit integer column ({@code smallint}); the Java type is {@code short} or {@link Short}.
 *
 * <pre>{@code
 * @SmallIntegerField public short quantity;
 * }</pre>
 *
 * <p>A default comes from the field initializer: a fresh instance's value is the default.
 */
@Documented
@Kind(SmallIntegerKind.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface SmallIntegerField {
    /** The only values allowed, when not empty; validated before writing. */
    int[] choices() default {};

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
