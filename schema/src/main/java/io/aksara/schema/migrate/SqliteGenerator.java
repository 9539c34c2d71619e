package io.aksara.schema.migrate;

import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;
import liquibase.statement.SqlStatement;

/**
 * The base of Aksara's SQL generators for a statement Liquibase refuses on SQLite
 * ({@link SqliteForeignKeys}, {@link SqliteUniqueConstraints}): it takes the statement on SQLite
 * only, before Liquibase's own generator, and has nothing to validate; a subclass writes the SQL.
 *
 * <pre>{@code
 * public static final class Drop extends SqliteGenerator<DropUniqueConstraintStatement> {
 *     public Sql[] generateSql(DropUniqueConstraintStatement s, Database db, SqlGeneratorChain<...> chain) { ... }
 * }
 * }</pre>
 *
 * @param <S> the statement
 */
public abstract class SqliteGenerator<S extends SqlStatement> extends AbstractSqlGenerator<S> {
    @Override public int getPriority() { return PRIORITY_DATABASE; }

    @Override
    public boolean supports(S statement, Database database) {
        return SqliteTables.applies(database);
    }

    @Override
    public ValidationErrors validate(S statement, Database database, SqlGeneratorChain<S> chain) {
        return new ValidationErrors();
    }
}
