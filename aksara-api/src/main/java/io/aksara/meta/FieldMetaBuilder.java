package io.aksara.meta;

import io.aksara.Model;
import io.aksara.fields.OnDelete;
import io.aksara.fields.OnUpdate;
import io.aksara.kinds.FieldKind;
import java.util.List;

/**
 * Collects a field's options for {@link FieldMeta}; generated metamodels chain it.
 *
 * <pre>{@code
 * FieldMeta<Product, Object> price = FieldMeta.<Product, Object>builder("price", FieldKinds.of(FieldType.DECIMAL), BigDecimal.class)
 *         .digits(10, 2).access(access).build();
 * }</pre>
 */
public final class FieldMetaBuilder<M extends Model, V> {
    // read by FieldMeta's constructor
    final String name;
    final FieldType type;
    final FieldKind<?> kind;
    final Class<?> javaType;
    String column;
    boolean primitive;
    boolean nullable;
    boolean unique;
    boolean dbIndex;
    boolean primaryKey;
    int maxLength;
    int maxDigits;
    int decimalPlaces;
    boolean autoNow;
    boolean autoNowAdd;
    boolean autoGenerate;
    List<String> choices = List.of();
    String explicitDefault;
    Class<? extends Model> relatedModel;
    OnDelete onDelete;
    OnUpdate onUpdate = OnUpdate.NO_ACTION;
    String dbDefault;
    String generatedExpression;
    boolean generatedStored = true;
    String onDeleteValue;
    String relatedName;
    boolean oneToOne;
    List<String> columns = List.of();
    boolean compositeTarget;
    FieldMeta<M, ?> partOf;
    String dbType;
    String constraintName;
    FieldAccess<M, V> access;
    FieldMeta<M, ?> derivedFrom;

    FieldMetaBuilder(String name, FieldKind<?> kind, Class<?> javaType) {
        this.name = name;
        this.kind = kind;
        this.type = kind.type();
        this.javaType = javaType;
    }

    /**
     * The column's name instead of the snake-case field name ({@code @Field(dbColumn = ...)}). A legacy
     * name with capitals or spaces is fine (it is quoted in SQL); quotation marks, semicolons,
     * backslashes, control characters and SQL comments are refused by {@link #build()}
     * ({@link SqlNames#identifierProblem}).
     *
     * <pre>{@code builder.column("Unit Price") }</pre>
     */
    public FieldMetaBuilder<M, V> column(String c) { column = c == null || c.isEmpty() ? null : c; return this; }
    public FieldMetaBuilder<M, V> primitive(boolean v) { primitive = v; return this; }
    public FieldMetaBuilder<M, V> nullable(boolean v) { nullable = v; return this; }
    public FieldMetaBuilder<M, V> unique(boolean v) { unique = v; return this; }
    public FieldMetaBuilder<M, V> dbIndex(boolean v) { dbIndex = v; return this; }
    public FieldMetaBuilder<M, V> primaryKey(boolean v) { primaryKey = v; return this; }
    public FieldMetaBuilder<M, V> maxLength(int v) { maxLength = v; return this; }
    public FieldMetaBuilder<M, V> digits(int max, int places) { maxDigits = max; decimalPlaces = places; return this; }
    public FieldMetaBuilder<M, V> autoNow(boolean v) { autoNow = v; return this; }
    public FieldMetaBuilder<M, V> autoNowAdd(boolean v) { autoNowAdd = v; return this; }
    public FieldMetaBuilder<M, V> autoGenerate(boolean v) { autoGenerate = v; return this; }
    public FieldMetaBuilder<M, V> choices(String... v) { choices = List.of(v); return this; }
    public FieldMetaBuilder<M, V> explicitDefault(String v) { explicitDefault = v; return this; }

    public FieldMetaBuilder<M, V> relation(Class<? extends Model> target, OnDelete rule, String reverseName) {
        relatedModel = target;
        onDelete = rule;
        relatedName = reverseName == null || reverseName.isEmpty() ? null : reverseName;
        return this;
    }

    /** The {@code ON UPDATE} action of a foreign key's constraint. */
    public FieldMetaBuilder<M, V> onUpdate(OnUpdate v) { onUpdate = v == null ? OnUpdate.NO_ACTION : v; return this; }

    /** The SQL of a {@code @DbDefault}. */
    public FieldMetaBuilder<M, V> dbDefault(String v) { dbDefault = v == null || v.isEmpty() ? null : v; return this; }

    /** The expression and storage of a {@code @GeneratedField}. */
    public FieldMetaBuilder<M, V> generatedAs(String expression, boolean stored) {
        generatedExpression = expression == null || expression.isBlank() ? null : expression;
        generatedStored = stored;
        return this;
    }

    public FieldMetaBuilder<M, V> oneToOne(boolean v) { oneToOne = v; unique = unique || v; return this; }

    /** The key text {@link OnDelete#SET} writes (foreign keys only). */
    public FieldMetaBuilder<M, V> onDeleteValue(String v) { onDeleteValue = v == null || v.isEmpty() ? null : v; return this; }

    /**
     * The column type migrations write instead of the kind's own: for a text field one of
     * {@code text, tinytext, mediumtext, longtext, clob}; for a date-time field {@code timestamp} or
     * {@code datetime}, optionally with a precision ({@code timestamp(3)}); for an enum field the
     * lower-case name of its PostgreSQL enum type, optionally with the schema ({@code legacy.mood}).
     * Anything else is refused by {@link #build()} ({@link SqlNames#dbTypeProblem}), since the text
     * goes into DDL and casts as it is.
     */
    public FieldMetaBuilder<M, V> dbType(String v) { dbType = v == null || v.isEmpty() ? null : v; return this; }

    /**
     * The name of a foreign key's constraint, instead of Aksara's own: ASCII letters, digits and
     * {@code _}, at most 63, not starting with a digit; {@link #build()} refuses anything else
     * ({@link SqlNames#constraintNameProblem}).
     */
    public FieldMetaBuilder<M, V> constraintName(String v) { constraintName = v == null || v.isEmpty() ? null : v; return this; }

    public FieldMetaBuilder<M, V> access(FieldAccess<M, V> a) { access = a; return this; }

    /** A relation to a composite key: its columns in target key order, or none for {@code <field>_<target column>}. */
    public FieldMetaBuilder<M, V> compositeTarget(String... names) { compositeTarget = true; columns = List.of(names); return this; }

    // a description derived from a field (a transform's value, a computed value); one column of a composite foreign key
    FieldMetaBuilder<M, V> derivedFrom(FieldMeta<M, ?> source) { derivedFrom = source; return this; }
    FieldMetaBuilder<M, V> partOf(FieldMeta<M, ?> relation) { partOf = relation; return this; }

    /**
     * The field. Checks the names and type text that go into SQL first.
     *
     * @throws IllegalArgumentException naming the field, the bad value and what is valid
     */
    public FieldMeta<M, V> build() {
        if (derivedFrom == null) { // a derived description has no column of its own in DDL
            checkSqlText();
        }
        return new FieldMeta<>(this);
    }

    private void checkSqlText() {
        String where = "Field '" + name + "'";
        if (column != null) {
            SqlNames.checkIdentifier(where + ": column", column);
        }
        for (String c : columns) {
            SqlNames.checkIdentifier(where + ": composite key column", c);
        }
        if (dbType != null) {
            String problem = kind instanceof io.aksara.kinds.EnumKind ? SqlNames.enumTypeProblem(dbType)
                    : SqlNames.dbTypeProblem(type, dbType);
            if (problem != null) {
                throw new IllegalArgumentException(where + " (" + kind.displayName() + "): dbType "
                        + SqlNames.quoted(dbType) + " " + problem);
            }
        }
        if (constraintName != null && SqlNames.constraintNameProblem(constraintName) != null) {
            throw new IllegalArgumentException(where + ": constraintName " + SqlNames.quoted(constraintName) + " "
                    + SqlNames.constraintNameProblem(constraintName));
        }
    }
}
