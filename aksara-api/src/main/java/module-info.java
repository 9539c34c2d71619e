/**
 * Aksara's API: models, managers, query sets, expressions, field kinds and lookups. The SQL side
 * (a {@link io.aksara.spi.BackendProvider}) is found with {@link java.util.ServiceLoader}, so an
 * application requires this module and has {@code io.aksara.jooq} on its module path. Models need
 * no {@code opens}: their generated metamodels, compiled into the application's module, read and
 * write the fields.
 *
 * <pre>{@code
 * module shop {
 *     requires io.aksara.schema;        // reads io.aksara.jooq and io.aksara too
 *     opens shop.reports to io.aksara;  // only for records that valuesList(Record.class) makes
 * }
 * }</pre>
 */
module io.aksara {
    // ConnectionSource, DatabaseConfig.of(DataSource) and the row readers show JDBC types
    requires transitive java.sql;
    // English plurals of default table names; the jar has no module name of its own
    requires evo.inflector;

    exports io.aksara;
    exports io.aksara.aggregates;
    exports io.aksara.errors;
    exports io.aksara.expr;
    exports io.aksara.fields;
    exports io.aksara.functions;
    exports io.aksara.kinds;
    exports io.aksara.lookup;
    exports io.aksara.meta;
    exports io.aksara.metamodel;
    exports io.aksara.query;
    exports io.aksara.routing;
    exports io.aksara.spi;
    exports io.aksara.tenancy;

    // Not API. The bridge persists and reads rows with the same helpers the API uses (model
    // internals, composite keys, value ranges, secret masking, tenant rows); schema masks secrets
    // in Liquibase's messages and routes migrations; the CLI falls back to an embedded database;
    // aksara-test reads and writes fixtures with the same JSON the JSON kind uses.
    exports io.aksara.internal to io.aksara.jooq, io.aksara.schema, io.aksara.cli, io.aksara.test;

    uses io.aksara.spi.BackendProvider;
    uses io.aksara.spi.AmbientTransactions;
}
