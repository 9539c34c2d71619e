package io.aksara.schemafirst.internal;

import java.util.Map;
import java.util.Set;

/**
 * What a database's catalog says about its columns beyond what jOOQ's meta reads, each keyed by
 * {@code table.column}: the facts {@link TableReader} prefers to jOOQ's own reading. Immutable; a
 * caller starts from {@link #NONE} (jOOQ's generated classes have no catalog to ask) and adds what
 * its database can tell:
 *
 * <pre>{@code
 * CatalogFacts facts = CatalogFacts.NONE
 *         .withDefaults(ColumnDefaults.find(connection, dialect, schema))
 *         .withEnums(PostgresEnums.find(connection, dialect, schema));
 * TableDescription table = new TableReader(dialect, facts).read(jooqTable);
 * }</pre>
 *
 * @param jsonColumns  columns known to hold JSON although their type does not say so (MariaDB)
 * @param defaults     the default's SQL as the database wrote it, preferred to jOOQ's reading
 * @param domains      the domain of a PostgreSQL column, read as its base type
 * @param generated    the clause of a generated column ({@link GeneratedColumns#find})
 * @param storageTypes a MariaDB column type to keep ({@link StorageTypes})
 * @param decimals     a decimal's precision and scale as declared, where the driver reports others (SQLite)
 * @param enums        the PostgreSQL enum type of a column ({@link PostgresEnums#find})
 */
public record CatalogFacts(Set<String> jsonColumns, Map<String, String> defaults,
        Map<String, PostgresDomains.Domain> domains, Map<String, String> generated,
        Map<String, String> storageTypes, Map<String, SqliteDecimals.Declared> decimals,
        Map<String, PostgresEnums.EnumType> enums) {
    /** No facts: every column is read as jOOQ describes it. */
    public static final CatalogFacts NONE = new CatalogFacts(Set.of(), Map.of(), Map.of(), Map.of(), Map.of(),
            Map.of(), Map.of());

    public CatalogFacts {
        jsonColumns = Set.copyOf(jsonColumns);
        defaults = Map.copyOf(defaults);
        domains = Map.copyOf(domains);
        generated = Map.copyOf(generated);
        storageTypes = Map.copyOf(storageTypes);
        decimals = Map.copyOf(decimals);
        enums = Map.copyOf(enums);
    }

    public CatalogFacts withJsonColumns(Set<String> columns) {
        return new CatalogFacts(columns, defaults, domains, generated, storageTypes, decimals, enums);
    }

    public CatalogFacts withDefaults(Map<String, String> sql) {
        return new CatalogFacts(jsonColumns, sql, domains, generated, storageTypes, decimals, enums);
    }

    public CatalogFacts withDomains(Map<String, PostgresDomains.Domain> columnDomains) {
        return new CatalogFacts(jsonColumns, defaults, columnDomains, generated, storageTypes, decimals, enums);
    }

    public CatalogFacts withGenerated(Map<String, String> clauses) {
        return new CatalogFacts(jsonColumns, defaults, domains, clauses, storageTypes, decimals, enums);
    }

    public CatalogFacts withStorageTypes(Map<String, String> types) {
        return new CatalogFacts(jsonColumns, defaults, domains, generated, types, decimals, enums);
    }

    public CatalogFacts withDecimals(Map<String, SqliteDecimals.Declared> declared) {
        return new CatalogFacts(jsonColumns, defaults, domains, generated, storageTypes, declared, enums);
    }

    public CatalogFacts withEnums(Map<String, PostgresEnums.EnumType> enumTypes) {
        return new CatalogFacts(jsonColumns, defaults, domains, generated, storageTypes, decimals, enumTypes);
    }
}
