package io.aksara.meta;

import io.aksara.Model;
import io.aksara.errors.CompositeKeyError;
import io.aksara.errors.FieldError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything Aksara knows about one model: its table, fields, primary key, default ordering and
 * indexes. Built by generated code ({@code Product_.META}) and immutable afterwards, so it can be
 * shared by every thread.
 *
 * <pre>{@code
 * ModelMeta<Product> meta = ModelRegistry.meta(Product.class);
 * meta.table();                 // "products"
 * meta.field("in_stock");       // the inStock field, by Java or column name
 * }</pre>
 *
 * @param <M> the model
 */
public final class ModelMeta<M extends Model> {
    private final Class<M> type;
    private final String table;
    private final List<FieldMeta<M, ?>> fields;
    private final Map<String, FieldMeta<M, ?>> byName;
    private final FieldMeta<M, ?> primaryKey;
    private final List<FieldMeta<M, ?>> keyFields;
    private final List<String> ordering;
    private final List<DeclaredIndex> indexSpecs;
    private volatile List<IndexMeta> indexes;
    private final Supplier<M> factory;
    private final List<ManyToManyMeta<M, ?>> manyToMany;
    private final Class<? extends Model> proxyFor;
    private final FieldMeta<M, ?> parentLink;
    private final ModelRowReader<M> rowReader;
    private final ModelColumnWriter<M> columnWriter;
    private volatile Map<FieldMeta<M, ?>, Object> defaults;
    private volatile List<FieldMeta<M, ?>> columnFields;
    /** The columns of each foreign key to a composite key, made once so every statement sees the same fields. */
    private final Map<FieldMeta<M, ?>, List<FieldMeta<M, ?>>> partsByRelation = new java.util.concurrent.ConcurrentHashMap<>();

    private ModelMeta(Builder<M> b) {
        this.type = Objects.requireNonNull(b.type);
        this.table = b.table != null ? b.table : Naming.tableName(type.getSimpleName());
        SqlNames.checkIdentifier(type.getSimpleName() + ": table", table);
        b.indexSpecs.forEach(spec -> spec.checkName(type.getSimpleName()));
        this.factory = Objects.requireNonNull(b.factory, "factory");
        this.fields = List.copyOf(b.fields);
        Map<String, FieldMeta<M, ?>> names = new LinkedHashMap<>();
        FieldMeta<M, ?> pk = null;
        for (FieldMeta<M, ?> f : fields) {
            f.bind(this);
            names.put(f.name(), f);
            if (f.primaryKey()) {
                pk = f;
            }
        }
        for (FieldMeta<M, ?> f : fields) {
            names.putIfAbsent(f.column(), f); // columns are accepted as path segments too ("in_stock")
        }
        this.byName = Collections.unmodifiableMap(names);
        if (!b.compositeKey.isEmpty()) {
            if (pk != null) {
                throw new IllegalStateException(type.getName() + " has both the primary key field " + pk.name()
                        + " and the composite key " + b.compositeKey);
            }
            this.keyFields = b.compositeKey.stream().<FieldMeta<M, ?>>map(this::field).toList();
        } else if (pk == null) {
            throw new IllegalStateException(type.getName() + " has no primary key field");
        } else {
            this.keyFields = List.of(pk);
        }
        this.primaryKey = pk;
        this.ordering = List.copyOf(b.ordering);
        this.indexSpecs = List.copyOf(b.indexSpecs);
        indexSpecs.forEach(spec -> spec.fields().forEach(this::field)); // an unknown name fails now, not on first use
        this.manyToMany = List.copyOf(b.manyToMany);
        this.proxyFor = b.proxyFor;
        this.parentLink = b.parentLink == null ? null : field(b.parentLink);
        this.rowReader = b.rowReader;
        this.columnWriter = b.columnWriter;
        if (parentLink != null && (parentLink != primaryKey || !parentLink.isRelation())) {
            throw new IllegalStateException(type.getName() + "." + b.parentLink + " links to the parent: it must be "
                    + "the primary key and a one-to-one relation");
        }
        if (proxyFor != null && !manyToMany.isEmpty()) {
            throw new IllegalStateException(type.getName() + " is a proxy: its many-to-many relations are those of "
                    + proxyFor.getName());
        }
        for (ManyToManyMeta<M, ?> m : manyToMany) {
            if (byName.containsKey(m.name())) {
                throw new IllegalStateException(type.getName() + "." + m.name() + " is both a field and a many-to-many relation");
            }
            m.bind(this);
        }
    }

    /** Starts a model description; generated code is the usual caller:
     * <pre>{@code ModelMeta.builder(Product.class, Product::new).table("products").field(...).build(); }</pre> */
    public static <M extends Model> Builder<M> builder(Class<M> type, Supplier<M> factory) {
        return new Builder<>(type, factory);
    }

    public Class<M> type() { return type; }

    /** The simple class name, used in messages. */
    public String name() { return type.getSimpleName(); }

    public String table() { return table; }

    /**
     * All column fields, the primary key included, in declaration order. A foreign key to a model
     * with a composite key is not one of them: its columns are, in its place
     * ({@link #columnsOf(FieldMeta)}); {@link #declaredFields()} has the foreign key itself.
     */
    public List<FieldMeta<M, ?>> fields() {
        List<FieldMeta<M, ?>> out = columnFields;
        if (out == null) {
            List<FieldMeta<M, ?>> expanded = new ArrayList<>();
            for (FieldMeta<M, ?> f : fields) {
                if (f.compositeRelation()) {
                    expanded.addAll(columnsOf(f));
                } else {
                    expanded.add(f);
                }
            }
            columnFields = out = List.copyOf(expanded);
        }
        return out;
    }

    /** The fields as declared, each once: a foreign key to a composite key is one field here. */
    public List<FieldMeta<M, ?>> declaredFields() { return fields; }

    /** The foreign keys declared on this model that point to a model with a composite key. */
    public List<FieldMeta<M, ?>> compositeRelations() {
        return fields.stream().filter(FieldMeta::compositeRelation).toList();
    }

    /**
     * The columns of a field: the field itself, or for a foreign key to a model with a composite
     * key one field per target key field, in key order ({@code stocking_warehouse_id}, {@code stocking_bin}).
     *
     * <pre>{@code
     * ModelRegistry.meta(Line.class).columnsOf(Line_.META.field("stocking"));   // [stocking_warehouse_id, stocking_bin]
     * }</pre>
     */
    @SuppressWarnings("unchecked")
    public List<FieldMeta<M, ?>> columnsOf(FieldMeta<?, ?> field) {
        if (!field.compositeRelation()) {
            return List.of((FieldMeta<M, ?>) field);
        }
        FieldMeta<M, ?> own = (FieldMeta<M, ?>) field;
        return partsByRelation.computeIfAbsent(own, f -> {
            List<FieldMeta<M, ?>> parts = CompositeForeignKeyColumns.of(f);
            parts.forEach(p -> p.bind(this));
            return parts;
        });
    }

    /**
     * The single primary key field.
     *
     * @throws CompositeKeyError when the key spans several fields ({@link #primaryKeyFields()})
     */
    public FieldMeta<M, ?> primaryKey() {
        if (primaryKey == null) {
            throw new CompositeKeyError(name() + " has the composite primary key (" + String.join(", ",
                    keyFields.stream().map(FieldMeta::name).toList()) + "), and this operation needs a "
                    + "single-column primary key; it is not supported on models with a composite key");
        }
        return primaryKey;
    }

    /**
     * The primary key's fields in key order: the one key field, or the fields of a composite key
     * ({@code @Meta(primaryKey = {...})}).
     *
     * <pre>{@code
     * ModelRegistry.meta(OrderLine.class).primaryKeyFields();   // [order, product]
     * }</pre>
     */
    public List<FieldMeta<M, ?>> primaryKeyFields() { return keyFields; }

    /** Whether the primary key spans several fields. */
    public boolean hasCompositeKey() { return primaryKey == null; }

    /** Whether this field is the primary key or one of the composite key's fields. */
    public boolean isKeyField(FieldMeta<?, ?> f) { return keyFields.contains(f); }

    /** The Meta ordering, as written ({@code "-createdAt"}). */
    public List<String> ordering() { return ordering; }

    /** Indexes and unique constraints over several columns, from {@link io.aksara.Meta}. */
    public List<IndexMeta> indexes() {
        List<IndexMeta> made = indexes;
        if (made == null) {
            made = makeIndexes();
            indexes = made;
        }
        return made;
    }

    /**
     * Made on first use, because a foreign key to a composite key stands for its columns here
     * (a generated many-to-many join model is unique over all of them), and those columns need
     * the target's metadata, which may not be built yet while this model's is.
     */
    private List<IndexMeta> makeIndexes() {
        return indexSpecs.stream().map(spec -> spec.resolve(this)).toList();
    }

    /**
     * The many-to-many relations this model declares, in declaration order; they are not columns.
     * A proxy has those of its concrete model.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<ManyToManyMeta<M, ?>> manyToMany() {
        return proxyFor == null ? manyToMany : (List) concreteMeta().manyToMany();
    }

    /**
     * The model this proxy extends ({@code @Meta(proxy = true)}), itself a proxy or not; null when
     * the model is not a proxy.
     *
     * <pre>{@code
     * ModelRegistry.meta(UserProxyProxy.class).proxyFor();   // UserProxy.class
     * }</pre>
     */
    public Class<? extends Model> proxyFor() { return proxyFor; }

    /**
     * The one-to-one link of a multi-table child to its parent's row ({@code Restaurant.placePtr},
     * column {@code place_ptr_id}), which is also its primary key; null for a model that extends no
     * concrete model.
     *
     * <pre>{@code
     * ModelRegistry.meta(Restaurant.class).parentLink().relatedModel();   // Place.class
     * }</pre>
     */
    public FieldMeta<M, ?> parentLink() { return parentLink; }

    /** The parent of a multi-table child (the model its {@link #parentLink()} points to), or null. */
    public ModelMeta<? extends Model> parentMeta() {
        return parentLink == null ? null : parentLink.relatedMeta();
    }

    /** Whether the model is a proxy of another one, sharing its table. */
    public boolean isProxy() { return proxyFor != null; }

    /**
     * The model whose table this one uses: the model itself, or for a proxy the first model up its
     * {@link #proxyFor()} chain that is not a proxy (Django's {@code concrete_model}).
     *
     * <pre>{@code
     * ModelRegistry.meta(UserProxyProxy.class).concreteType();   // User.class
     * }</pre>
     */
    public Class<? extends Model> concreteType() { return concreteMeta().type(); }

    /** The metadata of {@link #concreteType()}. */
    public ModelMeta<? extends Model> concreteMeta() {
        return proxyFor == null ? this : ModelRegistry.metaOf(proxyFor).concreteMeta();
    }

    /** The many-to-many relation declared under this Java name, or null. */
    public ManyToManyMeta<M, ?> findManyToMany(String name) {
        for (ManyToManyMeta<M, ?> m : manyToMany()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    /** A new, empty instance (field initializers applied). */
    public M newInstance() { return factory.get(); }

    /** The generated reader of a row of all {@link #fields()} in their order, or null (a model compiled
     * by an older aksara-codegen or described by hand is read column by column):
     * <pre>{@code Product_.META.rowReader().read(rs, product, shape); }</pre> */
    public ModelRowReader<M> rowReader() { return rowReader; }

    /** The generated copier of instances' fields into column arrays, or null (level 1–2 code, by hand):
     * <pre>{@code Product_.META.columnWriter().write(products, columns); }</pre> */
    public ModelColumnWriter<M> columnWriter() { return columnWriter; }

    /** The field with this Java or column name, or null. */
    public FieldMeta<M, ?> findField(String name) {
        FieldMeta<M, ?> f = byName.get(name);
        if (f == null) { // a column of a composite foreign key; no stream first: each "x__lookup" filter misses once
            for (FieldMeta<M, ?> column : fields()) { // only such a column has partOf
                if (column.partOf() != null && column.name().equals(name)) {
                    return column;
                }
            }
        }
        return f;
    }

    /**
     * The field with this Java or column name.
     *
     * @throws FieldError naming the model and the valid choices when there is none
     */
    public FieldMeta<M, ?> field(String name) {
        FieldMeta<M, ?> f = findField(name);
        if (f == null) {
            throw FieldError.unknownField(this, name);
        }
        return f;
    }

    /** The Java field names, for messages. */
    public List<String> fieldNames() {
        return fields.stream().map(FieldMeta::name).toList();
    }

    /**
     * The default of each field that has one: an explicit {@code @Default}, or else the value a
     * fresh instance holds (the field initializer). Computed once.
     */
    public Map<FieldMeta<M, ?>, Object> defaults() {
        Map<FieldMeta<M, ?>, Object> d = defaults;
        if (d == null) {
            defaults = d = Collections.unmodifiableMap(DefaultParser.defaults(this));
        }
        return d;
    }

    @Override
    public String toString() {
        return "ModelMeta[" + name() + " → " + table + "]";
    }


    /** Collects a model's description; see {@link ModelMeta#builder}. */
    public static final class Builder<M extends Model> {
        private final Class<M> type;
        private final Supplier<M> factory;
        private String table;
        private final List<FieldMeta<M, ?>> fields = new ArrayList<>();
        private List<String> ordering = List.of();
        private final List<DeclaredIndex> indexSpecs = new ArrayList<>();
        private final List<ManyToManyMeta<M, ?>> manyToMany = new ArrayList<>();
        private List<String> compositeKey = List.of();
        private Class<? extends Model> proxyFor;
        private String parentLink;
        private ModelRowReader<M> rowReader;
        private ModelColumnWriter<M> columnWriter;

        private Builder(Class<M> type, Supplier<M> factory) {
            this.type = type;
            this.factory = factory;
        }

        /**
         * The table's name instead of the plural snake-case model name ({@code @Meta(table = ...)}).
         * A legacy name with capitals or spaces is fine (it is quoted in SQL); {@link #build()}
         * refuses quotation marks, semicolons, backslashes, control characters and SQL comments
         * ({@link SqlNames#identifierProblem}), as it does for the names of {@link #index} and
         * {@link #uniqueTogether}.
         *
         * <pre>{@code ModelMeta.builder(Order.class, Order::new).table("Order Items") }</pre>
         */
        public Builder<M> table(String t) { table = t == null || t.isEmpty() ? null : t; return this; }
        public Builder<M> field(FieldMeta<M, ?> f) { fields.add(f); return this; }
        public Builder<M> ordering(String... o) { ordering = List.of(o); return this; }
        public Builder<M> uniqueTogether(String name, String... fieldNames) { indexSpecs.add(new DeclaredIndex(name, List.of(fieldNames), true)); return this; }
        public Builder<M> index(String name, String... fieldNames) { indexSpecs.add(new DeclaredIndex(name, List.of(fieldNames), false)); return this; }

        /** A primary key over these fields, by Java name and in key order (no field is marked primaryKey). */
        public Builder<M> compositeKey(String... fieldNames) { compositeKey = List.of(fieldNames); return this; }

        /** Marks the model as a proxy of {@code parent}, whose table it shares ({@code @Meta(proxy = true)}). */
        public Builder<M> proxyFor(Class<? extends Model> parent) { proxyFor = parent; return this; }

        /** Names the field that links a multi-table child to its parent's row (its primary key). */
        public Builder<M> parentLink(String fieldName) { parentLink = fieldName; return this; }

        /** A many-to-many relation declared by this model. */
        public Builder<M> manyToMany(ManyToManyMeta<M, ?> m) { manyToMany.add(m); return this; }

        /** The generated reader of a whole row of the fields: {@code .rowReader(Product_::readRow)}. */
        public Builder<M> rowReader(ModelRowReader<M> reader) { rowReader = reader; return this; }

        /** The generated copier of fields into column arrays: {@code .columnWriter(Product_::writeColumns)}. */
        public Builder<M> columnWriter(ModelColumnWriter<M> writer) { columnWriter = writer; return this; }

        public ModelMeta<M> build() {
            return new ModelMeta<>(this);
        }
    }
}
