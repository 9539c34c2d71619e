package io.aksara.meta;

import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.OnDelete;
import io.aksara.internal.RefInternals;
import io.aksara.fields.OnUpdate;
import io.aksara.kinds.FieldKind;
import io.aksara.kinds.FieldKinds;
import java.util.List;
import java.util.Objects;

/**
 * Everything Aksara knows about one model field: its column, type, options and how to read and
 * write it on an instance. Instances are created by generated code ({@code Product_}) and are
 * immutable once their model is built.
 *
 * <pre>{@code
 * FieldMeta<Product, ?> price = Product_.META.field("price");
 * price.column();        // "price"
 * price.type();          // FieldType.DECIMAL
 * }</pre>
 *
 * @param <M> the model
 * @param <V> the Java type of the field (boxed; {@code Ref<T>} for a foreign key)
 */
public final class FieldMeta<M extends Model, V> {
    private final String name;
    private final String column;
    private final FieldType type;
    private final FieldKind<?> kind;
    private final Class<?> javaType;
    private final boolean primitive;
    private final boolean nullable;
    private final boolean unique;
    private final boolean dbIndex;
    private final boolean primaryKey;
    private final int maxLength;
    private final int maxDigits;
    private final int decimalPlaces;
    private final boolean autoNow;
    private final boolean autoNowAdd;
    private final boolean autoGenerate;
    private final List<String> choices;
    private final String explicitDefault;
    private final Class<? extends Model> relatedModel;
    /** The last {@link #relatedMeta()}, with its registry generation; null until first asked. */
    private RelatedMeta relatedMetaKept;
    private final OnDelete onDelete;
    private final OnUpdate onUpdate;
    private final String dbDefault;
    private final String generatedExpression;
    private final boolean generatedStored;
    private final String onDeleteValue;
    private final String relatedName;
    private final boolean oneToOne;
    private final List<String> columns;
    private final boolean compositeTarget;
    private final FieldMeta<M, ?> partOf;
    private final String dbType;
    private final String constraintName;
    private final FieldAccess<M, V> access;
    private ModelMeta<M> model; // set once by ModelMeta's constructor
    private final FieldMeta<M, ?> derivedFrom;

    FieldMeta(FieldMetaBuilder<M, V> b) {
        this.name = Objects.requireNonNull(b.name);
        this.type = Objects.requireNonNull(b.type);
        this.kind = Objects.requireNonNull(b.kind);
        this.column = b.column != null ? b.column : Naming.columnName(b.name, b.type);
        this.javaType = Objects.requireNonNull(b.javaType);
        this.primitive = b.primitive;
        this.primaryKey = b.primaryKey;
        this.nullable = b.nullable && !b.primitive && !b.primaryKey;
        this.unique = b.unique || b.primaryKey;
        this.dbIndex = b.dbIndex;
        this.maxLength = b.maxLength;
        this.maxDigits = b.maxDigits;
        this.decimalPlaces = b.decimalPlaces;
        this.autoNow = b.autoNow;
        this.autoNowAdd = b.autoNowAdd;
        this.autoGenerate = b.autoGenerate;
        this.choices = List.copyOf(b.choices);
        this.explicitDefault = b.explicitDefault;
        this.relatedModel = b.relatedModel;
        this.onDelete = b.onDelete;
        this.onUpdate = b.onUpdate;
        this.dbDefault = b.dbDefault;
        this.generatedExpression = b.generatedExpression;
        this.generatedStored = b.generatedStored;
        this.onDeleteValue = b.onDeleteValue;
        this.relatedName = b.relatedName;
        this.oneToOne = b.oneToOne;
        this.columns = List.copyOf(b.columns);
        this.compositeTarget = b.compositeTarget;
        this.partOf = b.partOf;
        this.dbType = b.dbType;
        this.constraintName = b.constraintName;
        this.access = Objects.requireNonNull(b.access, "access");
        this.derivedFrom = b.derivedFrom;
    }

    /**
     * The value of a field after a transform ({@code createdAt__year}): a field-like description
     * with the transform's output type, used to check and convert lookup values. It has no column
     * of its own and cannot be read from or written to an instance.
     */
    public static <M extends Model> FieldMeta<M, Object> transformed(FieldMeta<M, ?> source, String suffix, FieldType type) {
        return transformed(source, suffix, FieldKinds.of(type));
    }

    /** As {@link #transformed(FieldMeta, String, FieldType)}, for a value of the given kind (an array slice keeps the field's). */
    public static <M extends Model> FieldMeta<M, Object> transformed(FieldMeta<M, ?> source, String suffix, FieldKind<?> kind) {
        return DerivedFields.transformed(source, suffix, kind);
    }

    /**
     * A computed value of a query (an annotation, a constant in an expression) described as a
     * field of {@code model}, so lookup values can be checked and converted for its type. It has
     * no column and cannot be read from or written to an instance.
     */
    public static <M extends Model> FieldMeta<M, Object> computed(ModelMeta<M> model, String name, FieldType type) {
        return DerivedFields.computed(model, name, type);
    }

    /**
     * Starts a field description; generated code is the usual caller.
     *
     * <pre>{@code
     * FieldMeta.builder("name", FieldType.STRING, String.class)
     *     .maxLength(100).access(FieldAccess.of(p -> p.name, (p, v) -> p.name = v)).build();
     * }</pre>
     */
    public static <M extends Model, V> FieldMetaBuilder<M, V> builder(String name, FieldType type, Class<?> javaType) {
        return new FieldMetaBuilder<>(name, FieldKinds.of(type), javaType);
    }

    /**
     * Starts a field description of a kind; the generated metamodel uses this form.
     *
     * <pre>{@code
     * FieldMeta.builder("price", FieldKinds.get(MoneyKind.class), Money.class)
     *     .digits(12, 2).access(FieldAccess.of(p -> p.price, (p, v) -> p.price = v)).build();
     * }</pre>
     */
    public static <M extends Model, V> FieldMetaBuilder<M, V> builder(String name, FieldKind<?> kind, Class<?> javaType) {
        return new FieldMetaBuilder<>(name, kind, javaType);
    }

    void bind(ModelMeta<M> owner) {
        if (model != null) {
            throw new IllegalStateException("Field " + name + " already belongs to " + model.name());
        }
        model = owner;
    }

    /** The Java field name. */
    public String name() { return name; }

    /** The column name in the database. */
    public String column() { return column; }

    /** The column type the field is stored as (a kind of your own reports the built-in type it is stored as). */
    public FieldType type() { return type; }

    /** The field's kind: its Java type, conversions, default parsing and lookups of its own. */
    public FieldKind<?> kind() { return kind; }

    /** The Java type of the field; {@code Ref.class} for a foreign key. */
    public Class<?> javaType() { return javaType; }

    /** Whether the Java field is a primitive ({@code int}, {@code boolean}, ...), which can never hold null. */
    public boolean primitive() { return primitive; }

    public boolean nullable() { return nullable; }

    public boolean unique() { return unique; }

    public boolean dbIndex() { return dbIndex && !unique; }

    public boolean primaryKey() { return primaryKey; }

    public int maxLength() { return maxLength; }

    public int maxDigits() { return maxDigits; }

    public int decimalPlaces() { return decimalPlaces; }

    public boolean autoNow() { return autoNow; }

    public boolean autoNowAdd() { return autoNowAdd; }

    /** A UUID generated on insert, or the database-generated {@code id}. */
    public boolean generated() { return autoGenerate || type == FieldType.BIG_AUTO; }

    public List<String> choices() { return choices; }

    /** The text of an explicit {@code @Default}, or null. */
    public String explicitDefault() { return explicitDefault; }

    /** The model this field belongs to. */
    public ModelMeta<M> model() { return derivedFrom != null ? derivedFrom.model() : model; }

    /** Whether this is a foreign key. */
    public boolean isRelation() { return type == FieldType.FOREIGN_KEY; }

    /** Whether this relation points to a composite key: its columns are {@link ModelMeta#columnsOf(FieldMeta)}, not itself. */
    public boolean compositeRelation() { return compositeTarget; }

    /** The column names declared with {@code @ForeignKey(columns = ...)}, in target key order; empty when not declared. */
    public List<String> declaredColumns() { return columns; }

    /** For one column of a composite foreign key ({@code stocking_bin}), that foreign key; null otherwise. */
    public FieldMeta<M, ?> partOf() { return partOf; }

    /** The target model of a foreign key, or null. */
    public Class<? extends Model> relatedModel() { return relatedModel; }

    /** The target's metadata; only for foreign keys. */
    public ModelMeta<? extends Model> relatedMeta() {
        if (relatedModel == null) {
            throw new IllegalStateException(qualifiedName() + " is not a relation");
        }
        // kept while the registry is unchanged: a foreign key's in list (a prefetch's keys) asks once
        // per key, and the registry's map lookup was 2.7% of the stub W7's CPU
        int generation = ModelRegistry.generation(); // read before the lookup: a later registration makes it stale
        RelatedMeta kept = relatedMetaKept;
        if (kept != null && kept.generation() == generation) {
            return kept.meta();
        }
        ModelMeta<? extends Model> meta = ModelRegistry.meta(relatedModel);
        relatedMetaKept = new RelatedMeta(generation, meta); // immutable: safe to share without a fence
        return meta;
    }

    /** {@link #relatedMeta()} as found in one registry generation. */
    private record RelatedMeta(int generation, ModelMeta<? extends Model> meta) {}

    /** What happens to rows of this foreign key when their target is deleted; null for other fields. */
    public OnDelete onDelete() { return onDelete; }

    /** The {@code ON UPDATE} action of this foreign key's constraint ({@link OnUpdate#NO_ACTION} unless declared). */
    public OnUpdate onUpdate() { return onUpdate; }

    /** The SQL expression of a {@code @DbDefault}, the column default the database computes; or null. */
    public String dbDefault() { return dbDefault; }

    /** The expression of a {@code @GeneratedField} (in field names), or null: the database computes the column. */
    public String generatedExpression() { return generatedExpression; }

    /** Whether a {@code @GeneratedField} is stored (true) or virtual; true for other fields. */
    public boolean generatedStored() { return generatedStored; }

    /** Whether the database computes this column ({@code @GeneratedField}): no INSERT or UPDATE writes it. */
    public boolean isGeneratedColumn() { return generatedExpression != null; }

    /** Whether this relation is one-to-one ({@code @OneToOne}): its column is unique and its reverse side is one instance. */
    public boolean oneToOne() { return oneToOne; }

    /** The text of {@code @ForeignKey(onDeleteValue = ...)} for {@link OnDelete#SET}, or null. */
    public String onDeleteValue() { return onDeleteValue; }

    /** The reverse accessor name on the target model (foreign keys only). */
    public String relatedName() { return relatedName; }

    /** The column type migrations write instead of the kind's own ({@code @TextField(dbType = "text")}), or null. */
    public String dbType() { return dbType; }

    /** The foreign key constraint's name when declared ({@code @ForeignKey(constraintName = ...)}), or null for Aksara's own. */
    public String constraintName() { return constraintName; }

    /**
     * The type of the column: the field's own type, or for a foreign key the type of the target's
     * primary key (an auto id becomes a plain 64-bit integer column).
     */
    public FieldType columnType() {
        if (!isRelation()) {
            return type;
        }
        FieldType target = relatedMeta().primaryKey().columnType();
        return target == FieldType.BIG_AUTO ? FieldType.BIG_INTEGER : target;
    }

    /** {@code Product.price}, for messages. */
    public String qualifiedName() {
        return (model() == null ? "?" : model().name()) + "." + name;
    }

    /** Reads the Java value (a {@code Ref} for foreign keys). */
    public V get(M instance) { return access.get(instance); }

    /**
     * How the value is read and written; for a primitive field of generated code a
     * {@link PrimitiveAccess}, which also reads and writes it unboxed (bulk binding, row reading).
     */
    public FieldAccess<M, V> access() { return access; }

    /** Writes the Java value. */
    public void set(M instance, V value) { access.set(instance, value); }

    /** Reads the value as stored in the column: for a foreign key, the target's key; for JSON, its text. */
    public Object columnValue(M instance) {
        return columnValueOf(access.get(instance));
    }

    /**
     * The column value of a value this field holds, as {@link #columnValue} reads it: for values
     * copied out of the instances first ({@link ModelColumnWriter}).
     * <pre>{@code Object stored = field.columnValueOf(Status.SHIPPED);   // "shipped" for an enum field }</pre>
     */
    public Object columnValueOf(Object value) {
        return value instanceof Ref<?> ref ? ref.id() : kind.encode(value);
    }

    /** Whether this describes a computed value ({@code createdAt__year}) rather than a column. */
    public boolean isDerived() { return derivedFrom != null; }

    /** Writes a value read from the column: for a foreign key it becomes an unloaded {@code Ref}. */
    @SuppressWarnings("unchecked")
    public void setColumnValue(M instance, Object raw) {
        access.set(instance, (V) valueFromColumn(instance, raw));
    }

    /**
     * The Java value of a value read from the column, as {@link #setColumnValue} writes it: for a
     * foreign key an unloaded {@code Ref} owned by {@code instance}, otherwise the kind's decoding.
     *
     * <pre>{@code
     * Object status = field.valueFromColumn(order, "shipped");   // Status.SHIPPED for an enum field
     * }</pre>
     */
    public Object valueFromColumn(M instance, Object raw) {
        if (isRelation()) {
            return raw == null ? null : RefInternals.unloaded(relatedModel, raw, instance, this);
        }
        return kind.decode(this, raw);
    }

    /** Reads the Java value of any instance of this field's model (unchecked). */
    @SuppressWarnings("unchecked")
    public Object getUnchecked(Model instance) { return get((M) instance); }

    /** Reads the column value of any instance of this field's model (unchecked). */
    @SuppressWarnings("unchecked")
    public Object columnValueUnchecked(Model instance) { return columnValue((M) instance); }

    /** Writes the Java value on any instance of this field's model (unchecked). */
    @SuppressWarnings("unchecked")
    public void setUnchecked(Model instance, Object value) { set((M) instance, (V) value); }

    @Override
    public String toString() { return qualifiedName() + " (" + kind.displayName() + ")"; }
}
