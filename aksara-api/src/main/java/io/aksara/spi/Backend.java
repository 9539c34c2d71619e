package io.aksara.spi;

import io.aksara.Isolation;
import io.aksara.Model;
import io.aksara.meta.ModelMeta;
import io.aksara.query.Assignment;
import io.aksara.query.SelectQuery;
import java.util.List;

/**
 * The SQL side of Aksara, as the API sees it: one open database. The API describes work as values
 * ({@link SelectQuery}, instances plus metadata); an implementation lowers them to SQL and runs
 * them. Every method blocks; callers run them on virtual threads for the async twins.
 */
public interface Backend extends AutoCloseable {
    /** The rows of the query as model instances, in order. */
    <T extends Model> List<T> fetch(SelectQuery<T> query);

    /** {@code SELECT COUNT(*)} of the query (a sliced query is counted as a subquery). */
    long count(SelectQuery<?> query);

    /** Whether the query matches any row. */
    boolean exists(SelectQuery<?> query);

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

    /** The SQL the query would run, with {@code ?} for parameters, for logging and debugging. */
    String sql(SelectQuery<?> query);

    /** A short name of the database product, e.g. {@code postgres}, {@code mysql}, {@code h2}. */
    String vendor();

    @Override
    void close();
}
