package io.aksara.schema.migrate;

import liquibase.database.Database;
import liquibase.database.core.H2Database;
import liquibase.database.core.MySQLDatabase;
import liquibase.datatype.DataTypeInfo;
import liquibase.datatype.DatabaseDataType;
import liquibase.datatype.LiquibaseDataType;
import liquibase.datatype.core.TimeType;

/**
 * Keeps the fractional seconds of {@code TIME(6)} on H2 and MySQL/MariaDB. Liquibase's own
 * {@code time} drops the precision on H2, and on MySQL when the server reports a version before
 * 5.6.4, which MySQL Connector/J does for every MariaDB server ("5.5.5-10.11..."): a migrated
 * {@code @TimeField} would then lose its microseconds. Without a precision, and on every other
 * database, Liquibase's type decides as before. Registered through
 * {@code META-INF/services/liquibase.datatype.LiquibaseDataType}.
 */
@DataTypeInfo(name = "time", aliases = {"java.sql.Types.TIME", "java.sql.Time"}, minParameters = 0, maxParameters = 1,
        priority = LiquibaseDataType.PRIORITY_DATABASE)
public class FractionalTimeType extends TimeType {
    @Override
    public DatabaseDataType toDatabaseDataType(Database database) {
        Object[] parameters = getParameters();
        if (parameters.length == 1 && (database instanceof H2Database || database instanceof MySQLDatabase)) {
            return new DatabaseDataType("TIME", parameters);
        }
        return super.toDatabaseDataType(database);
    }
}
