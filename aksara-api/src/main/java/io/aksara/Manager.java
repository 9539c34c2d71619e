package io.aksara;

import io.aksara.errors.FieldError;
import io.aksara.internal.GeneratedColumns;
import io.aksara.internal.Resolver;
import io.aksara.internal.InstanceFields;
import io.aksara.internal.WriteValues;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import java.util.List;

/**
 * The entry point for queries on one model, held in a {@code static final} field named
 * {@code objects} by convention. Every query method returns a fresh, lazy {@link QuerySet}.
 *
 * <pre>{@code
 * public static final Manager<Product> objects = Manager.of(Product.class);
 *
 * Product laptop = Product.objects.create("name", "Laptop", "price", 999.99, "category", electronics);
 * List<Product> cheap = Product.objects.filter("price__lt", 100).fetch();
 * }</pre>
 *
 * <p>Every QuerySet method is here too ({@link QueryMethods}), each one going through {@link #all()}.
 * Not final: a subclass can override {@link #all()} to give the model a different base QuerySet,
 * and each method then narrows to it (a custom manager such as "active users").
 *
 * @param <T> the model
 */
public class Manager<T extends Model> implements QueryMethods<T> {
    private final Class<T> type;
    /** {@code all()}'s QuerySet, made once (a race makes it twice, harmlessly: its fields are final). */
    private QuerySet<T> everyRow;

    protected Manager(Class<T> type) {
        this.type = type;
    }

    /** The manager of a model class. Cheap: metadata is looked up on first use. */
    public static <T extends Model> Manager<T> of(Class<T> type) {
        return new Manager<>(type);
    }

    /** The model's metadata. */
    public ModelMeta<T> meta() {
        return ModelRegistry.meta(type);
    }

    /** Every row, in the model's default ordering. */
    @Override
    public QuerySet<T> all() {
        ModelMeta<T> meta = meta();
        QuerySet<T> base = everyRow;
        if (base == null || base.meta() != meta) { // QuerySets are immutable: one serves every call while the model's metadata stands
            base = QuerySet.of(meta);
            everyRow = base;
        }
        return base;
    }

    /** Rows of this manager or of any of the others; see {@link #union(List)}. */
    @SafeVarargs
    public final QuerySet<T> union(QuerySet<T>... others) {
        return union(QueryCombinators.listed(others));
    }

    /** As {@link #union(QuerySet[])}, keeping duplicates; see {@link #unionAll(List)}. */
    @SafeVarargs
    public final QuerySet<T> unionAll(QuerySet<T>... others) {
        return unionAll(QueryCombinators.listed(others));
    }

    /** Rows of this manager that are in every one of the others; see {@link #intersection(List)}. */
    @SafeVarargs
    public final QuerySet<T> intersection(QuerySet<T>... others) {
        return intersection(QueryCombinators.listed(others));
    }

    /** Rows of this manager that are in none of the others; see {@link #difference(List)}. */
    @SafeVarargs
    public final QuerySet<T> difference(QuerySet<T>... others) {
        return difference(QueryCombinators.listed(others));
    }

    /**
     * Hand-written SQL whose rows become instances of this model; see {@link RawQuery}. The
     * {@code ?} placeholders take {@code params} as bound values. It runs on this manager's
     * database.
     *
     * <pre>{@code
     * List<Person> smiths = Person.objects.raw("SELECT * FROM people WHERE last_name = ?", "Smith").fetch();
     * }</pre>
     */
    public RawQuery<T> raw(String sql, Object... params) {
        return new RawQuery<>(meta(), sql, params, all().database());
    }

    /**
     * A new, unsaved instance with the given field values (converted as {@code create} does).
     *
     * <pre>{@code Product draft = Product.objects.build("name", "Draft", "price", 1); }</pre>
     */
    public T build(String field, Object value, Object... more) {
        ModelMeta<T> meta = meta();
        T instance = meta.newInstance();
        assign(meta, instance, field, value);
        if (more.length % 2 != 0) {
            throw new FieldError("Field values come in name/value pairs; '"
                    + more[more.length - 1] + "' has no value");
        }
        for (int i = 0; i < more.length; i += 2) {
            if (!(more[i] instanceof String name)) {
                throw new FieldError("Expected a field name of " + meta.name()
                        + " at position " + (i + 3) + ", got " + FieldError.describe(more[i]));
            }
            assign(meta, instance, name, more[i + 1]);
        }
        return instance;
    }

    private static <T extends Model> void assign(ModelMeta<T> meta, T instance, String name, Object value) {
        if (meta.findManyToMany(name) != null) {
            // as Django: links need a saved instance, so they are set after creating it
            throw new FieldError(meta.name() + "." + name + " is a many-to-many relation, not a column; "
                    + "create the " + meta.name() + " first, then link rows with " + name + ".add(...) or " + name + ".set(...)");
        }
        @SuppressWarnings("unchecked") // the field of this model or a parent, whose accessor takes this model too
        FieldMeta<T, ?> field = (FieldMeta<T, ?>) InstanceFields.find(meta, name);
        if (field.isGeneratedColumn()) { // as Django: a GeneratedField takes no value
            throw new FieldError(GeneratedColumns.readOnly(field, "create()"));
        }
        field.setUnchecked(instance, WriteValues.forInstance(field, value));
    }
}
