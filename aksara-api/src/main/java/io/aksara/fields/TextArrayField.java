package io.aksara.fields;

import io.aksara.kinds.TextArrayKind;
import io.aksara.kinds.Kind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A list of text in a PostgreSQL {@code text[]} column, as Django's {@code ArrayField}; the
 * Java type is {@code List<String>}. PostgreSQL only: on other databases the model is refused with
 * an {@code UnsupportedFeature} before any SQL runs. Filters: {@code contains}, {@code contained_by},
 * {@code overlap}, {@code len}, {@code exact}, {@code isnull} (see docs/fields.md).
 *
 * <pre>{@code
 * @TextArrayField public List<String> values = List.of();
 * @TextArrayField(nullable = true) public List<String> more;
 * }</pre>
 */
@Documented
@Kind(TextArrayKind.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface TextArrayField {

    /** The column may hold NULL (a null list, not an empty one). */
    boolean nullable() default false;

    /** Adds a database index on this column. */
    boolean dbIndex() default false;

    /** The column name; defaults to the snake_case of the Java field name. */
    String dbColumn() default "";
}
