package io.aksara.schema.migrate;

import java.util.function.UnaryOperator;
import liquibase.database.Database;
import liquibase.datatype.DataTypeFactory;
import liquibase.exception.ValidationErrors;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;
import liquibase.statement.DatabaseFunction;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.AddDefaultValueStatement;
import liquibase.statement.core.DropDefaultValueStatement;
import liquibase.statement.core.ModifyDataTypeStatement;
import liquibase.statement.core.SetNullableStatement;

/**
 * {@code modifyDataType}, {@code addNotNullConstraint}, {@code dropNotNullConstraint},
 * {@code addDefaultValue} and {@code dropDefaultValue} on SQLite, whose ALTER TABLE cannot change
 * a column (Liquibase refuses the first and last, and rebuilds from a snapshot that loses Aksara's
 * constraints for the others): the table is rebuilt with the column's definition rewritten
 * ({@link SqliteTables}). An {@code addNotNullConstraint} with {@code defaultNullValue} has filled
 * the NULLs before, in the same changeset; a NULL left fails the copy and rolls the changeset back.
 * Registered in {@code META-INF/services/liquibase.sqlgenerator.SqlGenerator}.
 */
public final class SqliteColumnChanges {
    private SqliteColumnChanges() {}

    /** {@code modifyDataType}: the column declared with the new type; SQLite converts each value as it is copied. */
    public static final class ModifyType extends Rebuild<ModifyDataTypeStatement> {
        @Override
        public Sql[] generateSql(ModifyDataTypeStatement s, Database database, SqlGeneratorChain<ModifyDataTypeStatement> chain) {
            String type = DataTypeFactory.getInstance().fromDescription(s.getNewDataType(), database)
                    .toDatabaseDataType(database).toSql();
            return rebuild(database, s.getTableName(), s.getColumnName(), c -> c.withType(type));
        }
    }

    /** {@code addNotNullConstraint} and {@code dropNotNullConstraint}. */
    public static final class Nullable extends Rebuild<SetNullableStatement> {
        @Override
        public Sql[] generateSql(SetNullableStatement s, Database database, SqlGeneratorChain<SetNullableStatement> chain) {
            return rebuild(database, s.getTableName(), s.getColumnName(), c -> c.withNullable(s.isNullable()));
        }
    }

    /** {@code addDefaultValue}. */
    public static final class AddDefault extends Rebuild<AddDefaultValueStatement> {
        @Override
        public Sql[] generateSql(AddDefaultValueStatement s, Database database, SqlGeneratorChain<AddDefaultValueStatement> chain) {
            Object value = s.getDefaultValue();
            String sql = value instanceof DatabaseFunction f ? database.generateDatabaseFunctionValue(f)
                    : DataTypeFactory.getInstance().fromObject(value, database).objectToSql(value, database);
            return rebuild(database, s.getTableName(), s.getColumnName(), c -> c.withDefault(sql));
        }
    }

    /** {@code dropDefaultValue}. */
    public static final class DropDefault extends Rebuild<DropDefaultValueStatement> {
        @Override
        public Sql[] generateSql(DropDefaultValueStatement s, Database database, SqlGeneratorChain<DropDefaultValueStatement> chain) {
            return rebuild(database, s.getTableName(), s.getColumnName(), c -> c.withDefault(null));
        }
    }

    /** What the four generators share: SQLite only, ahead of Liquibase's own, and SQL read from the live schema. */
    abstract static class Rebuild<S extends SqlStatement> extends AbstractSqlGenerator<S> {
        /** Ahead of Liquibase's {@code AddDefaultValueGeneratorSQLite}, which has the database priority. */
        @Override public int getPriority() { return PRIORITY_DATABASE + 1; }

        @Override
        public boolean supports(S statement, Database database) {
            return SqliteTables.applies(database);
        }

        /** The SQL reads the table's current definition. */
        @Override public boolean generateStatementsIsVolatile(Database database) { return true; }

        @Override
        public ValidationErrors validate(S statement, Database database, SqlGeneratorChain<S> chain) {
            return new ValidationErrors();
        }

        static Sql[] rebuild(Database database, String table, String column, UnaryOperator<SqliteColumnDefinition> change) {
            String create = SqliteTables.createSql(database, table);
            return SqliteTables.rebuild(database, table, SqliteTables.withColumn(create, table, column, change));
        }
    }
}
