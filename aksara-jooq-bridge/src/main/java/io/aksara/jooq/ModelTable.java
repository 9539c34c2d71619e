package io.aksara.jooq;

import io.aksara.jooq.internal.ColumnTypes;
import io.aksara.jooq.internal.Identifiers;
import io.aksara.jooq.internal.JdbcValues;
import io.aksara.jooq.types.ColumnReader;
import io.aksara.jooq.types.SqlTypes;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.Naming;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A model seen as a jOOQ table in one dialect: the {@link Table}, one typed {@link Field} per model
 * field, the column readers and the constraint names. Built once per model and dialect and shared.
 *
 * <pre>{@code
 * ModelTable products = ModelTable.of(Product_.META, SQLDialect.POSTGRES);
 * dsl.select(products.field(Product_.META.field("name"))).from(products.table());
 * }</pre>
 */
public final class ModelTable {
    private static final Map<SQLDialect, Map<ModelMeta<?>, ModelTable>> CACHE = new ConcurrentHashMap<>();
    private static final Set<String> KNOWN_CONSTRAINTS = ConcurrentHashMap.newKeySet();

    private final ModelMeta<?> meta;
    private final SQLDialect dialect;
    private final Table<Record> table;
    private final Map<FieldMeta<?, ?>, Field<Object>> fields = new IdentityHashMap<>();
    private final List<Field<Object>> orderedFields;
    private final ColumnReader[] readers;

    private ModelTable(ModelMeta<?> meta, SQLDialect dialect) {
        this.meta = meta;
        this.dialect = dialect;
        this.table = DSL.table(Identifiers.of(meta.table()));
        List<Field<Object>> ordered = new ArrayList<>();
        List<ColumnReader> rs = new ArrayList<>();
        for (FieldMeta<?, ?> f : meta.fields()) {
            @SuppressWarnings("unchecked")
            DataType<Object> type = (DataType<Object>) ColumnTypes.of(f, dialect);
            Field<Object> field = DSL.field(Identifiers.of(meta.table(), f.column()), type);
            fields.put(f, field);
            ordered.add(field);
            rs.add(columnReader(f, dialect));
        }
        this.orderedFields = List.copyOf(ordered);
        this.readers = rs.toArray(ColumnReader[]::new);
        KNOWN_CONSTRAINTS.add(primaryKeyName());
        for (FieldMeta<?, ?> f : meta.fields()) {
            if (f.unique() && !f.primaryKey()) {
                KNOWN_CONSTRAINTS.add(uniqueName(f));
            }
            if (f.isRelation()) {
                KNOWN_CONSTRAINTS.add(foreignKeyName(f));
            }
        }
        for (FieldMeta<?, ?> f : meta.compositeRelations()) {
            KNOWN_CONSTRAINTS.add(foreignKeyName(f));
            if (f.unique()) {
                KNOWN_CONSTRAINTS.add(Naming.constraintName("uq", meta.table(), meta.columnsOf(f).stream().map(FieldMeta::column).toList()));
            }
        }
        meta.indexes().forEach(ix -> KNOWN_CONSTRAINTS.add(ix.name()));
    }

    /**
     * The reader of a field's column. SQLite keeps decimals as numbers without a scale (250.00 comes
     * back as 250), so there a decimal is read with the field's decimal places, as numeric(p, s)
     * gives it on the other databases.
     */
    private static ColumnReader columnReader(FieldMeta<?, ?> f, SQLDialect dialect) {
        ColumnReader base = SqlTypes.of(f).reader(dialect);
        if (f.type() != FieldType.DECIMAL || dialect.family() != SQLDialect.SQLITE) {
            return base;
        }
        int scale = f.decimalPlaces();
        return (rs, i) -> {
            Object v = base.read(rs, i);
            return v instanceof BigDecimal d ? d.setScale(scale, RoundingMode.HALF_UP) : v;
        };
    }

    /** The table of a model in a dialect (cached). */
    public static ModelTable of(ModelMeta<?> meta, SQLDialect dialect) {
        Map<ModelMeta<?>, ModelTable> tables = CACHE.computeIfAbsent(dialect, d -> new ConcurrentHashMap<>());
        ModelTable table = tables.get(meta);
        // looked up first: the lambda that makes a table captures the dialect, so it would be allocated per call
        return table != null ? table : tables.computeIfAbsent(meta, m -> new ModelTable(m, dialect));
    }

    /** Every constraint and index name Aksara has created or seen, for naming the one a database error reports. */
    public static Set<String> knownConstraints() {
        return Set.copyOf(KNOWN_CONSTRAINTS);
    }

    public ModelMeta<?> meta() { return meta; }

    public SQLDialect dialect() { return dialect; }

    public Table<Record> table() { return table; }

    /** The column of a model field, qualified by the table name. */
    public Field<Object> field(FieldMeta<?, ?> f) {
        Field<Object> field = fields.get(f);
        if (field == null) {
            throw new IllegalArgumentException(f + " is not a field of " + meta.name());
        }
        return field;
    }

    /**
     * The unqualified name of a field's column as CREATE TABLE declares it, quoted only where the
     * database needs it (a reserved word), so it names the column every statement refers to.
     */
    public Name columnName(FieldMeta<?, ?> f) {
        return Identifiers.of(f.column());
    }

    /** The type to declare a field's column with in CREATE TABLE, with the field's nullability. */
    public DataType<?> ddlType(FieldMeta<?, ?> f) {
        return ColumnTypes.ddlType(f, dialect);
    }

    /** A field value (a column default, say) as JDBC takes it on this table's database. */
    public Object jdbcValue(Object value) {
        return JdbcValues.toJdbc(value, dialect);
    }

    /** The columns in the model's field order. */
    public List<Field<Object>> fields() { return orderedFields; }

    /** The column readers, parallel to {@link #fields()}. */
    public ColumnReader[] readers() { return readers; }

    /**
     * A table, column, index or constraint name as SQL writes it: plain when it is a lower-case
     * identifier no database reserves, quoted otherwise ({@code "unit price"}, {@code "Album"}).
     *
     * <pre>{@code DSL.constraint(ModelTable.sqlName(t.primaryKeyName())) }</pre>
     */
    public static Name sqlName(String identifier) {
        return Identifiers.of(identifier);
    }

    /** The primary key constraint name, {@code pk_<table>}. */
    public String primaryKeyName() {
        return Naming.constraintName("pk", meta.table(), List.of());
    }

    /** The unique constraint of a single unique field, {@code uq_<table>_<column>}. */
    public String uniqueName(FieldMeta<?, ?> f) {
        return Naming.constraintName("uq", meta.table(), List.of(f.column()));
    }

    /** The foreign key constraint of a relation: its declared {@code constraintName}, else {@code fk_<table>_<column>}. */
    public String foreignKeyName(FieldMeta<?, ?> f) {
        return f.constraintName() != null ? f.constraintName()
                : Naming.constraintName("fk", meta.table(), meta.columnsOf(f).stream().map(FieldMeta::column).toList());
    }

    /** The index of a single indexed field, {@code ix_<table>_<column>}. */
    public String indexName(FieldMeta<?, ?> f) {
        return Naming.constraintName("ix", meta.table(), List.of(f.column()));
    }
}
