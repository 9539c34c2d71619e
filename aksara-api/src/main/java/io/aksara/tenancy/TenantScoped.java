package io.aksara.tenancy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a model whose rows belong to tenants, told apart by a discriminator column: every
 * query on it (its manager, relations, {@code selectRelated}, {@code prefetchRelated}, updates,
 * deletes, {@code Jooq.select}) is filtered by the bound tenant ({@link Tenants#current()}); every
 * save and {@code bulkCreate} stamps it; a write naming another tenant's row is refused with
 * {@link io.aksara.errors.TenantViolation}.
 *
 * <pre>{@code
 * @TenantScoped("tenant")
 * public class Invoice extends Model {
 *     @CharField(maxLength = 40) public String tenant;
 *     @IntegerField public int number;
 *     public static final Manager<Invoice> objects = Manager.of(Invoice.class);
 * }
 * }</pre>
 *
 * <p>The field is a text or integer column; the tenant id is converted to its type.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TenantScoped {
    /** The name of the Java field that holds the tenant id. */
    String value();
}
