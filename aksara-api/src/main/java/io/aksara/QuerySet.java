package io.aksara;

import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.internal.BoundRelation;
import io.aksara.internal.Resolver;
import io.aksara.internal.prefetch.Loading;
import io.aksara.meta.ModelMeta;
import io.aksara.query.Combination;
import io.aksara.query.Filter;
import io.aksara.query.OrderTerm;
import io.aksara.query.SelectQuery;
import io.aksara.spi.Backend;
import java.util.List;

/**
 * A lazy, immutable query over one model. Every method that refines the query returns a new
 * QuerySet; nothing runs until a terminal method ({@code fetch}, {@code get}, {@code first},
 * {@code count}, {@code exists}, {@code update}, {@code delete}). A QuerySet can be kept in a
 * {@code static final} field and shared by any number of threads.
 *
 * <pre>{@code
 * QuerySet<Product> cheap = Product.objects.filter("price__lt", 100).orderBy("-price");
 * List<Product> rows = cheap.fetch();                  // runs now
 * long n = cheap.count();                              // runs again: results are never cached
 * CompletableFuture<List<Product>> f = cheap.fetchAsync();   // on a virtual thread
 * }</pre>
 *
 * <p>Names and lookups are checked when the QuerySet is built: {@code filter("prce", 1)} throws
 * {@link FieldError} at once, not when the query runs.
 *
 * <p>The methods are grouped by job in sealed interfaces that only this class implements:
 * {@link QuerySetRefining} (filter, exclude, order, slice, distinct), {@link QuerySetLoading}
 * (related rows, fields, database, locks, time limit), {@link QuerySetReading} (fetch, get,
 * count, exists and the other terminal reads), {@link QuerySetProjecting} (values, annotate,
 * aggregate, dates) and {@link QuerySetWriting} (create, update, delete); the bulk writes are
 * in {@link BulkOperations} and streaming in {@link Streaming}. This class holds the state, the
 * set operations and what the others share.
 *
 * @param <T> the model
 */
public final class QuerySet<T extends Model> implements QuerySetRefining<T>, QuerySetLoading<T>, QuerySetReading<T>,
        QuerySetProjecting<T>, QuerySetWriting<T>, Streaming<T>, BulkOperations<T> {
    /** As in Django, {@code get()} reads at most this many rows to report how many matched. */
    static final int GET_PROBE = 21;

    /** How many keys one {@code inBulk} query carries at most. */
    static final int IN_BULK_BATCH = 1000;

    final SelectQuery<T> query;
    final boolean ordered;
    /** The rarely-set parts (database, loading, rows already loaded, relation), shared by every chained copy. */
    private final Context<T> context;

    /**
     * What a chained {@code filter}/{@code orderBy}/{@code limit} copy takes over unchanged: held in
     * one shared value, so each copy writes two fields and a reference instead of six (16 bytes less
     * per chained call), and a plain QuerySet shares {@link #PLAIN}.
     *
     * @param database the {@code using()} alias, or null for the router's choice
     * @param loading what happens to rows once read: prefetches, strict mode, time limit
     * @param results rows already loaded (a prefetched relation); null when the query must run
     * @param bound the relation this QuerySet came from (a related manager), or null: rows created
     *              through it belong to the owner
     */
    private record Context<T extends Model>(String database, Loading loading, List<T> results, BoundRelation<T> bound) {
        static final Context<?> PLAIN = new Context<>(null, Loading.NONE, null, null);

        @SuppressWarnings("unchecked")
        static <T extends Model> Context<T> of(String database, Loading loading, List<T> results, BoundRelation<T> bound) {
            return database == null && loading == Loading.NONE && results == null && bound == null
                    ? (Context<T>) PLAIN : new Context<>(database, loading, results, bound);
        }

        /** The same without loaded rows: a refined query must run. */
        Context<T> toRun() {
            return results == null ? this : of(database, loading, null, bound);
        }
    }

    QuerySet(SelectQuery<T> query, boolean ordered, String database, Loading loading, List<T> results) {
        this(query, ordered, database, loading, results, null);
    }

    QuerySet(SelectQuery<T> query, boolean ordered, String database, Loading loading, List<T> results,
            BoundRelation<T> bound) {
        this(query, ordered, Context.of(database, loading, results, bound));
    }

    private QuerySet(SelectQuery<T> query, boolean ordered, Context<T> context) {
        this.query = query;
        this.ordered = ordered;
        this.context = context;
    }

    /** What happens to rows once read: prefetches, strict mode, time limit. */
    Loading loading() {
        return context.loading();
    }

    /** Rows already loaded (a prefetched relation); null when the query must run. */
    List<T> results() {
        return context.results();
    }

    /** The relation this QuerySet came from (a related manager), or null. */
    BoundRelation<T> bound() {
        return context.bound();
    }

    /** Every row of a model, in its Meta ordering. */
    public static <T extends Model> QuerySet<T> of(ModelMeta<T> meta) {
        List<OrderTerm> defaults = Resolver.ordering(meta, meta.ordering());
        return new QuerySet<>(SelectQuery.of(meta).withOrdering(defaults), !defaults.isEmpty(), null, Loading.NONE, null);
    }

    /** The query this QuerySet describes, as the backend sees it. */
    public SelectQuery<T> query() {
        return query;
    }

    /** The model's metadata. */
    public ModelMeta<T> meta() {
        return query.model();
    }

    /** A copy of this QuerySet (QuerySets are immutable, so this is the same query). */
    public QuerySet<T> all() {
        return this;
    }

    /** The alias of the database this QuerySet runs on; null for the default one. */
    public String database() {
        return context.database();
    }

    /**
     * Whether the rows come in a defined order (explicit or Meta ordering). An empty QuerySet
     * ({@link #none()}) counts as ordered, as in Django: it has no rows to disorder.
     */
    public boolean isOrdered() {
        return ordered || query.none();
    }

    /** Whether this is an empty QuerySet made by {@link #none()} (Django's {@code EmptyQuerySet}). */
    public boolean isNone() {
        return query.none();
    }

    // ---------------------------------------------------------------- set operations
    // The List overloads are the implementations (and QueryMethods forwards to them); the varargs
    // forms stay on the class because @SafeVarargs needs a final method, which a default method cannot be.

    /**
     * Rows in this QuerySet or in any of the others, without duplicates ({@code UNION}). As in
     * Django, the result can then only be ordered, sliced, counted and read: {@code filter},
     * {@code exclude}, {@code distinct}, {@code update} and {@code delete} are refused. The
     * operands' own ordering is dropped unless they are sliced; the result is unordered until
     * {@code orderBy}. Empty operands ({@link #none()}) are left out.
     *
     * <pre>{@code
     * List<User> users = User.objects.filter("age__lt", 18).union(User.objects.filter("isActive", false))
     *         .orderBy("name").fetch();
     * }</pre>
     */
    @SafeVarargs
    public final QuerySet<T> union(QuerySet<T>... others) {
        return union(QueryCombinators.listed(others));
    }

    /**
     * {@link #union(QuerySet[])} with operands gathered in a list, for a number known only at run time.
     *
     * <pre>{@code
     * List<QuerySet<User>> byCity = cities.stream().map(c -> User.objects.filter("city", c)).toList();
     * List<User> users = User.objects.none().union(byCity).fetch();
     * }</pre>
     */
    public QuerySet<T> union(List<QuerySet<T>> others) {
        return QueryCombinators.combine(this, Combination.Kind.UNION, false, others);
    }

    /** As {@link #union(QuerySet[])}, keeping duplicate rows ({@code UNION ALL}, Django's {@code union(all=True)}). */
    @SafeVarargs
    public final QuerySet<T> unionAll(QuerySet<T>... others) {
        return unionAll(QueryCombinators.listed(others));
    }

    /** {@link #unionAll(QuerySet[])} with operands in a list; see {@link #union(List)}. */
    public QuerySet<T> unionAll(List<QuerySet<T>> others) {
        return QueryCombinators.combine(this, Combination.Kind.UNION, true, others);
    }

    /**
     * Rows in this QuerySet and in every one of the others ({@code INTERSECT}); what follows is
     * restricted as after {@link #union(QuerySet[])}. If any operand is {@link #none()}, the result is empty.
     *
     * <pre>{@code User.objects.filter("age__gte", 18).intersection(User.objects.filter("isActive", true)).count() }</pre>
     */
    @SafeVarargs
    public final QuerySet<T> intersection(QuerySet<T>... others) {
        return intersection(QueryCombinators.listed(others));
    }

    /** {@link #intersection(QuerySet[])} with operands in a list; see {@link #union(List)}. */
    public QuerySet<T> intersection(List<QuerySet<T>> others) {
        return QueryCombinators.combine(this, Combination.Kind.INTERSECT, false, others);
    }

    /**
     * Rows in this QuerySet and in none of the others ({@code EXCEPT}); what follows is restricted
     * as after {@link #union(QuerySet[])}.
     *
     * <pre>{@code User.objects.all().difference(User.objects.filter("status", "deleted")).fetch() }</pre>
     */
    @SafeVarargs
    public final QuerySet<T> difference(QuerySet<T>... others) {
        return difference(QueryCombinators.listed(others));
    }

    /** {@link #difference(QuerySet[])} with operands in a list; see {@link #union(List)}. */
    public QuerySet<T> difference(List<QuerySet<T>> others) {
        return QueryCombinators.combine(this, Combination.Kind.EXCEPT, false, others);
    }

    /** See {@link Streaming#iterate(int)}; a {@link #none()} QuerySet streams nothing without SQL. */
    @Override
    public java.util.stream.Stream<T> iterate(int chunkSize) {
        return QueryReads.iterate(this, chunkSize);
    }

    @Override
    public String toString() {
        return "QuerySet<" + meta().name() + ">[" + describeFilter() + "]";
    }

    // ---------------------------------------------------------------- helpers

    /** This QuerySet remembering the relation it came from; see {@link BoundRelation}. */
    QuerySet<T> boundTo(BoundRelation<T> relation) {
        return new QuerySet<>(query, ordered, context.database(), context.loading(), context.results(), relation);
    }

    /** This QuerySet answering from rows already in memory (a prefetched relation); refining it queries again. */
    QuerySet<T> withResults(List<T> rows) {
        return new QuerySet<>(query, ordered, context.database(), context.loading(), List.copyOf(rows), context.bound());
    }

    /** This QuerySet with the same settings over another query: a compiled query's run with its values. */
    QuerySet<T> withQuery(SelectQuery<T> q) {
        return with(q, ordered);
    }

    /** The backend this QuerySet's reads run on; see {@link QueryBackends#backend(QuerySet)}. */
    Backend backend() {
        return QueryBackends.backend(this);
    }

    QuerySet<T> with(SelectQuery<T> q, boolean isOrdered) {
        return new QuerySet<>(q, isOrdered, context.toRun());
    }

    /** As Django: after union/intersection/difference only ordering, slicing and reading are allowed. */
    void requireNotCombined(String operation) {
        if (query.isCombined()) {
            throw new AksaraException("Calling " + operation + "() after " + query.combination().kind().method()
                    + "() is not supported: a combined QuerySet can only be ordered, sliced, counted and read");
        }
    }

    /** UPDATE and DELETE have no GROUP BY, so a condition on an aggregate cannot apply. */
    void requireNoHaving(String operation) {
        if (!(query.having() instanceof Filter.Everything)) {
            throw new AksaraException(operation + "() cannot use a filter on an aggregate annotation ("
                    + query.having() + "); filter on pk__in with the annotated QuerySet instead");
        }
    }

    void requireNotSliced(String operation) {
        if (query.isSliced()) {
            throw new AksaraException("Cannot " + operation + " a query once a slice has been taken; call "
                    + operation + "() before limit/offset/slice");
        }
    }

    String describeFilter() {
        return query.where() instanceof Filter.Everything ? "all" : query.where().toString();
    }
}
