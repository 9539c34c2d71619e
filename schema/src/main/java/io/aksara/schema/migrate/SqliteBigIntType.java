package io.aksara.schema.migrate;

import liquibase.database.Database;
import liquibase.database.core.SQLiteDatabase;
import liquibase.datatype.DataTypeInfo;
import liquibase.datatype.DatabaseDataType;
import liquibase.datatype.LiquibaseDataType;
import liquibase.datatype.core.BigIntType;

/**
 * {@code BIGINT} as {@code INTEGER} on SQLite. SQLite stores both as 64-bit integers, but only a
 * column declared {@code INTEGER PRIMARY KEY} is the row id that {@code AUTOINCREMENT} needs, so
 * Aksara's generated {@code id} keys must say INTEGER there. Elsewhere Liquibase's type decides.
 * Registered through {@code META-INF/services/liquibase.datatype.LiquibaseDataType}.
 */
@DataTypeInfo(name = "bigint", aliases = {"java.sql.Types.BIGINT", "java.math.BigInteger", "java.lang.Long", "integer8",
        "bigserial", "serial8", "int8"}, minParameters = 0, maxParameters = 1, priority = LiquibaseDataType.PRIORITY_DATABASE)
public class SqliteBigIntType extends BigIntType {
    @Override
    public DatabaseDataType toDatabaseDataType(Database database) {
        if (database instanceof SQLiteDatabase) {
            return new DatabaseDataType("INTEGER");
        }
        return super.toDatabaseDataType(database);
    }
}
