package io.aksara.schema.migrate;

import liquibase.change.custom.CustomSqlChange;
import liquibase.change.custom.CustomSqlRollback;
import liquibase.database.Database;
import liquibase.database.core.H2Database;
import liquibase.database.core.MySQLDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.core.SQLiteDatabase;
import liquibase.datatype.DataTypeFactory;
import liquibase.exception.CustomChangeException;
import liquibase.exception.DatabaseException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RawSqlStatement;

/**
 * Adds a generated column ({@code @GeneratedField}), which Liquibase's own changes cannot write:
 * {@code ALTER TABLE t ADD COLUMN c <type> GENERATED ALWAYS AS (<expression>) STORED}, in each
 * database's form. makemigrations writes it (after the createTable of a new model, or for a field
 * added later); its rollback drops the column.
 *
 * <pre>{@code
 * - customChange:
 *     class: io.aksara.schema.migrate.AddGeneratedColumn
 *     field: Line.total
 *     tableName: lines
 *     columnName: total
 *     columnType: DECIMAL(12,2)
 *     expression: price * quantity
 *     stored: true
 * }</pre>
 *
 * <p>Per database: PostgreSQL stores (a virtual column needs PostgreSQL 18; before it the
 * migration stops with an error naming the field); MySQL and MariaDB take STORED or VIRTUAL; H2
 * has one kind ({@code GENERATED ALWAYS AS (...)}); SQLite adds a generated column to an existing
 * table only as VIRTUAL, so it is VIRTUAL there (the values read the same). No generated column
 * gets NOT NULL: MariaDB allows none.
 */
public final class AddGeneratedColumn implements CustomSqlChange, CustomSqlRollback {
    private String field = "";
    private String tableName;
    private String columnName;
    private String columnType;
    private String expression;
    private boolean stored = true;

    // Liquibase sets a parameter of the changelog only where the class has both a getter and a setter
    public String getField() { return field; }
    public String getTableName() { return tableName; }
    public String getColumnName() { return columnName; }
    public String getColumnType() { return columnType; }
    public String getExpression() { return expression; }
    public String getStored() { return String.valueOf(stored); }

    public void setField(String field) { this.field = field; }
    public void setTableName(String tableName) { this.tableName = tableName; }
    public void setColumnName(String columnName) { this.columnName = columnName; }
    public void setColumnType(String columnType) { this.columnType = columnType; }
    public void setExpression(String expression) { this.expression = expression; }
    public void setStored(String stored) { this.stored = !"false".equalsIgnoreCase(stored); }

    @Override
    public SqlStatement[] generateStatements(Database db) throws CustomChangeException {
        String type = DataTypeFactory.getInstance().fromDescription(columnType, db).toDatabaseDataType(db).toSql();
        String storage;
        if (db instanceof PostgresDatabase) {
            if (!stored && majorVersion(db) < 18) {
                throw new CustomChangeException((field.isEmpty() ? tableName + "." + columnName : field)
                        + " is a virtual GeneratedField (stored = false), but PostgreSQL " + majorVersion(db)
                        + " has stored generated columns only (virtual ones came with PostgreSQL 18): declare it with stored = true");
            }
            storage = stored ? " STORED" : " VIRTUAL";
        } else if (db instanceof MySQLDatabase) { // MariaDB too
            storage = stored ? " STORED" : " VIRTUAL";
        } else if (db instanceof H2Database) {
            storage = "";
        } else if (db instanceof SQLiteDatabase) {
            storage = " VIRTUAL"; // SQLite's ALTER TABLE cannot add a STORED column
        } else {
            storage = stored ? " STORED" : " VIRTUAL";
        }
        // the expression is the model author's DDL (trusted, like @DbDefault), its names taken from the model
        return new SqlStatement[] {new RawSqlStatement("ALTER TABLE " + table(db) + " ADD COLUMN " + column(db) + " " + type
                + " GENERATED ALWAYS AS (" + expression + ")" + storage)};
    }

    @Override
    public SqlStatement[] generateRollbackStatements(Database db) {
        return new SqlStatement[] {new RawSqlStatement("ALTER TABLE " + table(db) + " DROP COLUMN " + column(db))};
    }

    private String table(Database db) {
        return db.escapeTableName(null, null, tableName);
    }

    private String column(Database db) {
        return db.escapeColumnName(null, null, tableName, columnName);
    }

    private static int majorVersion(Database db) {
        try {
            return db.getDatabaseMajorVersion();
        } catch (DatabaseException unknown) {
            return 0;
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "generated column " + tableName + "." + columnName + " added";
    }

    @Override
    public void setUp() {}

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {}

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
