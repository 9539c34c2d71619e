package io.aksara.fields;

import io.aksara.kinds.Kind;
import io.aksara.kinds.TextKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An unbounded text column; the Java type is {@link String}.
 *
 * <pre>{@code
 * @TextField public String body;
 * }</pre>
 *
 * <p>A default comes from the field initializer: a fresh instance's value is the default.
 */
@Documented
@Kind(TextKind.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface TextField {
    /** Validated before writing when positive; the column itself is unbounded. */
    int maxLength() default 0;

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
     * The column type migrations write instead of the database's unbounded text type, for a
     * legacy column that is narrower: {@code text}, {@code tinytext} or {@code mediumtext} on
     * MariaDB and MySQL, where Aksara's own is {@code longtext} (inspectdb writes it when it reads
     * one). Empty: the kind's own type. Values are read and written as for any text field.
     *
     * <pre>{@code @TextField(dbType = "text") public String note;   // TEXT, not LONGTEXT, on MariaDB }</pre>
     */
    String dbType() default "";
}
