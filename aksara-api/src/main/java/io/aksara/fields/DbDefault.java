package io.aksara.fields;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A default computed by the database, as Django's {@code db_default}: the column is created with
 * {@code DEFAULT <expression>}, an instance saved with the field left {@code null} lets the database
 * fill it (the INSERT leaves its column out), and the value the database chose is read back
 * into the instance after the insert.
 *
 * <pre>{@code
 * @DateTimeField @DbDefault("CURRENT_TIMESTAMP") public OffsetDateTime createdAt;
 * @IntegerField @DbDefault("nextval('invoice_numbers')") public Integer number;
 * }</pre>
 *
 * <p>The expression is SQL written by the model's author and goes into the migrations as it is:
 * it is trusted code, like the rest of the model, and must never be built from user input. It is
 * written for the databases the application runs on ({@code now()} is PostgreSQL's and MariaDB's,
 * {@code CURRENT_TIMESTAMP} is everyone's). The field must be a reference type ({@code Integer},
 * not {@code int}), so that "unset" can be told apart from a value. Bulk inserts
 * ({@code bulkCreate}) write what the instances hold; set the value there.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface DbDefault {
    /** The SQL expression of the column default: {@code "CURRENT_DATE"}, {@code "now()"}, {@code "0"}. */
    String value();
}
