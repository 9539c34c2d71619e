package io.aksara.jooq.types;

import io.aksara.meta.FieldMeta;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jooq.DataType;
import org.jooq.SQLDialect;

/** A built-in SQL type, as the functions of one row of {@link BuiltInSqlTypes}. */
record BuiltInSqlType(
        BiFunction<FieldMeta<?, ?>, SQLDialect, DataType<?>> type,
        BiFunction<FieldMeta<?, ?>, SQLDialect, DataType<?>> ddl,
        Function<SQLDialect, ColumnReader> read,
        Function<FieldMeta<?, ?>, String> changelog) implements SqlType {

    @Override
    public DataType<?> dataType(FieldMeta<?, ?> field, SQLDialect dialect) {
        return type.apply(field, dialect);
    }

    @Override
    public DataType<?> ddlType(FieldMeta<?, ?> field, SQLDialect dialect) {
        return ddl == null ? dataType(field, dialect) : ddl.apply(field, dialect);
    }

    @Override
    public ColumnReader reader(SQLDialect dialect) {
        return read.apply(dialect);
    }

    @Override
    public String changelogType(FieldMeta<?, ?> field) {
        return changelog.apply(field);
    }
}
