package io.aksara.fields;

import io.aksara.kinds.DateTimeKind;
import io.aksara.kinds.Kind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A timestamp with time zone; the Java type is {@link java.time.OffsetDateTime}, stored with microsecond
 * precision and read back in UTC.
 *
 * <pre>{@code
 * @DateTimeField(autoNowAdd = true) public OffsetDateTime createdAt;
 * }</pre>
 *
 * <p>A default comes from the field initializer: a fresh instance's value is the default.
 */
@Documented
@Kind(DateTimeKind.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface DateTimeField {
    /** Set to the current time on every {@code save()}. */
    boolean autoNow() default false;

    /** Set to the current time when the row is first inserted. */
    boolean autoNowAdd() default false;

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
