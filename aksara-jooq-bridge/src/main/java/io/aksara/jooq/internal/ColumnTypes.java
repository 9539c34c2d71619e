package io.aksara.jooq.internal;

import io.aksara.jooq.types.SqlTypes;
import io.aksara.kinds.EnumKind;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import org.jooq.DataType;
import org.jooq.SQLDialect;

/**
 * The jOOQ column type of a field or a computed value in a dialect, as the field's
 * {@link io.aksara.jooq.types.SqlType} gives it, with the field's nullability.
 */
public final class ColumnTypes {
    private ColumnTypes() {}

    /** The type of the field's column (for a foreign key, the target key's type, without identity). */
    public static DataType<?> of(FieldMeta<?, ?> field, SQLDialect dialect) {
        DataType<?> type = SqlTypes.of(field).dataType(field, dialect);
        if (isPostgresEnum(field, dialect)) {
            type = PgEnumBinding.of(type, field.dbType()); // values cast to the column's enum type
        }
        return type.nullable(field.nullable());
    }

    /**
     * Whether the field's column is a PostgreSQL enum type ({@code @EnumField(dbType = "mood")}).
     * Elsewhere the column is the enum field's usual varchar and the type name means nothing.
     */
    static boolean isPostgresEnum(FieldMeta<?, ?> field, SQLDialect dialect) {
        return field.dbType() != null && field.kind() instanceof EnumKind && dialect.family() == SQLDialect.POSTGRES;
    }

    /** The default column type of a value type, for computed values (transforms, expressions). */
    public static DataType<?> ofType(FieldType type, SQLDialect dialect) {
        return SqlTypes.of(type).dataType(null, dialect);
    }

    /** The type to declare the column with in CREATE TABLE. */
    public static DataType<?> ddlType(FieldMeta<?, ?> field, SQLDialect dialect) {
        return SqlTypes.of(field).ddlType(field, dialect).nullable(field.nullable());
    }

    /** The JDBC type code, for binding nulls. */
    public static int sqlType(FieldMeta<?, ?> field, SQLDialect dialect) {
        return of(field, dialect).getSQLType();
    }
}
