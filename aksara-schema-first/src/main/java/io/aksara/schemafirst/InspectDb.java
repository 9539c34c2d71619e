package io.aksara.schemafirst;

import io.aksara.errors.AksaraException;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.jooq.vendor.Vendors;
import io.aksara.schemafirst.internal.CatalogFacts;
import io.aksara.schemafirst.internal.ColumnDefaults;
import io.aksara.schemafirst.internal.GeneratedColumns;
import io.aksara.schemafirst.internal.MariadbJsonColumns;
import io.aksara.schemafirst.internal.StorageTypes;
import io.aksara.schemafirst.internal.PostgresDomains;
import io.aksara.schemafirst.internal.PostgresEnums;
import io.aksara.schemafirst.internal.PostgresPartitions;
import io.aksara.schemafirst.internal.NameCaseWarning;
import io.aksara.schemafirst.internal.OwnKindColumns;
import io.aksara.schemafirst.internal.OwnKindField;
import io.aksara.schemafirst.internal.SqliteDecimals;
import io.aksara.schemafirst.internal.TableReader;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Schema;
import org.jooq.Table;
import org.jooq.TableOptions;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Django's {@code inspectdb}: reads the tables of a live PostgreSQL, MySQL/MariaDB or H2 schema
 * through jOOQ's meta API and writes one model source per table. Columns Aksara has no field for
 * are skipped with a warning naming the table, column and type; nothing is written half-way.
 *
 * <pre>{@code
 * try (Connection c = DriverManager.getConnection(url, user, password)) {
 *     List<Path> files = InspectDb.of(c).packageName("com.shop.models").write(Path.of("src/main/java"));
 * }
 * }</pre>
 *
 * <p>Immutable: each option returns a new instance. The connection is used, never closed.
 */
public final class InspectDb {
    private static final Logger LOG = LoggerFactory.getLogger(InspectDb.class);

    private final Connection connection;
    private final String packageName;
    private final String schema;
    private final Set<String> tables;
    private final Map<String, Class<? extends Annotation>> ownKinds;
    private final List<Class<? extends Annotation>> kindsByType;

    private InspectDb(Connection connection, String packageName, String schema, Set<String> tables,
            Map<String, Class<? extends Annotation>> ownKinds, List<Class<? extends Annotation>> kindsByType) {
        this.connection = connection;
        this.packageName = packageName;
        this.schema = schema;
        this.tables = tables;
        this.ownKinds = ownKinds;
        this.kindsByType = kindsByType;
    }

    /**
     * Maps one column to a field annotation of the application's own (one carrying
     * {@link io.aksara.kinds.Kind @Kind}) instead of the built-in one of its type. The column must be
     * stored as the annotation's kind is (a {@code MoneyKind} over DECIMAL maps a {@code numeric}
     * column); otherwise {@link #inspect()} fails naming both, before anything is written.
     *
     * <pre>{@code
     * InspectDb.of(connection).field("wallets.balance", MoneyField.class).write(Path.of("src/main/java"));
     * // @MoneyField(maxDigits = 12, decimalPlaces = 2) public Money balance;
     * }</pre>
     *
     * @param tableColumn {@code table.column}, compared ignoring case
     */
    public InspectDb field(String tableColumn, Class<? extends Annotation> annotation) {
        if (tableColumn == null || tableColumn.indexOf('.') <= 0 || tableColumn.endsWith(".")) {
            throw new IllegalArgumentException("Give the column as table.column, got " + tableColumn);
        }
        OwnKindField.kind(annotation); // refuses an annotation without @Kind now, not at inspect()
        Map<String, Class<? extends Annotation>> more = new LinkedHashMap<>(ownKinds);
        more.put(tableColumn.toLowerCase(Locale.ROOT), annotation);
        return new InspectDb(connection, packageName, schema, tables, Map.copyOf(more), kindsByType);
    }

    /**
     * Maps every column whose type is the SQL type one of these field annotations' kinds declares
     * for itself ({@code DeclaresSqlType} or {@code SqlTypes.register}) to that annotation, found
     * in the same table the bridge and migrations read. A column named in {@link #field} keeps that
     * mapping; the first annotation whose type matches wins.
     *
     * <pre>{@code
     * InspectDb.of(connection).kinds(TagsField.class).write(Path.of("src/main/java"));
     * // a varchar(500) column: @TagsField public Tags tags;
     * }</pre>
     *
     * @throws IllegalArgumentException for an annotation without {@code @Kind}, or whose kind is stored
     *     as a built-in kind (its columns look like any other of that type: map them with {@link #field})
     */
    @SafeVarargs
    public final InspectDb kinds(Class<? extends Annotation>... annotations) {
        List<Class<? extends Annotation>> more = new ArrayList<>(kindsByType);
        for (Class<? extends Annotation> a : annotations) {
            OwnKindColumns.declaredType(a); // refuses now, not at inspect()
            more.add(a);
        }
        return new InspectDb(connection, packageName, schema, tables, ownKinds, List.copyOf(more));
    }

    /** Inspects the connection's current schema (PostgreSQL's {@code public}, the MySQL database, H2's {@code PUBLIC}). */
    public static InspectDb of(Connection connection) {
        return new InspectDb(Objects.requireNonNull(connection, "connection"), "models", null, Set.of(), Map.of(), List.of());
    }

    /** The Java package of the generated models (default {@code models}). */
    public InspectDb packageName(String name) {
        if (name == null || !name.isEmpty() && !javax.lang.model.SourceVersion.isName(name)) {
            throw new IllegalArgumentException("Not a Java package name: " + name);
        }
        return new InspectDb(connection, name, schema, tables, ownKinds, kindsByType);
    }

    /** The schema to read, when not the connection's current one. */
    public InspectDb schema(String name) {
        return new InspectDb(connection, packageName, name, tables, ownKinds, kindsByType);
    }

    /** Only these tables (names compared ignoring case); all tables of the schema when none are given. */
    public InspectDb tables(String... names) {
        Set<String> only = new TreeSet<>();
        for (String n : names) {
            only.add(n.toLowerCase(Locale.ROOT));
        }
        return new InspectDb(connection, packageName, schema, Set.copyOf(only), ownKinds, kindsByType);
    }

    /** Reads the schema and builds the model sources, without writing anything. */
    /** Liquibase's bookkeeping tables, which a migrated database has and no model should. */
    private static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");

    public Inspection inspect() {
        try {
            Vendor vendor = Vendors.of(connection); // the one that accepts the connection's URL, as a pool would choose
            SQLDialect dialect = vendor.dialect();
            // the vendor's introspection dialect: jOOQ's MARIADB meta queries ask information_schema for
            // columns MariaDB 10.11 lacks (IS_SYSTEM_TIME_PERIOD_START), its MYSQL meta has what 10.x has
            DSLContext dsl = DSL.using(connection, vendor.introspectionDialect());
            String schemaName = schema != null ? schema : currentSchema(dialect);
            // SQLite has one unnamed schema (its file's "main"), which jOOQ lists without a name
            List<Schema> schemas = schema == null && dialect.family() == SQLDialect.SQLITE
                    ? dsl.meta().getSchemas() : dsl.meta().getSchemas(schemaName);
            if (schemas.isEmpty()) {
                throw new AksaraException("inspectdb: no schema " + schemaName + " in " + connection.getMetaData().getURL());
            }
            Set<String> json = MariadbJsonColumns.find(connection, vendor);
            CatalogFacts facts = CatalogFacts.NONE.withJsonColumns(json)
                    .withDefaults(ColumnDefaults.find(connection, dialect, schemaName))
                    .withDomains(PostgresDomains.find(connection, dialect, schemaName))
                    .withGenerated(GeneratedColumns.find(connection, dialect, schemaName))
                    .withStorageTypes(StorageTypes.find(connection, dialect, schemaName))
                    .withDecimals(SqliteDecimals.find(connection, dialect))
                    .withEnums(PostgresEnums.find(connection, dialect, schemaName));
            TableReader reader = new TableReader(dialect, facts);
            Set<String> partitions = PostgresPartitions.find(connection, dialect, schemaName);
            List<TableDescription> read = new ArrayList<>();
            List<Table<?>> readTables = new ArrayList<>();
            Set<String> missing = new TreeSet<>(tables);
            for (Table<?> t : schemas.getFirst().getTables()) {
                boolean view = t.getTableType() == TableOptions.TableType.VIEW
                        || t.getTableType() == TableOptions.TableType.MATERIALIZED_VIEW;
                if (t.getTableType() != TableOptions.TableType.TABLE && !view) {
                    continue; // temporary tables, functions returning tables: nothing a model reads
                }
                String lower = t.getName().toLowerCase(Locale.ROOT);
                if (!tables.isEmpty() && !tables.contains(lower)) {
                    continue;
                }
                if (tables.isEmpty() && LIQUIBASE_TABLES.contains(lower)) {
                    continue; // the migrations' own history, not the application's data
                }
                if (tables.isEmpty() && partitions.contains(lower)) {
                    continue; // a partition's rows are its parent's: the parent is the model
                }
                missing.remove(lower);
                read.add(view ? reader.read(t).asView() : reader.read(t));
                readTables.add(t);
            }
            if (!missing.isEmpty()) {
                throw new AksaraException("inspectdb: no table " + String.join(", ", missing) + " in schema " + schemaName);
            }
            String caseWarning = NameCaseWarning.of(vendor.nameCase(), schemaName, readTables);
            Map<String, Class<? extends Annotation>> mapped = OwnKindColumns.byType(read, kindsByType, dialect, ownKinds);
            return new Inspection(packageName, read, caseWarning == null ? List.of() : List.of(caseWarning), mapped);
        } catch (SQLException e) {
            throw new AksaraException("inspectdb could not read the schema: " + e.getMessage(), e);
        }
    }

    /** Inspects and writes the sources under a source root; warnings are logged. Returns the files written. */
    public List<Path> write(Path sourceRoot) {
        Inspection found = inspect();
        found.warnings().forEach(w -> LOG.warn("inspectdb: {}", w));
        return found.write(sourceRoot);
    }

    private String currentSchema(SQLDialect dialect) throws SQLException {
        if (dialect.family() == SQLDialect.MYSQL || dialect.family() == SQLDialect.MARIADB) {
            return connection.getCatalog(); // MySQL's databases are jOOQ's schemas
        }
        if (dialect.family() == SQLDialect.SQLITE) {
            return "main";
        }
        String s = connection.getSchema();
        return s != null ? s : "public";
    }
}
