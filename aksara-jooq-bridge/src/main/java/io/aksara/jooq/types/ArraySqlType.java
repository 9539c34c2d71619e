package io.aksara.jooq.types;

import io.aksara.jooq.vendor.Feature;
import io.aksara.jooq.vendor.UnsupportedFeature;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.jooq.vendor.Vendors;
import io.aksara.kinds.ArrayKind;
import io.aksara.kinds.TextArrayKind;
import io.aksara.meta.FieldMeta;
import java.sql.Array;
import java.util.Locale;
import java.util.UUID;
import org.jooq.DataType;
import org.jooq.SQLDialect;
import org.jooq.impl.SQLDataType;

/**
 * The array fields' column: a PostgreSQL array of the kind's element type ({@code text[]},
 * {@code integer[]}, {@code bigint[]}, {@code uuid[]}), bound as one array parameter with a cast
 * and read with {@code getArray}. Other databases have no {@link Feature#ARRAYS}: asking for the
 * column there (building the model's table, before any SQL) is an {@link UnsupportedFeature}.
 */
final class ArraySqlType implements SqlType {
    private static final ArrayKind<?> COMPUTED = new TextArrayKind();

    @Override
    public DataType<?> dataType(FieldMeta<?, ?> field, SQLDialect dialect) {
        if (!familyHasArrays(dialect)) {
            String what = field == null ? "an array value" : field.qualifiedName() + " (" + field.kind().displayName() + ")";
            throw new UnsupportedFeature(Vendors.of(dialect), Feature.ARRAYS, what,
                    "array fields are PostgreSQL-only; keep the values in a JSONField or a related model instead");
        }
        ArrayKind<?> kind = field == null ? COMPUTED : (ArrayKind<?>) field.kind();
        return element(kind.elementClass()).getArrayDataType();
    }

    /**
     * Whether any vendor of the dialect's family has array columns. A model's table is made once
     * per dialect, not per database, so its column types are the family's: the vendor registered
     * last for it ({@code Vendors.of(dialect)}) must not take arrays away from the family's other
     * databases. A database whose own vendor lacks them is refused by its migrations instead.
     */
    private static boolean familyHasArrays(SQLDialect dialect) {
        for (Vendor v : Vendors.all()) {
            if (v.dialect().family() == dialect.family() && v.has(Feature.ARRAYS)) {
                return true;
            }
        }
        return false;
    }

    private static DataType<?> element(Class<?> element) {
        if (element == Integer.class) {
            return SQLDataType.INTEGER;
        }
        if (element == Long.class) {
            return SQLDataType.BIGINT;
        }
        if (element == UUID.class) {
            return SQLDataType.UUID;
        }
        return SQLDataType.CLOB; // text
    }

    /** The elements as the driver gives them ({@code String[]}, {@code Integer[]}, ...); the kind makes the list. */
    @Override
    public ColumnReader reader(SQLDialect dialect) {
        return (rs, i) -> {
            Array array = rs.getArray(i);
            if (array == null) {
                return null;
            }
            try {
                return array.getArray();
            } finally {
                array.free();
            }
        };
    }

    @Override
    public String changelogType(FieldMeta<?, ?> field) {
        return ((ArrayKind<?>) field.kind()).sqlElementType().toUpperCase(Locale.ROOT) + "[]";
    }
}
