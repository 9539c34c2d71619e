package io.aksara;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Model-level options, as Django's {@code class Meta}.
 *
 * <pre>{@code
 * @Meta(table = "catalog_products", ordering = {"-createdAt", "name"},
 *       uniqueTogether = @Meta.Unique({"category", "name"}),
 *       indexes = @Meta.Index({"inStock", "price"}))
 * public class Product extends Model { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Meta {
    /** The table name; defaults to the snake_case plural of the class name ({@code Category} → {@code categories}). */
    String table() default "";

    /** The default ordering of QuerySets on this model: field names, {@code "-name"} for descending. */
    String[] ordering() default {};

    /** Sets of fields whose combined values must be unique. */
    Unique[] uniqueTogether() default {};

    /** Extra (possibly multi-column) indexes. */
    Index[] indexes() default {};

    /**
     * Whether migrations manage the table (Django's {@code managed}). {@code false} for a table
     * that something else creates and changes (a legacy table, a view): makemigrations writes
     * nothing for it, and queries work on it as on any other model.
     *
     * <pre>{@code
     * @Meta(table = "exchange_rates", managed = false)
     * public class ExchangeRate extends Model { ... }
     * }</pre>
     */
    boolean managed() default true;

    /**
     * Whether the model only reads: a view or a materialized view, as inspectdb writes them. Every
     * write ({@code save}, {@code create}, {@code delete}, {@code update}, the bulk methods) is
     * refused with an {@link io.aksara.errors.AksaraException} naming the model, before any SQL.
     * Usually with {@code managed = false}: migrations do not create views.
     *
     * <pre>{@code
     * @Meta(table = "order_totals", managed = false, readOnly = true)
     * public class OrderTotal extends Model { ... }
     * }</pre>
     */
    boolean readOnly() default false;

    /**
     * A primary key over several fields (Django's {@code CompositePrimaryKey}): the Java names of
     * two or more non-nullable fields, in key order. The model then has no implicit {@code id};
     * the table gets one PRIMARY KEY over the fields' columns, and {@code pk} is a
     * {@link CompositeKey} of their values.
     *
     * <pre>{@code
     * @Meta(primaryKey = {"order", "product"})
     * public class OrderLine extends Model {
     *     @ForeignKey public Ref<Order> order;
     *     @ForeignKey public Ref<Product> product;
     *     @IntegerField public int quantity;
     * }
     * OrderLine.objects.get("pk", CompositeKey.of(orderId, productId));
     * }</pre>
     */
    String[] primaryKey() default {};

    /**
     * Whether the model is a proxy (Django's {@code proxy = True}): a class that extends a concrete
     * model and shares its table, adding methods, managers and a default ordering of its own but no
     * fields. Migrations make nothing for it; its QuerySets read the same rows as instances of the
     * proxy class.
     *
     * <pre>{@code
     * @Meta(proxy = true, ordering = "name")
     * public class MyPerson extends Person {
     *     public static final Manager<MyPerson> objects = Manager.of(MyPerson.class);
     *     public boolean hasSpecialName() { return name.equalsIgnoreCase("special"); }
     * }
     * MyPerson.objects.get("name", "Foo").hasSpecialName();
     * }</pre>
     */
    boolean proxy() default false;

    /** A set of fields that must be unique together. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Unique {
        /** The Java field names. */
        String[] value();

        /** The constraint name; generated from the table and columns when empty. */
        String name() default "";
    }

    /** An index over one or more fields. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Index {
        /** The Java field names, in index order. */
        String[] value();

        /** The index name; generated from the table and columns when empty. */
        String name() default "";
    }
}
