package io.aksara.jooq.internal;

import io.aksara.jooq.Dialects;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import org.jooq.DataType;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The column type of each field type, per dialect. The Java type of each {@link DataType} is the
 * type of the values {@link JdbcValues} binds, so jOOQ never converts them behind our back.
 */
public final class ColumnTypes {
    private ColumnTypes() {}

    /** The type of the field's column (for a foreign key, the target key's type, without identity). */
    public static DataType<?> of(FieldMeta<?, ?> field, SQLDialect dialect) {
        FieldType type = field.columnType();
        boolean mysql = Dialects.isMysqlFamily(dialect);
        DataType<?> sqlite = SqliteTypes.applies(dialect) ? SqliteTypes.of(type, field) : null;
        DataType<?> t = sqlite != null ? sqlite : switch (type) {
            case STRING, EMAIL -> text(SQLDataType.VARCHAR(field.maxLength() > 0 ? field.maxLength() : 255), mysql);
            // H2 cannot compare or sort CLOBs, so unbounded text is an unbounded VARCHAR there
            case TEXT -> dialect.family() == SQLDialect.H2 ? SQLDataType.VARCHAR : text(SQLDataType.CLOB, mysql);
            case INTEGER -> SQLDataType.INTEGER;
            case BIG_INTEGER -> SQLDataType.BIGINT;
            case BIG_AUTO -> field.isRelation() ? SQLDataType.BIGINT : SQLDataType.BIGINT.generatedByDefaultAsIdentity();
            case FLOAT -> SQLDataType.DOUBLE;
            case DECIMAL -> SQLDataType.DECIMAL(field.maxDigits(), field.decimalPlaces());
            case BOOLEAN -> SQLDataType.BOOLEAN;
            // MySQL has no time zone type: DATETIME(6) holding UTC, converted by JdbcValues
            case DATE_TIME -> mysql ? SQLDataType.LOCALDATETIME(6) : SQLDataType.OFFSETDATETIME(6);
            case LOCAL_DATE_TIME -> SQLDataType.LOCALDATETIME(6);
            case DATE -> SQLDataType.LOCALDATE;
            case TIME -> SQLDataType.LOCALTIME(6);
            case UUID -> mysql ? SQLDataType.CHAR(36) : SQLDataType.UUID;
            case JSON -> json(dialect);
            case BINARY -> binary(field.maxLength(), mysql);
            case FOREIGN_KEY -> throw new IllegalStateException("columnType() resolves relations");
        };
        return t.nullable(field.nullable());
    }

    /** The default column type of a value type, for computed values (transforms, expressions). */
    public static DataType<?> ofType(FieldType type, SQLDialect dialect) {
        boolean mysql = Dialects.isMysqlFamily(dialect);
        DataType<?> sqlite = SqliteTypes.applies(dialect) ? SqliteTypes.of(type, null) : null;
        if (sqlite != null) {
            return sqlite;
        }
        return switch (type) {
            case STRING, TEXT, EMAIL -> SQLDataType.VARCHAR;
            case INTEGER -> SQLDataType.INTEGER;
            case BIG_INTEGER, BIG_AUTO -> SQLDataType.BIGINT;
            case FLOAT -> SQLDataType.DOUBLE;
            case DECIMAL -> SQLDataType.DECIMAL;
            case BOOLEAN -> SQLDataType.BOOLEAN;
            case DATE_TIME -> mysql ? SQLDataType.LOCALDATETIME(6) : SQLDataType.OFFSETDATETIME(6);
            case LOCAL_DATE_TIME -> SQLDataType.LOCALDATETIME(6);
            case DATE -> SQLDataType.LOCALDATE;
            case TIME -> SQLDataType.LOCALTIME(6);
            case UUID -> mysql ? SQLDataType.CHAR(36) : SQLDataType.UUID;
            case JSON -> json(dialect);
            case BINARY -> binary(0, mysql);
            case FOREIGN_KEY -> throw new IllegalStateException("a value has the type of the key it holds");
        };
    }

    /**
     * {@code jsonb} on PostgreSQL (compares by value), {@code json} on H2. On MySQL and MariaDB the
     * column is {@code json} (see {@link #ddlType}) but values travel as text: MariaDB has no
     * {@code CAST(... AS JSON)}, and both accept JSON text in a JSON column.
     */
    private static DataType<?> json(SQLDialect dialect) {
        if (Dialects.isMysqlFamily(dialect)) {
            return SQLDataType.CLOB;
        }
        return dialect.family() == SQLDialect.POSTGRES ? SQLDataType.JSONB : SQLDataType.JSON;
    }

    /** The type to declare the column with in CREATE TABLE. */
    public static DataType<?> ddlType(FieldMeta<?, ?> field, SQLDialect dialect) {
        if (field.columnType() == FieldType.JSON && Dialects.isMysqlFamily(dialect)) {
            return SQLDataType.JSON.nullable(field.nullable());
        }
        return of(field, dialect);
    }

    /**
     * {@code varbinary(n)} when bounded; unbounded, a blob on MySQL (which has no unbounded
     * varbinary) and a varbinary elsewhere (bytea on PostgreSQL; H2 cannot compare blobs).
     */
    private static DataType<byte[]> binary(int maxLength, boolean mysql) {
        if (maxLength > 0) {
            return SQLDataType.VARBINARY(maxLength);
        }
        return mysql ? SQLDataType.BLOB : SQLDataType.VARBINARY;
    }

    /** Binary collation on MySQL, so {@code exact} and ordering are case-sensitive as on PostgreSQL and H2. */
    private static DataType<String> text(DataType<String> t, boolean mysql) {
        return mysql ? t.collation(DSL.collation("utf8mb4_bin")) : t;
    }

    /** The JDBC type code, for binding nulls. */
    public static int sqlType(FieldMeta<?, ?> field, SQLDialect dialect) {
        return of(field, dialect).getSQLType();
    }
}
