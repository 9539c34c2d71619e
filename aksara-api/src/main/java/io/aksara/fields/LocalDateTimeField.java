package io.aksara.fields;

import io.aksara.kinds.Kind;
import io.aksara.kinds.LocalDateTimeKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A timestamp without time zone; the Java type is {@link java.time.LocalDateTime}, stored as given
 * (no conversion to UTC) with microsecond precision: {@code timestamp(6)} on PostgreSQL and H2,
 * {@code datetime(6)} on MySQL and MariaDB. Legacy schemas keep their times this way; for an
 * instant, prefer {@link DateTimeField}.
 *
 * <pre>{@code
 * @LocalDateTimeField public LocalDateTime startsAt;
 * }</pre>
 *
 * <p>A default comes from the field initializer: a fresh instance's value is the default. There is
 * no {@code autoNow}: a wall-clock time needs a zone the application chooses.
 */
@Documented
@Kind(LocalDateTimeKind.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface LocalDateTimeField {
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
