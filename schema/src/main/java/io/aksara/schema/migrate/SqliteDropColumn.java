package io.aksara.schema.migrate;

import java.util.List;
import liquibase.change.ChangeMetaData;
import liquibase.change.ColumnConfig;
import liquibase.change.DatabaseChange;
import liquibase.change.core.DropColumnChange;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.DropColumnStatement;

/**
 * {@code dropColumn} on SQLite. Liquibase's own SQLite path rebuilds the table from a snapshot
 * that loses what Aksara declared; this change hands SQLite a plain {@link DropColumnStatement}
 * instead, and {@link Generator} rebuilds the table without the column ({@link SqliteTables}), its
 * indexes that do not use the column created again. On every other database it is Liquibase's own.
 * Registered in {@code META-INF/services/liquibase.change.Change} and
 * {@code META-INF/services/liquibase.sqlgenerator.SqlGenerator}.
 */
@DatabaseChange(name = "dropColumn", description = "Drops a column (SQLite: by rebuilding its table)",
        priority = ChangeMetaData.PRIORITY_DATABASE, appliesTo = "column")
public final class SqliteDropColumn extends DropColumnChange {
    @Override
    public boolean generateStatementsVolatile(Database database) {
        return SqliteTables.applies(database) || super.generateStatementsVolatile(database);
    }

    @Override
    public SqlStatement[] generateStatements(Database database) {
        if (!SqliteTables.applies(database)) {
            return super.generateStatements(database);
        }
        List<String> names = getColumns() == null || getColumns().isEmpty() ? List.of(getColumnName())
                : getColumns().stream().map(ColumnConfig::getName).toList();
        return names.stream().map(n -> new DropColumnStatement(getCatalogName(), getSchemaName(), getTableName(), n))
                .toArray(SqlStatement[]::new);
    }

    /** Rebuilds the table without the column. */
    public static final class Generator extends AbstractSqlGenerator<DropColumnStatement> {
        @Override public int getPriority() { return PRIORITY_DATABASE + 1; }

        @Override
        public boolean supports(DropColumnStatement statement, Database database) {
            return SqliteTables.applies(database) && !statement.isMultiple();
        }

        @Override public boolean generateStatementsIsVolatile(Database database) { return true; }

        @Override
        public ValidationErrors validate(DropColumnStatement s, Database database, SqlGeneratorChain<DropColumnStatement> chain) {
            return new ValidationErrors();
        }

        @Override
        public Sql[] generateSql(DropColumnStatement s, Database database, SqlGeneratorChain<DropColumnStatement> chain) {
            String create = SqliteTables.createSql(database, s.getTableName());
            return SqliteTables.rebuildWithout(database, s.getTableName(), create, s.getColumnName());
        }
    }
}
