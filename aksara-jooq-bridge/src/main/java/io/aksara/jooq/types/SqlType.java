package io.aksara.jooq.types;

import io.aksara.meta.FieldMeta;
import org.jooq.DataType;
import org.jooq.SQLDialect;

/**
 * The SQL side of a field kind, in one place: the jOOQ {@link DataType} of its column per dialect
 * (what the bridge declares, binds and casts with), how a column value is bound and read, and the
 * type text migrations write. The bridge, the schema editor and makemigrations all read it through
 * {@link SqlTypes}, so a kind's column is described once.
 *
 * <p>A kind of your own declares its SQL type by implementing {@link DeclaresSqlType}, or with
 * {@link SqlTypes#register}; without either it is stored as its built-in column type.
 *
 * <pre>{@code
 * public final class LabelColumn implements SqlType {
 *     public DataType<?> dataType(FieldMeta<?, ?> field, SQLDialect dialect) { return SQLDataType.VARCHAR(500); }
 *     public ColumnReader reader(SQLDialect dialect) { return ResultSet::getString; }
 *     public String changelogType(FieldMeta<?, ?> field) { return "VARCHAR(500)"; }
 * }
 * }</pre>
 */
public interface SqlType {
    /**
     * The type of the column in a dialect, as values are bound and read. {@code field} is the
     * field whose column it is (its length, digits, nullability), or null for a computed value of
     * this type (an annotation, a cast), which takes the type's unbounded form.
     */
    DataType<?> dataType(FieldMeta<?, ?> field, SQLDialect dialect);

    /** The type to declare the column with in CREATE TABLE; by default {@link #dataType}. */
    default DataType<?> ddlType(FieldMeta<?, ?> field, SQLDialect dialect) {
        return dataType(field, dialect);
    }

    /** The reader of a column of this type in a dialect, made once per statement column. */
    ColumnReader reader(SQLDialect dialect);

    /**
     * The Liquibase type text of the field's column, as makemigrations writes it and the
     * autodetector compares it: a portable type ({@code VARCHAR(500)}) or a changelog property
     * that every database defines ({@code ${aksara.text}}).
     */
    String changelogType(FieldMeta<?, ?> field);

    /**
     * The Java class of the column values this type converts itself before they are bound
     * ({@link #toJdbc}), or null when its values are bound as the built-in rules bind their class.
     * Each class is converted by at most one type.
     */
    default Class<?> valueClass() {
        return null;
    }

    /** The JDBC value of a column value of {@link #valueClass()} (never null) in a dialect. */
    default Object toJdbc(Object value, SQLDialect dialect) {
        return value;
    }
}
