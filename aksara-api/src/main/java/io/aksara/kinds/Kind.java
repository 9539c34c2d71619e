package io.aksara.kinds;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the field kind of a field annotation. Every built-in field annotation carries it, and an
 * annotation of your own that carries it is a field annotation as well: the annotation processor
 * reads the kind's Java type from its {@code FieldKind<V>} type argument and the generated
 * metamodel builds the field with that kind.
 *
 * <pre>{@code
 * @Kind(MoneyKind.class)
 * @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.FIELD)
 * public @interface MoneyField {
 *     boolean nullable() default false;
 *     int maxDigits() default 12;
 *     int decimalPlaces() default 2;
 * }
 * }</pre>
 *
 * <p>The processor reads the options it knows by name when the annotation declares them:
 * {@code nullable}, {@code unique}, {@code dbIndex}, {@code dbColumn}, {@code primaryKey},
 * {@code maxLength}, {@code maxDigits}/{@code decimalPlaces}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface Kind {
    /** The kind class; it needs a public no-argument constructor. */
    Class<? extends FieldKind<?>> value();
}
