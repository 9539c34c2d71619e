package io.aksara.fields;

import io.aksara.kinds.BinaryKind;
import io.aksara.kinds.Kind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Raw bytes; the Java type is {@code byte[]}. With {@code maxLength} 0 (the default) the column
 * is unbounded: {@code bytea} on PostgreSQL, {@code longblob} on MySQL and MariaDB, {@code binary
 * varying} on H2, {@code blob} on SQLite. A positive {@code maxLength} makes it
 * {@code varbinary(n)} where the database has one, and is validated before writing.
 *
 * <pre>{@code
 * @BinaryField public byte[] thumbnail;
 * @BinaryField(maxLength = 32, unique = true) public byte[] sha256;
 * }</pre>
 *
 * <p>Values are compared by content (dirty checks, defaults, unique checks); filters take
 * {@code exact} and {@code isnull} only. A default comes from the field initializer.
 */
@Documented
@Kind(BinaryKind.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface BinaryField {
    /** The maximum length in bytes; 0 means unbounded. */
    int maxLength() default 0;

    /** The column may hold NULL. */
    boolean nullable() default false;

    /** Adds a UNIQUE constraint (on MySQL and MariaDB, only with a maxLength: a blob cannot be unique there). */
    boolean unique() default false;

    /** Adds a database index on this column (with a maxLength on MySQL and MariaDB, as for unique). */
    boolean dbIndex() default false;

    /** The column name; defaults to the snake_case of the Java field name. */
    String dbColumn() default "";
}
