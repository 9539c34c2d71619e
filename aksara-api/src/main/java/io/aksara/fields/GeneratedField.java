package io.aksara.fields;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A column the database computes from other columns of the row, as Django's {@code GeneratedField}:
 * the field annotation next to it is Django's {@code output_field} (the column's type), the
 * expression is written in terms of the model's field names, and {@code stored} is
 * {@code db_persist}.
 *
 * <pre>{@code
 * @IntegerField public int quantity;
 * @DecimalField(maxDigits = 10, decimalPlaces = 2) public BigDecimal price;
 * @DecimalField(maxDigits = 12, decimalPlaces = 2)
 * @GeneratedField(expression = "price * quantity") public BigDecimal total;
 *
 * Line line = Line.objects.create("price", new BigDecimal("2.50"), "quantity", 4);
 * line.total;                                   // 10.00, read back after the insert
 * Line.objects.filter("total__gt", 5).orderBy("-total");
 * }</pre>
 *
 * <p>The field is read-only: no INSERT or UPDATE writes its column ({@code save()} leaves it out
 * and reads the database's value back afterwards), and naming it in {@code create(...)},
 * {@code update(...)} or {@code bulkUpdate(...)} is a {@code FieldError} before any SQL runs. It
 * filters, orders and aggregates as any field of its kind.
 *
 * <p>The expression is SQL written by the model's author (trusted code, like the rest of the
 * model, and never built from user input): field names in it (Java names or column names) become
 * the columns' names in the migration; function names, SQL words ({@code case}, {@code when},
 * {@code coalesce(...)}, {@code cast(x as integer)}), numbers and quoted text are kept as written.
 * A name that is neither a field of the model nor an SQL word is a compile error naming the model
 * and field. It must be an expression every database the application runs on accepts.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface GeneratedField {
    /** The expression, in terms of the model's fields: {@code "price * quantity"}, {@code "lower(email)"}. */
    String expression();

    /**
     * Whether the database stores the value (computed on write, Django's {@code db_persist=True})
     * rather than computing it on every read (VIRTUAL). PostgreSQL before 18 stores only: a
     * virtual column there is a {@code MigrationError} naming the field.
     */
    boolean stored() default true;
}
