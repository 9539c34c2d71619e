/**
 * Migrations: schema snapshots, the autodetector, the Liquibase changelog writer and reader, the
 * migrator and the {@code Migrations} API the CLI wraps.
 *
 * <pre>{@code
 * module shop {
 *     requires io.aksara.schema;
 * }
 * }</pre>
 */
module io.aksara.schema {
    requires transitive io.aksara.jooq;
    // JavaMigration implements Liquibase's CustomTaskChange; Migrator exposes Liquibase results
    requires transitive liquibase.core;
    requires org.yaml.snakeyaml;
    requires java.logging;
    // jOOQ's Settings carry JAXB annotations; javac warns when it cannot see their types
    requires static jakarta.xml.bind;

    exports io.aksara.schema;
    exports io.aksara.schema.changelog;
    exports io.aksara.schema.diff;
    exports io.aksara.schema.lint;
    exports io.aksara.schema.migrate;
    exports io.aksara.schema.migrations;
    exports io.aksara.schema.state;

    // Liquibase finds its data types and SQL generators with ServiceLoader
    provides liquibase.datatype.LiquibaseDataType with
            io.aksara.schema.migrate.FractionalTimeType,
            io.aksara.schema.migrate.SqliteBigIntType,
            io.aksara.schema.migrate.SqliteTimestampType,
            io.aksara.schema.migrate.SqliteUuidType;
    provides liquibase.sqlgenerator.SqlGenerator with
            io.aksara.schema.migrate.SqliteForeignKeys.Add,
            io.aksara.schema.migrate.SqliteForeignKeys.Drop,
            io.aksara.schema.migrate.SqliteUniqueConstraints.Add,
            io.aksara.schema.migrate.SqliteUniqueConstraints.Drop,
            io.aksara.schema.migrate.SqliteColumnChanges.ModifyType,
            io.aksara.schema.migrate.SqliteColumnChanges.Nullable,
            io.aksara.schema.migrate.SqliteColumnChanges.AddDefault,
            io.aksara.schema.migrate.SqliteColumnChanges.DropDefault,
            io.aksara.schema.migrate.SqliteDropColumn.Generator,
            io.aksara.schema.migrate.SqliteAddColumn;
    provides liquibase.change.Change with io.aksara.schema.migrate.SqliteDropColumn;
}
