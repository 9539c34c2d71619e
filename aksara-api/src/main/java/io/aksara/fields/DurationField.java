package io.aksara.fields;

import io.aksara.kinds.Kind;
import io.aksara.kinds.DurationKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A length of time; the Java type is {@link java.time.Duration}, stored to the microsecond: an
 * {@code interval} on PostgreSQL, a {@code BIGINT} count of microseconds on MySQL, MariaDB, H2 and
 * SQLite. It compares, orders, sums and averages as a duration, and adds to date-times in
 * expressions ({@code F("start").plus(F("length"))}).
 *
 * <pre>{@code
 * @DurationField public Duration length;
 * @DurationField(nullable = true) public Duration pause;
 * }</pre>
 *
 * <p>A default comes from the field initializer, or {@code @Default("PT1H30M")} (ISO-8601).
 */
@Documented
@Kind(DurationKind.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface DurationField {

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
