package io.aksara.fields;

import io.aksara.kinds.EnumKind;
import io.aksara.kinds.Kind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A constant of a Java enum, stored as the constant's name in a {@code VARCHAR} as long as the
 * longest name; the valid names are the field's choices, checked before writing.
 *
 * <pre>{@code
 * public enum Status { OPEN, WAITING, CLOSED }
 *
 * @EnumField public Status status;
 * Ticket.objects.filter("status__in", List.of(Status.OPEN, Status.WAITING));
 * }</pre>
 *
 * <p>Lookups are {@code exact}, {@code in} and {@code isnull}. Renaming a constant renames data:
 * rows holding the old name no longer read back (a {@code FieldError} names the field and value).
 * A default comes from the field initializer.
 *
 * <p>On PostgreSQL the column may be of an enum type of the database ({@code create type mood as
 * enum ('SAD', 'OK', 'HAPPY')}): {@link #dbType} names it, and values are bound cast to it. The
 * type's labels are the constants' names.
 *
 * <pre>{@code
 * public enum Mood { SAD, OK, HAPPY }
 *
 * @EnumField(dbType = "mood") public Mood mood;   // PostgreSQL: mood = cast(? as "mood")
 * }</pre>
 */
@Documented
@Kind(EnumKind.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface EnumField {
    /** The column may hold NULL. */
    boolean nullable() default false;

    /** Adds a UNIQUE constraint. */
    boolean unique() default false;

    /** Adds a database index on this column. */
    boolean dbIndex() default false;

    /** The column name; defaults to the snake_case of the Java field name. */
    String dbColumn() default "";

    /**
     * The PostgreSQL enum type of the column ({@code "mood"}, or {@code "legacy.mood"} with its
     * schema), in lower case as PostgreSQL folds an unquoted name. Values written and compared are
     * cast to it, since PostgreSQL refuses text for an enum column. Migrations do not create the
     * type: it belongs to the existing schema, so such a model is {@code @Meta(managed = false)}.
     * Other databases keep the column as the usual {@code varchar} and ignore it.
     */
    String dbType() default "";
}
