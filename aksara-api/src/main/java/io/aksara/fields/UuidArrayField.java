package io.aksara.fields;

import io.aksara.kinds.UuidArrayKind;
import io.aksara.kinds.Kind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A list of UUIDs in a PostgreSQL {@code uuid[]} column, as Django's {@code ArrayField}; the
 * Java type is {@code List<UUID>}. PostgreSQL only: on other databases the model is refused with
 * an {@code UnsupportedFeature} before any SQL runs. Filters: {@code contains}, {@code contained_by},
 * {@code overlap}, {@code len}, {@code exact}, {@code isnull} (see docs/fields.md).
 *
 * <pre>{@code
 * @UuidArrayField public List<UUID> values = List.of();
 * @UuidArrayField(nullable = true) public List<UUID> more;
 * }</pre>
 */
@Documented
@Kind(UuidArrayKind.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface UuidArrayField {

    /** The column may hold NULL (a null list, not an empty one). */
    boolean nullable() default false;

    /** Adds a database index on this column. */
    boolean dbIndex() default false;

    /** The column name; defaults to the snake_case of the Java field name. */
    String dbColumn() default "";
}
