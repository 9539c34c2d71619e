package io.aksara;

import io.aksara.errors.AksaraException;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelRegistry;
import java.util.Objects;

/**
 * The reverse side of a foreign key: the rows of another model that point to one instance.
 * Returned by a method on the target model; nothing runs until one of its methods is called.
 *
 * <pre>{@code
 * public class Category extends Model {
 *     public Related<Product> products() { return related(Product.class, "category"); }
 * }
 * List<Product> inCategory = electronics.products().all().fetch();
 * long n = electronics.products().filter("price__lt", 100).count();
 * Product mouse = electronics.products().create("name", "Mouse", "price", 25);
 * }</pre>
 *
 * @param <T> the model that declares the foreign key
 */
public final class Related<T extends Model> {
    private final Model owner;
    private final Class<T> type;
    private final String foreignKey;

    Related(Model owner, Class<T> type, String foreignKey) {
        this.owner = Objects.requireNonNull(owner);
        this.type = Objects.requireNonNull(type);
        this.foreignKey = Objects.requireNonNull(foreignKey);
    }

    /** Every related row, as a lazy QuerySet. */
    public QuerySet<T> all() {
        return Manager.of(type).filter(foreignKeyField().name(), ownerKey());
    }

    /** The related rows that also match these lookups. */
    public QuerySet<T> filter(String lookup, Object value, Object... more) {
        return all().filter(lookup, value, more);
    }

    /** The related rows that also match the condition. */
    public QuerySet<T> filter(Q condition) {
        return all().filter(condition);
    }

    /** The related rows that do not match these lookups. */
    public QuerySet<T> exclude(String lookup, Object value, Object... more) {
        return all().exclude(lookup, value, more);
    }

    /** How many rows point to the owner. */
    public long count() {
        return all().count();
    }

    /** Whether any row points to the owner. */
    public boolean exists() {
        return all().exists();
    }

    /** Creates and saves a related row whose foreign key is the owner. */
    public T create(String field, Object value, Object... more) {
        T instance = Manager.of(type).build(field, value, more);
        foreignKeyField().setUnchecked(instance, Ref.to(owner));
        instance.save();
        return instance;
    }

    private FieldMeta<T, ?> foreignKeyField() {
        FieldMeta<T, ?> fk = ModelRegistry.meta(type).field(foreignKey);
        if (!fk.isRelation() || !fk.relatedModel().isAssignableFrom(owner.getClass())) {
            throw new AksaraException(type.getSimpleName() + "." + foreignKey + " is not a foreign key to "
                    + owner.getClass().getSimpleName());
        }
        return fk;
    }

    private Object ownerKey() {
        Object key = owner.pk();
        if (key == null) {
            throw new AksaraException("This " + owner.getClass().getSimpleName()
                    + " must be saved before its related " + type.getSimpleName() + " rows can be used");
        }
        return key;
    }
}
