package io.aksara.fields;

import io.aksara.kinds.BigIntegerKind;
import io.aksara.kinds.Kind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A 64-bit integer column; the Java type is {@code long} or {@link Long}.
 *
 * <pre>{@code
 * @BigIntegerField public long views;
 * }</pre>
 *
 * <p>A default comes from the field initializer: a fresh instance's value is the default.
 */
@Documented
@Kind(BigIntegerKind.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface BigIntegerField {

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
