package io.aksara.fields;

import io.aksara.Model;
import io.aksara.kinds.ForeignKeyKind;
import io.aksara.kinds.Kind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-to-one relation: a foreign key whose column is unique, so each target row has at most one
 * row pointing to it. The Java type is {@link io.aksara.Ref Ref&lt;Target&gt;}, as for
 * {@link ForeignKey}; the reverse side is one instance rather than a manager.
 *
 * <pre>{@code
 * public class Profile extends Model {
 *     @OneToOne(relatedName = "profile") public Ref<User> user;
 * }
 * public class User extends Model {
 *     public Profile profile() { return relatedOne(Profile.class, "user"); }   // or DoesNotExist
 * }
 * }</pre>
 */
@Documented
@Kind(ForeignKeyKind.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OneToOne {
    /** The target model, when it cannot be read from {@code Ref<Target>}. */
    Class<? extends Model> to() default Model.class;

    /**
     * The target model by name, for a {@code Ref<?>} field: a simple name in this model's package
     * ({@code "Author"}), or a fully qualified one ({@code "com.shop.Author"}). As with {@link #to()},
     * the type argument of {@code Ref<Target>} is usually enough; this spelling exists for code
     * generated from a schema, where the target's class may be written later.
     */
    String toModel() default "";

    /** What happens to this row when the target row is deleted. */
    OnDelete onDelete() default OnDelete.CASCADE;

    /** The {@code ON UPDATE} action of the database constraint (see {@link OnUpdate}). */
    OnUpdate onUpdate() default OnUpdate.NO_ACTION;

    /**
     * The target key written into this field when its target is deleted, with
     * {@code onDelete = OnDelete.SET} only, as text parsed like {@link Default @Default}.
     */
    String onDeleteValue() default "";

    /**
     * The name of the reverse side in lookups; defaults to this model's name in lower case. On an
     * abstract base, {@code %(class)s} and {@code %(app_label)s} are replaced as in
     * {@link ForeignKey#relatedName()}.
     */
    String relatedName() default "";

    /** The column may hold NULL (the relation is optional). */
    boolean nullable() default false;

    /** The column name; defaults to {@code <snake_case field>_id}. */
    String dbColumn() default "";

    /**
     * The column names of a one-to-one relation to a model with a composite primary key, one per
     * target key field in key order, as {@link ForeignKey#columns()}.
     */
    String[] columns() default {};

    /**
     * The relation is the model's primary key (Django's {@code OneToOneField(primary_key=True)}): the
     * model has no implicit {@code id}, its key is the target's key, and at most one row extends each
     * target row.
     *
     * <pre>{@code
     * @OneToOne(onDelete = OnDelete.CASCADE, primaryKey = true) public Ref<Place> place;
     * Restaurant.objects.get("pk", place.id);   // the restaurant of that place
     * }</pre>
     */
    boolean primaryKey() default false;

    /**
     * The name of the foreign key constraint migrations create; empty for Aksara's own
     * ({@code fk_<table>_<column>}). For a legacy schema whose constraint names other code or
     * scripts rely on; inspectdb writes it when the database's name is not Aksara's.
     *
     * <pre>{@code @ForeignKey(onDelete = OnDelete.CASCADE, constraintName = "fk_album_artist") public Ref<Artist> artist; }</pre>
     */
    String constraintName() default "";
}
