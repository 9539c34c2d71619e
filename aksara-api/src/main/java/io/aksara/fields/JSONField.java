package io.aksara.fields;

import io.aksara.kinds.JsonKind;
import io.aksara.kinds.Kind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A JSON document: {@code jsonb} on PostgreSQL, {@code json} on MySQL, MariaDB and H2. The Java
 * type is {@code Map<String, Object>}, {@code List<Object>} or {@code Object}; values read back are
 * maps, lists, strings, numbers ({@code Long} or {@code BigDecimal}), booleans and nulls.
 * Lookups can follow keys: {@code filter("data__owner__email", "a@b.io")},
 * {@code filter("data__score__gte", 10)} (on PostgreSQL and MySQL/MariaDB).
 *
 * <pre>{@code
 * @JSONField(nullable = true) public Map<String, Object> data;
 * }</pre>
 */
@Documented
@Kind(JsonKind.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface JSONField {
    /** The column may hold NULL. */
    boolean nullable() default false;

    /** The column name; defaults to the snake_case of the Java field name. */
    String dbColumn() default "";
}
