package io.aksara.jooq.types;

import io.aksara.kinds.CodecKind;
import io.aksara.kinds.FieldKind;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one table of SQL types: which {@link SqlType} stores each field kind. A kind that
 * {@link DeclaresSqlType declares} its type, or one {@link #register registered} for its class,
 * is stored as that; a {@link CodecKind} as its stored kind; every other kind as the built-in SQL
 * type of its column type. A foreign key is stored as its target's key.
 *
 * <pre>{@code
 * SqlTypes.register(LabelKind.class, new LabelColumn());      // before the first query on a model using it
 * SqlTypes.of(Product_.META.field("price")).dataType(field, SQLDialect.POSTGRES);   // NUMERIC(10, 2)
 * }</pre>
 */
public final class SqlTypes {
    private static final Map<FieldType, SqlType> BUILT_IN = BuiltInSqlTypes.table();
    private static final Map<Class<?>, SqlType> BY_KIND = new ConcurrentHashMap<>();
    private static final Map<Class<?>, SqlType> BY_VALUE_CLASS = new ConcurrentHashMap<>();
    /** Whether any type converts values: read per bound value, so most binds skip the map. */
    private static volatile boolean converts;

    private SqlTypes() {}

    /**
     * Stores a kind's columns as the given SQL type, for kinds that cannot implement
     * {@link DeclaresSqlType} themselves. Register before the first query on a model with such a
     * field (the bridge reads the table once per model and dialect).
     *
     * @throws IllegalArgumentException when the type converts a value class another type converts
     */
    public static void register(Class<? extends FieldKind<?>> kind, SqlType type) {
        Objects.requireNonNull(type, "type");
        claimValueClass(type);
        BY_KIND.put(kind, type);
    }

    /** The SQL type of a field's column (for a foreign key, its target key's kind, without identity). */
    public static SqlType of(FieldMeta<?, ?> field) {
        FieldMeta<?, ?> stored = field;
        while (stored.isRelation()) {
            stored = stored.relatedMeta().primaryKey();
        }
        return of(stored.kind());
    }

    /** The SQL type of a kind. */
    public static SqlType of(FieldKind<?> kind) {
        SqlType registered = BY_KIND.get(kind.getClass());
        if (registered != null) {
            return registered;
        }
        if (kind instanceof DeclaresSqlType declares) {
            SqlType declared = Objects.requireNonNull(declares.sqlType(), () -> kind.getClass().getName() + ".sqlType()");
            claimValueClass(declared);
            BY_KIND.putIfAbsent(kind.getClass(), declared);
            return BY_KIND.get(kind.getClass());
        }
        if (kind instanceof CodecKind<?, ?> codec) {
            return of(codec.stored());
        }
        return of(kind.type());
    }

    /**
     * The SQL type a kind declares for itself ({@link DeclaresSqlType}) or that was
     * {@link #register registered} for it; null for a built-in kind and for a kind stored as a built-in
     * one ({@code CodecKind}), whose columns look like any other of that type.
     *
     * <pre>{@code SqlTypes.declared(FieldKinds.get(TagsKind.class));   // TagsColumn: varchar(500) }</pre>
     */
    public static SqlType declared(FieldKind<?> kind) {
        SqlType registered = BY_KIND.get(kind.getClass());
        return registered != null || !(kind instanceof DeclaresSqlType) ? registered : of(kind);
    }

    /** The built-in SQL type of a column type, as computed values of that type are read and cast. */
    public static SqlType of(FieldType type) {
        SqlType t = BUILT_IN.get(type);
        if (t == null) {
            throw new IllegalStateException(type + " has no SQL type of its own: it is stored as the column it refers to");
        }
        return t;
    }

    /** The type that converts values of this class before binding, or null (most values: none); the bridge asks it per bound value. */
    public static SqlType converting(Class<?> valueClass) {
        return converts ? BY_VALUE_CLASS.get(valueClass) : null;
    }

    private static void claimValueClass(SqlType type) {
        Class<?> c = type.valueClass();
        if (c == null) {
            return;
        }
        SqlType before = BY_VALUE_CLASS.putIfAbsent(c, type);
        if (before != null && before.getClass() != type.getClass()) {
            throw new IllegalArgumentException(type.getClass().getName() + " converts " + c.getName()
                    + ", which " + before.getClass().getName() + " already converts");
        }
        converts = true;
    }
}
