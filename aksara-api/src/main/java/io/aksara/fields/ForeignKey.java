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
 * A many-to-one relation. The Java type is {@link io.aksara.Ref Ref&lt;Target&gt;}; the column is
 * {@code <field>_id}, holding the target's primary key, with a foreign key constraint. A target with
 * a composite primary key is held in one column per key field ({@link #columns()}), and its
 * {@code Ref} holds a {@link io.aksara.CompositeKey}.
 *
 * <pre>{@code
 * @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "products")
 * public Ref<Category> category;
 * }</pre>
 *
 * <p>The target model comes from the type argument of {@code Ref}; {@link #to()} is only needed
 * when the field is declared with a raw or wildcard type.
 */
@Documented
@Kind(ForeignKeyKind.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ForeignKey {
    /** The target model, when it cannot be read from {@code Ref<Target>}. */
    Class<? extends Model> to() default Model.class;

    /**
     * The target model by name, for a {@code Ref<?>} field: a simple name in this model's package
     * ({@code "Author"}), or a fully qualified one ({@code "com.shop.Author"}). As with {@link #to()},
     * the type argument of {@code Ref<Target>} is usually enough; this spelling exists for code
     * generated from a schema, where the target's class may be written later.
     */
    String toModel() default "";

    /**
     * What happens to this row when the target row is deleted; see {@link OnDelete}. Aksara
     * carries the rule out on {@code Model.delete()} and {@code QuerySet.delete()}.
     */

    OnDelete onDelete() default OnDelete.CASCADE;

    /**
     * The {@code ON UPDATE} action of the database constraint (see {@link OnUpdate}); Aksara never
     * changes a key itself, so it only decides what happens to updates made by other means.
     */
    OnUpdate onUpdate() default OnUpdate.NO_ACTION;

    /**
     * The target key written into this field when its target is deleted, with
     * {@code onDelete = OnDelete.SET} only (and required there), as text parsed like
     * {@link Default @Default} for the target's key type.
     *
     * <pre>{@code @ForeignKey(onDelete = OnDelete.SET, onDeleteValue = "1") public Ref<Shelf> shelf; }</pre>
     */
    String onDeleteValue() default "";

    /**
     * The name of the reverse relation on the target, in lookups; defaults to this model's name in
     * lower case. A name ending in {@code '+'} hides the reverse relation from lookups (deletions
     * still follow it), as Django's. On an abstract base model, {@code %(class)s} stands for each
     * subclass's name in lower case and {@code %(app_label)s} for the last part of its package, so
     * every subclass gets a reverse name of its own:
     * {@code @ForeignKey(relatedName = "attached_%(class)ss") public Ref<Post> post;}
     */
    String relatedName() default "";

    /** The column may hold NULL (the relation is optional). */
    boolean nullable() default false;

    /** Adds a UNIQUE constraint (a one-to-one in all but name). */
    boolean unique() default false;

    /** Foreign key columns are indexed by default, as in Django. */
    boolean dbIndex() default true;

    /** The column name; defaults to {@code <snake_case field>_id}. */
    String dbColumn() default "";

    /**
     * The column names of a foreign key to a model with a composite primary key, one per target
     * key field in key order; by default {@code <snake_case field>_<target key column>}. Only for
     * such a target (a single-column key takes {@link #dbColumn()}).
     *
     * <pre>{@code
     * @ForeignKey(columns = {"wh_id", "bin_code"}) public Ref<Stocking> stocking;   // Stocking: primaryKey = {"warehouse", "bin"}
     * }</pre>
     */
    String[] columns() default {};

    /**
     * The name of the foreign key constraint migrations create; empty for Aksara's own
     * ({@code fk_<table>_<column>}). For a legacy schema whose constraint names other code or
     * scripts rely on; inspectdb writes it when the database's name is not Aksara's.
     *
     * <pre>{@code @ForeignKey(onDelete = OnDelete.CASCADE, constraintName = "fk_album_artist") public Ref<Artist> artist; }</pre>
     */
    String constraintName() default "";
}
