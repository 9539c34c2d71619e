package io.aksara.it.kinds;

import io.aksara.kinds.Kind;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A field holding {@link Money}; declared by the application, not the library. */
@Kind(MoneyKind.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface MoneyField {
    int maxDigits() default 12;

    int decimalPlaces() default 2;

    boolean nullable() default false;

    boolean dbIndex() default false;
}
