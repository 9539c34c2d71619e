package io.aksara.it.kinds;

import io.aksara.kinds.Kind;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A field holding {@link Tags}. */
@Kind(TagsKind.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface TagsField {
    boolean nullable() default false;
}
