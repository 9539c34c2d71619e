package io.aksara.schema.migrate;

import liquibase.database.Database;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.statement.core.AddForeignKeyConstraintStatement;
import liquibase.statement.core.DropForeignKeyConstraintStatement;

/**
 * {@code addForeignKeyConstraint} and {@code dropForeignKeyConstraint} on SQLite, which Liquibase
 * refuses there: the table is rebuilt with the constraint added or removed ({@link SqliteTables}).
 * Registered in {@code META-INF/services/liquibase.sqlgenerator.SqlGenerator}.
 */
public final class SqliteForeignKeys {
    private SqliteForeignKeys() {}

    /** Adds a foreign key by rebuilding its table. */
    public static final class Add extends SqliteGenerator<AddForeignKeyConstraintStatement> {
        /** The SQL reads the table's current definition. */
        @Override public boolean generateStatementsIsVolatile(Database database) { return true; }

        @Override
        public Sql[] generateSql(AddForeignKeyConstraintStatement s, Database database,
                SqlGeneratorChain<AddForeignKeyConstraintStatement> chain) {
            String clause = "CONSTRAINT " + s.getConstraintName() + " FOREIGN KEY (" + s.getBaseColumnNames() + ") REFERENCES "
                    + s.getReferencedTableName() + " (" + s.getReferencedColumnNames() + ")"
                    + (s.getOnDelete() == null ? "" : " ON DELETE " + s.getOnDelete())
                    + (s.getOnUpdate() == null ? "" : " ON UPDATE " + s.getOnUpdate());
            String create = SqliteTables.createSql(database, s.getBaseTableName());
            return SqliteTables.rebuild(database, s.getBaseTableName(), SqliteTables.withConstraint(create, clause));
        }
    }

    /** Drops a foreign key by rebuilding its table. */
    public static final class Drop extends SqliteGenerator<DropForeignKeyConstraintStatement> {
        @Override public boolean generateStatementsIsVolatile(Database database) { return true; }

        @Override
        public Sql[] generateSql(DropForeignKeyConstraintStatement s, Database database,
                SqlGeneratorChain<DropForeignKeyConstraintStatement> chain) {
            String create = SqliteTables.createSql(database, s.getBaseTableName());
            return SqliteTables.rebuild(database, s.getBaseTableName(),
                    SqliteTables.withoutConstraint(create, s.getConstraintName()));
        }
    }
}
