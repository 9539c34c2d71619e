package io.aksara.spi;

import io.aksara.Isolation;
import io.aksara.Model;
import io.aksara.errors.AksaraException;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.query.Assignment;
import io.aksara.query.Expr;
import io.aksara.query.SelectQuery;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The SQL side of Aksara, as the API sees it: one open database. The API describes work as values
 * ({@link SelectQuery}, instances plus metadata); an implementation lowers them to SQL and runs
 * them. Every method blocks; callers run them on virtual threads for the async twins.
 */
public interface Backend extends AutoCloseable {
    /** The rows of the query as model instances, in order. */
    <T extends Model> List<T> fetch(SelectQuery<T> query);

    /**
     * The kept statement of a compiled query's rows, or null (the default) when this backend keeps
     * none for it: {@code ran} is the query as {@link #fetch} just ran it, {@code template} the same
     * query with a {@link io.aksara.query.Placeholder} wherever {@code ran} has a parameter's value.
     * Asked only of the backend itself, never through a wrapper (a tenant guard, a time limit),
     * which would be bypassed; see {@link CompiledRows}.
     *
     * <pre>{@code
     * CompiledRows<World> kept = backend.compiledRows(ran, template);
     * }</pre>
     */
    default <T extends Model> CompiledRows<T> compiledRows(SelectQuery<T> ran, SelectQuery<T> template) {
        return null;
    }

    /** {@code SELECT COUNT(*)} of the query (a sliced query is counted as a subquery). */
    long count(SelectQuery<?> query);

    /**
     * As {@link #compiledRows}, for a compiled query's {@link #count}: {@code ran} as {@code count}
     * just ran it; null (the default) when this backend keeps no statement for it.
     *
     * <pre>{@code
     * CompiledValue<Long> kept = backend.compiledCount(ran, template);
     * }</pre>
     */
    default CompiledValue<Long> compiledCount(SelectQuery<?> ran, SelectQuery<?> template) {
        return null;
    }

    /** Whether the query matches any row. */
    boolean exists(SelectQuery<?> query);

    /**
     * As {@link #compiledRows}, for a compiled query's {@link #exists}: {@code ran} as {@code exists}
     * just ran it; null (the default) when this backend keeps no statement for it.
     *
     * <pre>{@code
     * CompiledValue<Boolean> kept = backend.compiledExists(ran, template);
     * }</pre>
     */
    default CompiledValue<Boolean> compiledExists(SelectQuery<?> ran, SelectQuery<?> template) {
        return null;
    }

    /** One UPDATE over the rows the query matches; returns the number of rows changed. */
    long update(SelectQuery<?> query, List<Assignment> assignments);

    /** One DELETE over the rows the query matches; returns the number of rows deleted. */
    long delete(SelectQuery<?> query);

    /**
     * Inserts one instance. Returns the database-generated primary key, or null when the key was
     * supplied by the instance.
     */
    <T extends Model> Object insert(ModelMeta<T> meta, T instance);

    /** Updates every non-key column of the row with the instance's key; returns rows changed (0 or 1). */
    <T extends Model> long updateRow(ModelMeta<T> meta, T instance);

    /**
     * Begins a transaction on a connection of its own (autocommit off), for the outermost
     * {@link io.aksara.Transaction#atomic atomic} block. While the block runs, every statement this
     * backend runs on the block's thread must use that connection; see {@link TransactionContext}.
     *
     * @param isolation the level to set before the transaction begins, or null for the database's default
     */
    TransactionHandle begin(Isolation isolation);

    /**
     * The rows of the query read in chunks from an open cursor, for results too large to hold in
     * memory. The stream holds a connection until it is closed (or read to the end): use it in
     * try-with-resources. {@code chunkSize} is the JDBC fetch size where the driver honours one.
     */
    default <T extends Model> Stream<T> stream(SelectQuery<T> query, int chunkSize) {
        throw unsupported("stream");
    }

    /**
     * Inserts the instances with one multi-row INSERT per {@code batchSize} rows (with
     * {@code ignoreConflicts}: rows that break a unique constraint are skipped). The caller passes
     * instances that either all carry their primary key or all leave it to the database, and
     * makes a call of several statements atomic. Returns, per instance, the key of its new row
     * when the database reported the row inserted, else null.
     */
    default <T extends Model> List<Object> bulkInsert(ModelMeta<T> meta, List<T> instances, int batchSize,
            boolean ignoreConflicts) {
        throw unsupported("bulkInsert");
    }

    /**
     * Writes {@code fields} of each instance to the row with its primary key, in JDBC batches of
     * {@code batchSize} UPDATEs; returns the number of rows matched.
     */
    default <T extends Model> long bulkUpdate(ModelMeta<T> meta, List<T> instances,
            List<FieldMeta<T, ?>> fields, int batchSize) {
        throw unsupported("bulkUpdate");
    }

    /**
     * Writes these instances as {@link #bulkUpdate} does, but only where the backend does it with
     * one statement, atomic by itself (PostgreSQL's {@code unnest} UPDATE of a single batch): the
     * rows matched, or -1 when it cannot and nothing ran. The API tries this first and opens no
     * transaction for it; on -1 it runs {@link #bulkUpdate}, in a transaction when there are
     * several objects. The default, -1, keeps every call on {@link #bulkUpdate}.
     *
     * <pre>{@code
     * long matched = backend.bulkUpdateInOneStatement(meta, objs, fields, 1000);   // no BEGIN/COMMIT needed
     * if (matched < 0) { matched = inTransaction(() -> backend.bulkUpdate(meta, objs, fields, 1000)); }
     * }</pre>
     */
    default <T extends Model> long bulkUpdateInOneStatement(ModelMeta<T> meta, List<T> instances,
            List<FieldMeta<T, ?>> fields, int batchSize) {
        return -1;
    }

    /**
     * Inserts the instances, updating {@code updateFields} of the rows that already exist with the
     * same {@code conflictFields} (a unique constraint); one statement per {@code batchSize} rows.
     * Instances as for {@link #bulkInsert}. Returns, per instance, its row's key where the
     * database reports it (PostgreSQL), else null.
     */
    default <T extends Model> List<Object> upsert(ModelMeta<T> meta, List<T> instances,
            List<FieldMeta<T, ?>> conflictFields, List<FieldMeta<T, ?>> updateFields,
            int batchSize) {
        throw unsupported("upsert");
    }

    /**
     * Runs SQL written by hand and maps each row to an instance of {@code meta}'s model by column
     * name; see {@code Manager.raw}.
     */
    default <T extends Model> List<T> raw(ModelMeta<T> meta, String sql, List<Object> params) {
        throw unsupported("raw");
    }

    /** The database's plan for the query's SQL ({@code EXPLAIN}), as text. */
    default String explain(SelectQuery<?> query) {
        throw unsupported("explain");
    }

    private AksaraException unsupported(String method) {
        return new AksaraException(getClass().getSimpleName() + " does not support " + method + "()");
    }

    /** The SQL the query would run, with {@code ?} for parameters, for logging and debugging. */
    String sql(SelectQuery<?> query);

    /**
     * Chosen values of the rows the query matches, one array per row, in the query's order:
     * columns ({@link io.aksara.query.Expr.Column}, which may follow foreign keys and carry
     * transforms) and the query's annotations ({@link io.aksara.query.Expr.Ref}). When the query
     * is grouped, its rows are the groups. Each value has the Java type of its expression's
     * {@link io.aksara.query.Expr#type()}.
     */
    List<Object[]> fetchValues(SelectQuery<?> query, List<Expr> columns);

    /**
     * The number of rows {@link #fetchValues} would return: {@code SELECT COUNT(*)} over it, so
     * a DISTINCT projection counts distinct combinations of those columns.
     */
    long countValues(SelectQuery<?> query, List<Expr> columns);

    /** The SQL {@link #fetchValues} runs, with {@code ?} for parameters. */
    String valuesSql(SelectQuery<?> query, List<Expr> columns);

    /**
     * The aggregates over the rows the query matches ({@code aggregate()}), one value per
     * aggregate in order, each of the Java type of its {@link io.aksara.query.Expr#type()}. Over an
     * annotated, distinct or sliced query they aggregate its rows.
     */
    default Object[] aggregate(SelectQuery<?> query, List<Expr> aggregates) {
        throw unsupported("aggregate");
    }

    /**
     * Outside any atomic block: when the thread is in a transaction the application opened on this
     * database (Spring's, jOOQ's), arranges for {@code hook} to run after it commits and returns
     * true; returns false when there is none (the hook then runs at once).
     */
    default boolean runAfterApplicationCommit(Runnable hook) {
        return false;
    }

    /**
     * Runs {@code work} with every statement it sends to this database on one connection, each
     * still committing on its own; the connection goes back when the work ends or throws. A
     * backend without connections of its own just runs the work.
     */
    default <T> T onOneConnection(Supplier<T> work) {
        return work.get();
    }

    /**
     * What the transaction the application holds on this thread on this database is called (Spring's
     * {@code @Transactional}, jOOQ's {@code dsl.transaction}), or null when there is none or Aksara
     * owns the pool. Work started on another thread would run outside it.
     */
    default String applicationTransaction() {
        return null;
    }

    /**
     * How far this database, a streaming replica, is behind its primary; {@link java.time.Duration#ZERO}
     * for a primary or a replica that has replayed all it received; null when the database cannot tell.
     */
    default Duration replicaLag() {
        return null;
    }

    /** A short name of the database product, e.g. {@code postgres}, {@code mysql}, {@code h2}. */
    String vendor();

    /**
     * Whether the database has row locks ({@code SELECT ... FOR UPDATE}); where it has none (SQLite,
     * whose transactions hold the whole database's write lock), the API's own locking reads go without.
     */
    default boolean hasRowLocks() {
        return true;
    }

    @Override
    void close();
}
