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

    /**
     * The column type migrations write instead of the kind's own, for a legacy column: MariaDB's
     * and MySQL's {@code timestamp} or {@code timestamp(6)} (an instant kept in UTC and converted
     * by the session's time zone, from 1970 to 2038), where Aksara's own is {@code datetime(6)}
     * holding UTC. inspectdb writes it when it reads a {@code timestamp} there. Empty: the kind's
     * own type. Values are read and written as {@link java.time.OffsetDateTime} either way.
     *
     * <pre>{@code @DateTimeField(dbType = "timestamp") public OffsetDateTime seenAt; }</pre>
     */
    String dbType() default "";
}
