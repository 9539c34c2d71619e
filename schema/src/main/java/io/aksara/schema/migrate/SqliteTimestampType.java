package io.aksara.schema.migrate;

import java.util.Locale;
import liquibase.database.Database;
import liquibase.database.core.SQLiteDatabase;
import liquibase.datatype.DataTypeInfo;
import liquibase.datatype.DatabaseDataType;
import liquibase.datatype.LiquibaseDataType;
import liquibase.datatype.core.TimestampType;

/**
 * {@code TIMESTAMP} and {@code TIMESTAMP WITH TIME ZONE} kept as declared on SQLite, where
 * Liquibase would write {@code TEXT}. SQLite keeps the declared type of each column, and inspectdb
 * reads it back: a timestamp declared TEXT comes back as a text field. The values stay text
 * either way (ISO text is never a number, so the column's NUMERIC affinity leaves it as it is).
 * Elsewhere Liquibase's type decides. Registered through
 * {@code META-INF/services/liquibase.datatype.LiquibaseDataType}.
 */
@DataTypeInfo(name = "timestamp", aliases = {"java.sql.Types.TIMESTAMP", "java.sql.Timestamp", "timestamptz"},
        minParameters = 0, maxParameters = 1, priority = LiquibaseDataType.PRIORITY_DATABASE)
public class SqliteTimestampType extends TimestampType {
    @Override
    public DatabaseDataType toDatabaseDataType(Database database) {
        if (database instanceof SQLiteDatabase) {
            String declared = (getRawDefinition() + " " + getAdditionalInformation()).toLowerCase(Locale.ROOT);
            boolean zoned = declared.contains("time zone") && !declared.contains("without time zone")
                    || declared.contains("timestamptz");
            return new DatabaseDataType(zoned ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP");
        }
        return super.toDatabaseDataType(database);
    }
}
