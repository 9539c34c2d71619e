package io.aksara.fields;

import io.aksara.Model;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A many-to-many relation. The Java type is {@link io.aksara.Many Many&lt;Target&gt;}, declared
 * without an initializer: Aksara binds it to its instance when the instance is created. The field
 * is not a column; the links live in a join table, one row per pair.
 *
 * <pre>{@code
 * public class Post extends Model {
 *     @ManyToMany(relatedName = "posts") public Many<Tag> tags;
 * }
 * post.tags.add(java, sql);
 * List<Tag> tags = post.tags.all().fetch();
 * Post.objects.filter("tags__name", "java");
 * }</pre>
 *
 * <p>Without {@link #through()}, the annotation processor generates the join table as an ordinary
 * model beside the declaring one ({@code Post_tags}, table {@code posts_tags}), with a foreign key
 * to each side ({@code post}, {@code tag}; {@code fromPerson}, {@code toPerson} when a model
 * relates to itself), both {@code ON DELETE CASCADE}, unique together.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ManyToMany {
    /** The target model, when it cannot be read from {@code Many<Target>}. */
    Class<? extends Model> to() default Model.class;

    /**
     * The name of the relation seen from the target, in lookups ({@code Tag.objects.filter("posts__title", x)});
     * defaults to the declaring model's name in lower case. A name ending in {@code '+'} hides it.
     */
    String relatedName() default "";

    /**
     * A model of your own for the join table, with a foreign key to each side and any extra
     * fields ({@code Membership} with {@code role}); by default Aksara generates one.
     */
    Class<? extends Model> through() default Model.class;

    /**
     * With {@link #through()}: the foreign keys of the through model that point to the declaring
     * model and to the target, in that order; needed only when the through model has several
     * foreign keys to one of them.
     */
    String[] throughFields() default {};

    /**
     * For a relation of a model to itself: whether it goes both ways (a friend's friend list holds
     * you too), so adding {@code b} to {@code a} also adds {@code a} to {@code b}. Ignored for
     * relations between different models.
     */
    boolean symmetrical() default true;

    /** The table of the generated join table; defaults to {@code <owner table>_<snake_case field>}. */
    String dbTable() default "";
}
