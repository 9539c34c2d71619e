package io.aksara.schema.migrate;

import java.util.Arrays;
import java.util.stream.Collectors;
import liquibase.change.ColumnConfig;
import liquibase.database.Database;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.statement.core.AddUniqueConstraintStatement;
import liquibase.statement.core.DropUniqueConstraintStatement;

/**
 * {@code addUniqueConstraint} and {@code dropUniqueConstraint} on SQLite, which Liquibase refuses
 * there: a unique index of the constraint's name, which SQLite enforces the same way (and which
 * {@code DROP INDEX} removes without rebuilding the table).
 * Registered in {@code META-INF/services/liquibase.sqlgenerator.SqlGenerator}.
 */
public final class SqliteUniqueConstraints {
    private SqliteUniqueConstraints() {}

    /** {@code CREATE UNIQUE INDEX name ON table (columns)}. */
    public static final class Add extends SqliteGenerator<AddUniqueConstraintStatement> {
        @Override
        public Sql[] generateSql(AddUniqueConstraintStatement s, Database database,
                SqlGeneratorChain<AddUniqueConstraintStatement> chain) {
            String columns = Arrays.stream(s.getColumns()).map(ColumnConfig::getName).collect(Collectors.joining(", "));
            return new Sql[] {new UnparsedSql("CREATE UNIQUE INDEX " + s.getConstraintName() + " ON " + s.getTableName()
                    + " (" + columns + ")")};
        }
    }

    /** {@code DROP INDEX name}. */
    public static final class Drop extends SqliteGenerator<DropUniqueConstraintStatement> {
        @Override
        public Sql[] generateSql(DropUniqueConstraintStatement s, Database database,
                SqlGeneratorChain<DropUniqueConstraintStatement> chain) {
            return new Sql[] {new UnparsedSql("DROP INDEX " + s.getConstraintName())};
        }
    }
}
