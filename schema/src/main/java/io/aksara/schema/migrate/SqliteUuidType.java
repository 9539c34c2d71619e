package io.aksara.schema.migrate;

import liquibase.database.Database;
import liquibase.database.core.SQLiteDatabase;
import liquibase.datatype.DataTypeInfo;
import liquibase.datatype.DatabaseDataType;
import liquibase.datatype.LiquibaseDataType;
import liquibase.datatype.core.UUIDType;

/**
 * {@code UUID} kept as declared on SQLite, where Liquibase would write {@code TEXT}, so inspectdb
 * reads the column back as a UUID field. The values stay text (a UUID is never a number).
 * Elsewhere Liquibase's type decides. Registered through
 * {@code META-INF/services/liquibase.datatype.LiquibaseDataType}.
 */
@DataTypeInfo(name = "uuid", aliases = {"java.util.UUID"}, minParameters = 0, maxParameters = 0,
        priority = LiquibaseDataType.PRIORITY_DATABASE)
public class SqliteUuidType extends UUIDType {
    @Override
    public DatabaseDataType toDatabaseDataType(Database database) {
        if (database instanceof SQLiteDatabase) {
            return new DatabaseDataType("UUID");
        }
        return super.toDatabaseDataType(database);
    }
}
