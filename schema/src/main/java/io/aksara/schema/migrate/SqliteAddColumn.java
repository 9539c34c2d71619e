package io.aksara.schema.migrate;

import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;
import liquibase.sqlgenerator.core.AddColumnGenerator;
import liquibase.statement.core.AddColumnStatement;

/**
 * {@code addColumn} on SQLite as SQLite's own {@code ALTER TABLE ... ADD COLUMN}, which keeps the
 * column's NOT NULL and default (a NOT NULL column comes with its one-off default). Liquibase's
 * SQLite generator rebuilds the table from a snapshot instead, and lost them.
 * Registered in {@code META-INF/services/liquibase.sqlgenerator.SqlGenerator}.
 */
public final class SqliteAddColumn extends AbstractSqlGenerator<AddColumnStatement> {
    /** Ahead of Liquibase's {@code AddColumnGeneratorSQLite}. */
    @Override public int getPriority() { return PRIORITY_DATABASE + 1; }

    @Override
    public boolean supports(AddColumnStatement statement, Database database) {
        return SqliteTables.applies(database);
    }

    @Override
    public ValidationErrors validate(AddColumnStatement s, Database database, SqlGeneratorChain<AddColumnStatement> chain) {
        return new AddColumnGenerator().validate(s, database, chain);
    }

    @Override
    public Sql[] generateSql(AddColumnStatement s, Database database, SqlGeneratorChain<AddColumnStatement> chain) {
        return new AddColumnGenerator().generateSql(s, database, chain);
    }
}
