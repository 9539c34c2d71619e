package io.aksara.jooq;

import com.zaxxer.hikari.HikariDataSource;
import io.aksara.DatabaseConfig;
import io.aksara.Isolation;
import io.aksara.Model;
import io.aksara.errors.AksaraException;
import io.aksara.internal.CompositeKeys;
import io.aksara.jooq.internal.AggregateLowering;
import io.aksara.jooq.internal.BackendContext;
import io.aksara.jooq.internal.BulkStatements;
import io.aksara.jooq.internal.ReplicaLag;
import io.aksara.jooq.internal.ResultReaders;
import io.aksara.jooq.internal.Explain;
import io.aksara.jooq.internal.RowStreams;
import io.aksara.jooq.internal.ExprLowering;
import io.aksara.jooq.internal.LoweringContext;
import io.aksara.jooq.internal.Scope;
import io.aksara.jooq.types.ColumnReader;
import io.aksara.jooq.types.SqlTypes;
import io.aksara.jooq.vendor.Feature;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.jooq.vendor.Vendors;
import io.aksara.query.Expr;
import io.aksara.jooq.internal.JdbcTransaction;
import io.aksara.jooq.internal.JdbcValues;
import io.aksara.jooq.internal.HeldConnections;
import io.aksara.jooq.internal.PooledConnections;
import io.aksara.jooq.internal.QueryLowering;
import io.aksara.jooq.internal.RowLocking;
import io.aksara.jooq.internal.RawRows;
import io.aksara.jooq.internal.RowMapper;
import io.aksara.jooq.internal.plan.PlanCache;
import io.aksara.jooq.internal.plan.RowWrites;
import io.aksara.jooq.internal.ScopedConnectionProvider;
import io.aksara.jooq.internal.Statements;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.query.Assignment;
import io.aksara.query.SelectQuery;
import io.aksara.spi.AmbientTransaction;
import io.aksara.spi.Backend;
import io.aksara.spi.CompiledValue;
import io.aksara.spi.ConnectionSource;
import io.aksara.spi.TransactionHandle;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * One open database: a HikariCP pool, its jOOQ dialect, and the lowering of API queries to SQL.
 * jOOQ renders each statement; {@link Statements} runs it over plain JDBC with Aksara's own
 * binding and row mapping.
 *
 * <pre>{@code
 * JooqBackend db = JooqBackend.of(Aksara.backend());
 * db.dsl().fetch("select version()");     // jOOQ against the same pool, for anything Aksara does not cover
 * }</pre>
 */
public final class JooqBackend implements Backend {
    private final String alias;
    /** The URL for toString, with any password in it masked. */
    private final String maskedUrl;
    private final DataSource dataSource;
    /** Where statements get connections: the pool above, or the application's (see {@link #ownsPool()}). */
    private final ConnectionSource connections;
    /** Whether Aksara opened the pool (and closes it), rather than borrowing the application's. */
    private final boolean ownsPool;
    private final SQLDialect dialect;
    /** Everything that differs on this database. */
    private final Vendor vendor;
    private final DSLContext dsl;
    /** Rendered SELECTs by query shape, with their row mappers: the fast path of fetch(). */
    private final PlanCache<RowMapper<?>> rowPlans;
    /** count() and exists(), with their statements by query shape. */
    private final CountReads counts;
    /** The INSERT and UPDATE of save(), rendered once per model. */
    private final RowWrites rowWrites;
    /** DatabaseConfig.statementTimeout: the default limit of every statement, or null. */
    private final Duration statementTimeout;
    /** What the statement machinery needs of this database: given to it instead of the backend itself. */
    private final BackendContext context;

    JooqBackend(String alias, HikariDataSource dataSource, PooledConnections connections, Vendor vendor,
            Duration statementTimeout, String maskedUrl) {
        this(alias, dataSource, connections, true, vendor, settings(vendor), statementTimeout, maskedUrl);
    }

    /** A backend on {@code connections}; {@code dataSource} serves side connections (cancelling a statement). */
    JooqBackend(String alias, DataSource dataSource, ConnectionSource connections, boolean ownsPool, Vendor vendor,
            Settings settings, Duration statementTimeout, String maskedUrl) {
        SQLDialect dialect = vendor.dialect();
        this.alias = alias;
        this.vendor = vendor;
        this.statementTimeout = statementTimeout;
        this.maskedUrl = maskedUrl;
        this.dataSource = dataSource;
        this.connections = connections;
        this.ownsPool = ownsPool;
        this.dialect = dialect;
        // jOOQ borrows through the provider, so jOOQ code inside an atomic block joins its transaction
        this.dsl = DSL.using(new ScopedConnectionProvider(alias, connections), dialect, settings);
        // every statement is lowered with this database's own vendor (not the dialect's last registered
        // one); a QueryPart of the application's, rendered later, finds it in the configuration
        Vendors.carry(dsl.configuration(), vendor);
        this.rowPlans = new PlanCache<>(vendor, dsl, q -> QueryLowering.rows(vendor, q),
                q -> new RowMapper<>(q, ModelTable.of(q.model(), dialect), alias));
        this.rowWrites = new RowWrites(dialect, dsl);
        this.context = new BackendContext(alias, vendor, dsl, dataSource, connections, ownsPool, statementTimeout);
        this.counts = new CountReads(vendor, dsl, context);
    }

    /**
     * Opens a pool for the configuration and detects its dialect. The pool gets the URL and the
     * credentials only inside a {@link UrlDataSource}, so neither its configuration log nor any
     * message here shows a password; a driver error that echoes one is masked before it is wrapped.
     */
    public static JooqBackend open(String alias, DatabaseConfig config) {
        if (config.adopted()) {
            return AdoptedBackends.open(alias, config);
        }
        return OwnedPools.open(alias, config);
    }

    /** The jOOQ backend behind an API backend. */
    public static JooqBackend of(Backend backend) {
        if (backend instanceof JooqBackend j) {
            return j;
        }
        throw new AksaraException("Expected the jOOQ backend, got " + backend.getClass().getName());
    }

    /** The rendering settings with lower-case names (every dialect but H2); for SQL rendering tests. */
    static Settings settings() {
        return settings(Vendors.of(SQLDialect.POSTGRES));
    }

    /**
     * Names render unquoted except reserved words (see {@code Identifiers}), in the case the
     * database folds unquoted names to: lower case, and upper case on H2 (quoted upper-case names
     * would break PostgreSQL and MySQL). So a quoted reserved word ({@code "YEAR"} on H2) names
     * the same column as the unquoted name another tool (Liquibase) created it with.
     */
    static Settings settings(Vendor vendor) {
        return new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withRenderNameCase(vendor.nameCase())
                .withRenderSchema(false)
                .withRenderCatalog(false)
                .withExecuteLogging(false);
    }

    public String alias() { return alias; }
    public DataSource dataSource() { return dataSource; }

    /** Where statements and atomic blocks get their connections. */
    public ConnectionSource connections() { return connections; }

    /** Whether Aksara opened this database's pool (and closes it), rather than borrowing the application's. */
    public boolean ownsPool() { return ownsPool; }

    /** Every statement of {@code work} on one connection of this pool ({@link HeldConnections}). */
    @Override public <T> T onOneConnection(Supplier<T> work) { return HeldConnections.run(alias, connections, vendor, work); }

    /** The default time limit of a statement ({@code DatabaseConfig.statementTimeout}), or null for none. */
    public Duration statementTimeout() { return statementTimeout; }

    public SQLDialect dialect() { return dialect; }
    /** This database's vendor: its features, SQL differences and error codes. */
    public Vendor databaseVendor() { return vendor; }

    /** A jOOQ context over this database's pool, with Aksara's rendering settings. */
    public DSLContext dsl() { return dsl; }

    @Override
    public String vendor() {
        return vendor.name();
    }

    @Override
    public boolean hasRowLocks() {
        return vendor.has(Feature.SELECT_FOR_UPDATE);
    }

    @Override
    public Duration replicaLag() {
        return ReplicaLag.measure(dataSource, dialect);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Model> List<T> fetch(SelectQuery<T> query) {
        RowLocking.requireTransaction(query, alias);
        RowLocking.requireSupported(query.lock(), vendor);
        PlanCache.Prepared<RowMapper<?>> p = rowPlans.prepare(query);
        RowMapper<T> mapper = (RowMapper<T>) p.extra();
        Statements.Binding direct = p.binding(); // a kept plan, values unobserved: bound from its slots, no list
        int expected = mapper.expectedRows(KeptRows.expectedRows(query)); // the next run of this plan sizes its list from this one
        return mapper.rowsRead(Statements.query(context, p.sql(), direct == null ? p.binds() : null, direct, mapper, expected), expected);
    }

    /** The plan {@code ran} was run with, for a compiled query's next runs to bind into (see {@link KeptRows}). */
    @Override
    public <T extends Model> io.aksara.spi.CompiledRows<T> compiledRows(SelectQuery<T> ran, SelectQuery<T> template) {
        return KeptRows.of(rowPlans, context, ran, template);
    }

    @Override
    public <T extends Model> List<T> raw(ModelMeta<T> meta, String sql, List<Object> params) {
        return Statements.query(context, sql, params, new RawRows<>(meta, ModelTable.of(meta, dialect), alias));
    }

    @Override
    public long count(SelectQuery<?> query) {
        return counts.count(query);
    }

    @Override // a compiled query's kept plan: see KeptValue
    public CompiledValue<Long> compiledCount(SelectQuery<?> ran, SelectQuery<?> template) {
        return counts.compiledCount(ran, template);
    }

    @Override
    public boolean exists(SelectQuery<?> query) {
        return counts.exists(query);
    }

    @Override // a compiled query's kept plan: see KeptValue
    public CompiledValue<Boolean> compiledExists(SelectQuery<?> ran, SelectQuery<?> template) {
        return counts.compiledExists(ran, template);
    }

    /** Whether fetch() has a cached statement for this query's shape (for tests of the plan cache). */
    public boolean hasCachedPlan(SelectQuery<?> query) {
        return rowPlans.isCached(query);
    }

    @Override
    public long update(SelectQuery<?> query, List<Assignment> assignments) {
        ModelTable table = ModelTable.of(query.model(), dialect);
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        LoweringContext ctx = new LoweringContext(vendor, Scope.root(table));
        for (Assignment a : assignments) {
            Field<Object> column = table.field(a.field());
            values.put(column, a.value() instanceof Expr e ? ExprLowering.lower(e, ctx)
                    : DSL.val(JdbcValues.toJdbc(a.value(), dialect), column.getDataType()));
        }
        Query q = dsl.update(table.table()).set(values).where(QueryLowering.where(query, vendor));
        return Statements.update(context, dsl.render(q), dsl.extractBindValues(q));
    }

    @Override
    public long delete(SelectQuery<?> query) {
        ModelTable table = ModelTable.of(query.model(), dialect);
        Query q = dsl.deleteFrom(table.table()).where(QueryLowering.where(query, vendor));
        return Statements.update(context, dsl.render(q), dsl.extractBindValues(q));
    }

    @Override
    public <T extends Model> Object insert(ModelMeta<T> meta, T instance) {
        if (meta.hasCompositeKey()) { // the key is the given values: nothing to read back
            RowWrites.Prepared st = rowWrites.insert(meta, instance, false);
            return Statements.insert(context, st.sql(), st.binds(), null, null);
        }
        FieldMeta<T, ?> pk = meta.primaryKey();
        boolean databaseGeneratesKey = pk.generated() && pk.get(instance) == null;
        RowWrites.Prepared st = rowWrites.insert(meta, instance, databaseGeneratesKey);
        String keyColumn = databaseGeneratesKey ? pk.column() : null;
        return Statements.insert(context, st.sql(), st.binds(), keyColumn,
                SqlTypes.of(pk).reader(dialect));
    }

    @Override
    public <T extends Model> long updateRow(ModelMeta<T> meta, T instance) {
        RowWrites.Prepared st = rowWrites.update(meta, instance);
        if (st == null) { // nothing to set but the key: the row is up to date if it exists
            return count(SelectQuery.of(meta).withWhere(CompositeKeys.matching(meta, CompositeKeys.valueOf(meta, instance))));
        }
        return Statements.update(context, st.sql(), st.binds(), st.binding());
    }

    @Override
    public TransactionHandle begin(Isolation isolation) {
        return JdbcTransaction.begin(context, isolation);
    }

    @Override
    public List<Object[]> fetchValues(SelectQuery<?> query, List<Expr> columns) {
        return readRows(QueryLowering.values(vendor, query, columns), columns);
    }

    @Override
    public long countValues(SelectQuery<?> query, List<Expr> columns) {
        return counts.countValues(query, columns);
    }

    @Override
    public String valuesSql(SelectQuery<?> query, List<Expr> columns) {
        return dsl.render(QueryLowering.values(vendor, query, columns));
    }

    @Override
    public Object[] aggregate(SelectQuery<?> query, List<Expr> aggregates) {
        List<Object[]> rows = readRows(AggregateLowering.statement(vendor, query, aggregates), aggregates);
        return rows.getFirst();
    }

    /** Runs a SELECT and reads each column with the reader of its expression's type. */
    private List<Object[]> readRows(Query q, List<Expr> columns) {
        ColumnReader[] readers = columns.stream()
                .map(c -> ResultReaders.of(c, dialect)).toArray(ColumnReader[]::new);
        return Statements.query(context, dsl.render(q), dsl.extractBindValues(q), rs -> {
            Object[] row = new Object[readers.length];
            for (int i = 0; i < readers.length; i++) {
                row[i] = readers[i].read(rs, i + 1);
            }
            return row;
        });
    }

    @Override
    public <T extends Model> Stream<T> stream(SelectQuery<T> query, int chunkSize) {
        RowLocking.requireTransaction(query, alias);
        RowLocking.requireSupported(query.lock(), vendor);
        Query q = QueryLowering.rows(vendor, query);
        RowMapper<T> mapper = new RowMapper<>(query, ModelTable.of(query.model(), dialect), alias);
        return RowStreams.open(context, dsl.render(q), dsl.extractBindValues(q), chunkSize, mapper::map);
    }

    @Override
    public <T extends Model> List<Object> bulkInsert(ModelMeta<T> meta, List<T> instances, int batchSize, boolean ignoreConflicts) {
        return BulkStatements.insert(context, meta, instances, batchSize, ignoreConflicts);
    }

    @Override
    public <T extends Model> long bulkUpdate(ModelMeta<T> meta, List<T> instances, List<FieldMeta<T, ?>> fields, int batchSize) {
        return BulkStatements.update(context, meta, instances, fields, batchSize);
    }

    @Override // PostgreSQL's unnest UPDATE of one batch
    public <T extends Model> long bulkUpdateInOneStatement(ModelMeta<T> meta, List<T> instances, List<FieldMeta<T, ?>> fields, int batchSize) {
        return BulkStatements.updateInOneStatement(context, meta, instances, fields, batchSize);
    }

    @Override
    public <T extends Model> List<Object> upsert(ModelMeta<T> meta, List<T> instances,
            List<FieldMeta<T, ?>> conflictFields, List<FieldMeta<T, ?>> updateFields, int batchSize) {
        return BulkStatements.upsert(context, meta, instances, conflictFields, updateFields, batchSize);
    }

    @Override
    public String explain(SelectQuery<?> query) {
        return Explain.of(context, query);
    }

    @Override
    public String sql(SelectQuery<?> query) {
        return dsl.render(QueryLowering.rows(vendor, query));
    }

    @Override
    public boolean runAfterApplicationCommit(Runnable hook) {
        AmbientTransaction ambient = ownsPool ? null : connections.ambient();
        if (ambient == null) {
            return false;
        }
        ambient.afterCommit(hook);
        return true;
    }

    @Override
    public String applicationTransaction() {
        AmbientTransaction ambient = ownsPool ? null : connections.ambient();
        return ambient == null ? null : ambient.describe();
    }

    @Override
    public void close() {
        if (ownsPool && dataSource instanceof HikariDataSource pool) {
            pool.close(); // the application's own connections are the application's to close
        }
    }

    @Override
    public String toString() {
        return "JooqBackend[" + alias + ", " + dialect + ", " + maskedUrl + "]";
    }

}
