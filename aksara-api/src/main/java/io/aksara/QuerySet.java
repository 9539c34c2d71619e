package io.aksara;

import io.aksara.errors.AksaraException;
import io.aksara.errors.DoesNotExist;
import io.aksara.errors.FieldError;
import io.aksara.errors.MultipleObjectsReturned;
import io.aksara.internal.Async;
import io.aksara.internal.BoundRelation;
import io.aksara.internal.GetOrCreate;
import io.aksara.internal.Resolver;
import io.aksara.internal.prefetch.Loading;
import io.aksara.meta.ModelMeta;
import io.aksara.query.Assignment;
import io.aksara.query.Combination;
import io.aksara.query.Filter;
import io.aksara.query.OrderTerm;
import io.aksara.query.SelectQuery;
import io.aksara.spi.Backend;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

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
 * @param <T> the model
 */
public final class QuerySet<T extends Model> implements Streaming<T>, BulkOperations<T> {
    /** As in Django, {@code get()} reads at most this many rows to report how many matched. */
    static final int GET_PROBE = 21;

    final SelectQuery<T> query;
    final boolean ordered;
    final String database;
    /** What happens to rows once read: prefetches, strict mode. */
    final Loading loading;
    /** Rows already loaded (a prefetched relation); null when the query must run. */
    final List<T> results;
    /** The relation this QuerySet came from (a related manager), or null: rows created through it belong to the owner. */
    final BoundRelation<T> bound;

    QuerySet(SelectQuery<T> query, boolean ordered, String database, Loading loading, List<T> results) {
        this(query, ordered, database, loading, results, null);
    }

    QuerySet(SelectQuery<T> query, boolean ordered, String database, Loading loading, List<T> results,
            BoundRelation<T> bound) {
        this.query = query;
        this.ordered = ordered;
        this.database = database;
        this.loading = loading;
        this.results = results;
        this.bound = bound;
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

    // ---------------------------------------------------------------- refining (each returns a new QuerySet)

    /** A copy of this QuerySet (QuerySets are immutable, so this is the same query). */
    public QuerySet<T> all() {
        return this;
    }

    /**
     * Reads the targets of these foreign key and one-to-one paths in the same SELECT (LEFT JOINs),
     * so {@code ref.get()} on them needs no query. Paths may be nested ({@code "book__author"});
     * without paths, every non-null foreign key is followed, as far as it goes. Calls add up.
     *
     * <pre>{@code
     * for (Review r : Review.objects.selectRelated("book__author").fetch()) {
     *     r.book.get().author.get().name;   // one query in all
     * }
     * }</pre>
     *
     * @throws FieldError for a path step that is not a foreign key or one-to-one field (to-many
     *                    relations need {@link #prefetchRelated(Object...)})
     */
    public QuerySet<T> selectRelated(String... paths) {
        requireNotCombined("selectRelated");
        return with(query.withSelectRelated(io.aksara.internal.RelationPaths.selectRelated(meta(), query.selectRelated(), paths)),
                ordered);
    }

    /**
     * Loads the rows of these relations for all rows at once, one query per level ({@code IN} over
     * the keys of the level above): reverse foreign keys and one-to-ones ({@code "books"}), forward
     * keys ({@code "author"}), nested paths ({@code "books__publisher"}), and {@link Prefetch}
     * objects with their own QuerySet. Afterwards {@code author.books().all()} and
     * {@code book.author.get()} answer from memory. Calls add up.
     *
     * <pre>{@code
     * List<Author> authors = Author.objects.prefetchRelated("books__reviews").fetch();   // 3 queries
     * }</pre>
     *
     * @param lookups relation paths ({@code String}) or {@link Prefetch} objects
     * @throws FieldError before any SQL for a path that is not a relation
     */
    public QuerySet<T> prefetchRelated(Object... lookups) {
        List<Prefetch> more = Prefetch.normalize(lookups);
        Loading next = loading.withPrefetches(more);
        io.aksara.internal.prefetch.Prefetcher.validate(meta(), next.prefetches());
        return new QuerySet<>(query, ordered, database, next, null, bound);
    }

    /**
     * The N+1 guard for this QuerySet's rows: touching a relation that was not loaded with them
     * ({@link #selectRelated}, {@link #prefetchRelated}) raises
     * {@link io.aksara.errors.RelationNotLoaded} naming the model and the relation, instead of
     * running a query. See {@link Strict} for a whole block of code.
     *
     * <pre>{@code
     * Book b = Book.objects.strict().get("id", 1);
     * b.author.get();   // RelationNotLoaded: Book.author was not loaded ...
     * }</pre>
     */
    public QuerySet<T> strict() {
        return new QuerySet<>(query, ordered, database, loading.withStrict(true), null, bound);
    }

    /**
     * Whether rows of this QuerySet are strict ({@link #strict()}).
     *
     * <pre>{@code Book.objects.strict().filter("year", 2020).isStrict()   // true: refining keeps it }</pre>
     */
    public boolean isStrict() {
        return loading.strict();
    }

    /** This QuerySet remembering the relation it came from; see {@link BoundRelation}. */
    QuerySet<T> boundTo(BoundRelation<T> relation) {
        return new QuerySet<>(query, ordered, database, loading, results, relation);
    }

    /** This QuerySet answering from rows already in memory (a prefetched relation); refining it queries again. */
    QuerySet<T> withResults(List<T> rows) {
        return new QuerySet<>(query, ordered, database, loading, List.copyOf(rows), bound);
    }

    /**
     * Rows that also match every lookup, given as name/value pairs.
     *
     * <pre>{@code Product.objects.filter("inStock", true, "price__lt", 100) }</pre>
     */
    public QuerySet<T> filter(String lookup, Object value, Object... more) {
        return QueryRefinements.where(this, Q.of(lookup, value, more), false, "filter");
    }

    /**
     * Rows that also match every condition.
     *
     * <pre>{@code Product.objects.filter(Product_.price.lt(100), Q.of("name__icontains", "pro")) }</pre>
     */
    public QuerySet<T> filter(Q... conditions) {
        return QueryRefinements.where(this, Q.and(List.of(conditions)), false, "filter");
    }

    /**
     * Rows that do not match all of the lookups together (Django's {@code exclude}).
     *
     * <pre>{@code User.objects.exclude("status", "deleted") }</pre>
     */
    public QuerySet<T> exclude(String lookup, Object value, Object... more) {
        return QueryRefinements.where(this, Q.of(lookup, value, more), true, "exclude");
    }

    /** Rows that do not match the condition. */
    public QuerySet<T> exclude(Q condition) {
        return QueryRefinements.where(this, condition, true, "exclude");
    }

    /**
     * Rows for which a boolean expression holds, such as {@link io.aksara.expr.Exists}.
     *
     * <pre>{@code Author.objects.filter(Exists.of(Book.objects.filter("author", OuterRef.of("pk"), "year", 2022))) }</pre>
     */
    public QuerySet<T> filter(io.aksara.expr.Expression condition) {
        return QueryRefinements.whereExpression(this, condition, false, "filter");
    }

    /** Rows for which a boolean expression does not hold ({@code exclude(Exists.of(...))}). */
    public QuerySet<T> exclude(io.aksara.expr.Expression condition) {
        return QueryRefinements.whereExpression(this, condition, true, "exclude");
    }

    /**
     * The distinct dates of a date (or timestamp) field truncated to {@code kind} ({@code "year"},
     * {@code "month"}, {@code "week"}, {@code "day"}), without NULLs, ascending: Django's
     * {@code dates()}.
     *
     * <pre>{@code List<LocalDate> years = Book.objects.dates("pubdate", "year");   // [1991-01-01, 1995-01-01, ...] }</pre>
     */
    public List<java.time.LocalDate> dates(String field, String kind) {
        return io.aksara.internal.DateLists.dates(this, field, kind, "ASC");
    }

    /** {@link #dates(String, String)} in {@code "ASC"} or {@code "DESC"} order. */
    public List<java.time.LocalDate> dates(String field, String kind, String order) {
        return io.aksara.internal.DateLists.dates(this, field, kind, order);
    }

    /**
     * The distinct timestamps of a timestamp field truncated to {@code kind} (as {@link #dates}, and
     * {@code "hour"}, {@code "minute"}, {@code "second"}), in UTC, without NULLs: Django's
     * {@code datetimes()}.
     *
     * <pre>{@code Article.objects.datetimes("pubDate", "month", "DESC") }</pre>
     */
    public List<OffsetDateTime> datetimes(String field, String kind, String order) {
        return io.aksara.internal.DateLists.datetimes(this, field, kind, order);
    }

    /** {@link #datetimes(String, String, String)}, ascending. */
    public List<OffsetDateTime> datetimes(String field, String kind) {
        return io.aksara.internal.DateLists.datetimes(this, field, kind, "ASC");
    }

    /**
     * Orders by field names and expressions, replacing any ordering: a name ({@code "-price"}), an
     * expression (ascending) or {@code expression.asc()}/{@code desc()}, optionally with
     * {@code nullsFirst()}/{@code nullsLast()} (Django's {@code order_by(F("x").desc(nulls_last=True))}).
     * An aggregate must be annotated first, as in Django.
     *
     * <pre>{@code
     * Article.objects.orderBy(F.of("author").desc().nullsLast(), "headline");
     * Employee.objects.orderBy(Exists.of(Company.objects.filter("ceo", OuterRef.of("pk"))).desc());
     * }</pre>
     */
    public QuerySet<T> orderBy(Object... terms) {
        requireNotSliced("orderBy");
        List<OrderTerm> resolved = io.aksara.internal.ExpressionOrdering.terms(query, terms);
        return with(query.withOrdering(resolved), !resolved.isEmpty());
    }

    /**
     * Orders by these fields, replacing any ordering; {@code "-name"} is descending. With no
     * arguments the rows are unordered (the Meta ordering is dropped too). Expressions order too:
     * see {@link #orderBy(Object...)}.
     *
     * <pre>{@code User.objects.orderBy("status", "-createdAt") }</pre>
     */
    public QuerySet<T> orderBy(String... fields) {
        requireNotSliced("orderBy");
        List<OrderTerm> terms = Resolver.ordering(meta(), List.of(fields), io.aksara.internal.Annotate.byName(query));
        return with(query.withOrdering(terms), !terms.isEmpty());
    }

    /**
     * At most {@code n} rows (from the current offset).
     *
     * <pre>{@code Product.objects.orderBy("name").limit(20) }</pre>
     */
    public QuerySet<T> limit(long n) {
        return QueryRefinements.limit(this, n);
    }

    /** Skips {@code n} rows; combines with an earlier slice as Python's slicing does. */
    public QuerySet<T> offset(long n) {
        return QueryRefinements.offset(this, n);
    }

    /**
     * Rows {@code from} (inclusive) to {@code to} (exclusive), as Python's {@code qs[from:to]}.
     *
     * <pre>{@code Product.objects.orderBy("name").slice(20, 40)   // the second page of 20 }</pre>
     */
    public QuerySet<T> slice(long from, long to) {
        if (from < 0 || to < 0) {
            throw new FieldError("Negative indexing is not supported: slice(" + from + ", " + to + ")");
        }
        if (to < from) {
            throw new FieldError("slice end " + to + " is before its start " + from);
        }
        return offset(from).limit(to - from);
    }

    /**
     * A time limit for each call that runs this QuerySet ({@code fetch}, {@code count},
     * {@code update}, a stream from open to close, ...): a statement still running when it passes
     * is cancelled on the server and the call throws {@link io.aksara.errors.QueryTimeout} naming
     * the model, the operation and the limit. It replaces the database's
     * {@code DatabaseConfig.statementTimeout}; inside an atomic block with a timeout, the block's
     * remaining time still caps it. Refining the QuerySet keeps it.
     *
     * <pre>{@code
     * List<Order> recent = Order.objects.filter("total__gt", 100).timeout(Duration.ofMillis(500)).fetch();
     * }</pre>
     *
     * @throws AksaraException for a zero or negative limit
     */
    public QuerySet<T> timeout(java.time.Duration limit) {
        java.util.Objects.requireNonNull(limit, "limit");
        if (limit.isNegative() || limit.isZero()) {
            throw new AksaraException("timeout() on " + meta().name() + " needs a positive duration, got " + limit);
        }
        return new QuerySet<>(query, ordered, database, loading.withTimeout(limit), null);
    }

    /** The limit set with {@link #timeout(java.time.Duration)}, or null when the database's default applies. */
    public java.time.Duration timeout() {
        return loading.timeout();
    }

    /**
     * The same query on another configured database.
     *
     * <pre>{@code Product.objects.all().using("reports").count() }</pre>
     */
    public QuerySet<T> using(String alias) {
        return new QuerySet<>(query, ordered, alias, loading, null, bound);
    }

    /**
     * Locks the rows the query returns until the transaction ends ({@code SELECT ... FOR UPDATE});
     * another transaction that wants to lock or change them waits. It needs an atomic block: run
     * outside one, {@code fetch}, {@code get}, {@code first} and {@code last} throw
     * {@link io.aksara.errors.TransactionError} before any SQL. {@code count} and {@code exists}
     * do not lock.
     *
     * <pre>{@code
     * Transaction.atomic(() -> {
     *     Product p = Product.objects.selectForUpdate().get("pk", id);
     *     p.stock -= 1;
     *     p.save();
     * });
     * }</pre>
     */
    public QuerySet<T> selectForUpdate() {
        return selectForUpdate(ForUpdate.WAIT);
    }

    /**
     * As {@link #selectForUpdate()}, choosing what happens to rows another transaction has locked:
     * wait, fail at once ({@link ForUpdate#NOWAIT}), or leave them out ({@link ForUpdate#SKIP_LOCKED}).
     * {@code of} names the tables to lock, as Django's {@code of=}: {@code "self"} is this model's.
     *
     * <pre>{@code
     * List<Job> batch = Job.objects.filter("state", "new").orderBy("id")
     *         .selectForUpdate(ForUpdate.SKIP_LOCKED, "self").limit(10).fetch();
     * }</pre>
     */
    public QuerySet<T> selectForUpdate(ForUpdate mode, String... of) {
        return with(query.withLock(io.aksara.internal.RowLocks.resolve(meta(), mode, of)), ordered);
    }

    /** The alias of the database this QuerySet runs on; null for the default one. */
    public String database() {
        return database;
    }

    /**
     * Loads only these fields (and the primary key) into instances; the others keep their initial
     * values and are listed in {@link Model#deferredFields()}. Aksara has no lazy loading: a
     * deferred field is not fetched on access. {@code save()} on such an instance writes only the
     * loaded fields.
     *
     * <pre>{@code List<Product> light = Product.objects.only("name", "price").fetch(); }</pre>
     */
    public QuerySet<T> only(String... fields) {
        return QueryRefinements.only(this, fields);
    }

    /**
     * Loads every field except these (the primary key cannot be deferred); see {@link #only}.
     *
     * <pre>{@code List<Article> list = Article.objects.defer("body").fetch(); }</pre>
     */
    public QuerySet<T> defer(String... fields) {
        return QueryRefinements.defer(this, fields);
    }

    // ---------------------------------------------------------------- projections

    /**
     * Rows as maps from the given paths to their values, instead of instances. Paths may follow
     * foreign keys ({@code "category__name"}) and end in transforms ({@code "createdAt__year"}); a
     * foreign key gives its key. With no paths, every field (foreign keys as {@code <name>_id}).
     * Paths across to-many relations are refused: they would repeat rows.
     *
     * <pre>{@code
     * List<Map<String, Object>> rows = Product.objects.values("name", "category__name").fetch();
     * // [{name=Laptop, category__name=Electronics}, ...]
     * }</pre>
     */
    public Rows<java.util.Map<String, Object>> values(String... fields) {
        return QueryProjections.values(this, fields);
    }

    /**
     * Rows as lists of values, in the order of the paths.
     *
     * <pre>{@code List<List<Object>> rows = Product.objects.valuesList("name", "price").fetch(); }</pre>
     */
    public Rows<List<Object>> valuesList(String... fields) {
        return QueryProjections.valuesList(this, fields);
    }

    /**
     * One column as a flat list of values of the given type (Django's {@code flat=True}).
     *
     * <pre>{@code List<String> names = Product.objects.orderBy("name").valuesList("name", String.class).fetch(); }</pre>
     *
     * @throws FieldError when the column's values are not of that type
     */
    public <V> Rows<V> valuesList(String field, Class<V> type) {
        return QueryProjections.valuesList(this, field, type);
    }

    /**
     * Rows as instances of a record whose components match the paths in order (Django's
     * {@code named=True}). The record is checked when this is called, not when rows arrive.
     *
     * <pre>{@code
     * record Price(String name, BigDecimal price) {}
     * List<Price> prices = Product.objects.valuesList(Price.class, "name", "price").fetch();
     * }</pre>
     */
    public <R extends Record> Rows<R> valuesList(Class<R> type, String... fields) {
        return QueryProjections.valuesList(this, type, fields);
    }

    // ---------------------------------------------------------------- annotate and aggregate

    /**
     * Adds a computed value to every row (Django's {@code annotate}). With an aggregate, each row
     * gets the aggregate over its related rows: the query groups by the model's row, and paths to
     * to-many relations ({@code "books__price"}) are joined. An aggregate with no name gets
     * Django's default ({@code "books__count"}); anything else is named with
     * {@link io.aksara.expr.Expression#as}. Read the values with {@link Model#annotation} or in
     * {@code values()}; filter ({@code HAVING} for aggregates) and order by them by name.
     *
     * <p>As in Django, a {@code filter()} on a to-many relation made before {@code annotate()}
     * restricts the related rows aggregated; one made after is a separate condition on the row.
     *
     * <pre>{@code
     * List<Author> authors = Author.objects.annotate(Count.of("books"), Avg.of("books__price").as("avgPrice"))
     *         .filter("books__count__gte", 2).orderBy("-avgPrice").fetch();
     * long n = authors.getFirst().annotation("books__count", Long.class);
     * }</pre>
     *
     * @throws FieldError before any SQL for an unknown name, a name that clashes with a field, an
     *                    expression without a name, or types that do not fit
     */
    public QuerySet<T> annotate(io.aksara.expr.Expression... expressions) {
        if (expressions != null && expressions.length == 0) {
            return this; // Django: annotate() with no arguments is the same QuerySet
        }
        return QueryAnnotations.annotated(this, QueryAnnotations.namedAnnotations(this, "annotate", expressions), true,
                "annotate");
    }

    /**
     * {@link #annotate(io.aksara.expr.Expression...)} with name/expression pairs.
     *
     * <pre>{@code Author.objects.annotate("bookCount", Count.of("books"), "lowName", Lower.of("name")) }</pre>
     */
    public QuerySet<T> annotate(String name, io.aksara.expr.Expression expression, Object... more) {
        return QueryAnnotations.annotated(this, QueryAnnotations.pairs("annotate", name, expression, more), true, "annotate");
    }

    /**
     * Names computed values for use in filters, ordering and other expressions without reading
     * them back (Django's {@code alias}).
     *
     * <pre>{@code Author.objects.alias("n", Count.of("books")).filter("n__gte", 2) }</pre>
     */
    public QuerySet<T> alias(String name, io.aksara.expr.Expression expression, Object... more) {
        return QueryAnnotations.annotated(this, QueryAnnotations.pairs("alias", name, expression, more), false, "alias");
    }

    /**
     * Aggregates over every row of the QuerySet (Django's {@code aggregate}): a map from each
     * aggregate's name (Django's default {@code "price__avg"}, or its {@code as()} name) to its
     * value, in order. Paths may cross relations; a filter on a to-many relation restricts the
     * related rows aggregated. Over an annotated, distinct or sliced QuerySet the aggregates are
     * computed over its rows (a subquery). Over no rows a count is 0 and the others are null or
     * their {@code defaultValue}.
     *
     * <pre>{@code
     * Map<String, Object> r = Book.objects.aggregate(Avg.of("price"), Count.all().as("n"), Max.of("published"));
     * BigDecimal avg = (BigDecimal) r.get("price__avg");
     * Author.objects.annotate(Count.of("books").as("n")).aggregate(Avg.of("n"));   // average books per author
     * }</pre>
     */
    public Map<String, Object> aggregate(io.aksara.expr.Expression... aggregates) {
        return QueryAnnotations.aggregate(this, aggregates);
    }

    /** {@link #aggregate(io.aksara.expr.Expression...)} with name/aggregate pairs. */
    public Map<String, Object> aggregate(String name, io.aksara.expr.Expression aggregate, Object... more) {
        return QueryAnnotations.aggregated(this, QueryAnnotations.pairs("aggregate", name, aggregate, more));
    }

    /** {@link #aggregate(io.aksara.expr.Expression...)} on a virtual thread; the aggregates are checked now. */
    public CompletableFuture<Map<String, Object>> aggregateAsync(io.aksara.expr.Expression... aggregates) {
        return QueryAnnotations.aggregateAsync(this, aggregates);
    }

    /**
     * Whether the rows come in a defined order (explicit or Meta ordering). An empty QuerySet
     * ({@link #none()}) counts as ordered, as in Django: it has no rows to disorder.
     */
    public boolean isOrdered() {
        return ordered || query.none();
    }

    // ---------------------------------------------------------------- terminal operations

    /** Runs the query and returns every row. */
    public List<T> fetch() {
        if (results != null) {
            return results;
        }
        return loading.apply(backend().fetch(query), database);
    }

    /** {@link #fetch()} on a virtual thread. */
    public CompletableFuture<List<T>> fetchAsync() {
        return Async.supply(this::fetch);
    }

    /**
     * The only row the query matches.
     *
     * @throws DoesNotExist when none matches
     * @throws MultipleObjectsReturned when several match
     */
    public T get() {
        return QueryReads.get(this);
    }

    /**
     * The only row matching these lookups.
     *
     * <pre>{@code Product laptop = Product.objects.get("name", "Laptop"); }</pre>
     */
    public T get(String lookup, Object value, Object... more) {
        return filter(lookup, value, more).get();
    }

    /** {@link #get()} on a virtual thread. */
    public CompletableFuture<T> getAsync() {
        return Async.supply(this::get);
    }

    /** {@link #get(String, Object, Object...)} on a virtual thread. */
    public CompletableFuture<T> getAsync(String lookup, Object value, Object... more) {
        QuerySet<T> filtered = filter(lookup, value, more); // resolve now: errors belong to the caller
        return Async.supply(filtered::get);
    }

    /** The first row, ordered by the primary key when the QuerySet has no ordering. */
    public Optional<T> first() {
        QuerySet<T> qs = ordered ? this : QueryReads.orderByKey(this, false);
        return QueryReads.limitedRows(qs, 1).stream().findFirst();
    }

    /** {@link #first()} on a virtual thread. */
    public CompletableFuture<Optional<T>> firstAsync() {
        return Async.supply(this::first);
    }

    /** The last row: the ordering reversed (by primary key when there is none), then the first. */
    public Optional<T> last() {
        return QueryReads.last(this);
    }

    /** {@link #last()} on a virtual thread. */
    public CompletableFuture<Optional<T>> lastAsync() {
        return Async.supply(this::last);
    }

    /** The number of rows the query matches (the slice applied). */
    public long count() {
        if (results != null) {
            return results.size();
        }
        return backend().count(query);
    }

    /** {@link #count()} on a virtual thread. */
    public CompletableFuture<Long> countAsync() {
        return Async.supply(this::count);
    }

    /** Whether the query matches any row; cheaper than {@code count() > 0}. */
    public boolean exists() {
        if (results != null) {
            return !results.isEmpty();
        }
        return backend().exists(query);
    }

    /** {@link #exists()} on a virtual thread. */
    public CompletableFuture<Boolean> existsAsync() {
        return Async.supply(this::exists);
    }

    /**
     * Sets fields on every matching row in one UPDATE statement; returns the number of rows.
     * Instances already in memory are not changed, and {@code autoNow} fields are not touched
     * (as in Django).
     *
     * <pre>{@code Product.objects.filter("category", electronics).update("inStock", true); }</pre>
     */
    public long update(String field, Object value, Object... more) {
        requireNoHaving("update");
        List<Assignment> assignments = QueryWrites.assignments(this, field, value, more);
        return QueryWrites.writeBackend(this).update(query, assignments);
    }

    /** {@link #update} on a virtual thread. */
    public CompletableFuture<Long> updateAsync(String field, Object value, Object... more) {
        List<Assignment> assignments = QueryWrites.assignments(this, field, value, more);
        return Async.supply(() -> QueryWrites.writeBackend(this).update(query, assignments));
    }

    /**
     * Deletes every matching row and applies the {@link io.aksara.fields.OnDelete on_delete} rule
     * of each foreign key that points to them, as Django: CASCADE deletes the pointing rows too
     * (through any number of levels), SET_NULL / SET_DEFAULT / SET rewrite them, PROTECT and
     * RESTRICT refuse with {@link io.aksara.errors.ProtectedError} / {@link io.aksara.errors.RestrictedError}
     * before anything is written, DO_NOTHING leaves it to the database. Returns the number of rows
     * deleted, cascaded rows included.
     *
     * <p>When no foreign key acts on the deletion this is one DELETE statement. Otherwise Aksara
     * reads the keys involved (never whole rows), then writes in chunks of keys, children before
     * parents, all in one transaction (inside an atomic block, in that block): a failure leaves
     * nothing deleted. See docs/relations.md.
     *
     * <pre>{@code Product.objects.filter("inStock", false).delete(); }</pre>
     */
    public long delete() {
        requireNotSliced("delete");
        requireNotCombined("delete");
        requireNoHaving("delete");
        return io.aksara.internal.ExecutionScope.withTimeout(loading.timeout(), meta().name() + " delete()",
                () -> io.aksara.internal.AnnouncedDelete.delete(io.aksara.internal.TenantRows.restrict(query), database));
    }

    /** {@link #delete()} on a virtual thread. */
    public CompletableFuture<Long> deleteAsync() {
        requireNotSliced("delete");
        requireNotCombined("delete");
        requireNoHaving("delete");
        return Async.supply(this::delete);
    }

    /**
     * This QuerySet as a compiled query: names, lookups and the SQL statement are worked out once,
     * and each run gives only the values of its {@link Param}s. Compile once, keep it in a
     * {@code static final} field, and run it from any number of threads.
     *
     * <pre>{@code
     * static final CompiledQuery<Product> CHEAP = Product.objects.filter("price__lt", param("max")).compile();
     * List<Product> rows = CHEAP.with("max", 100).fetch();
     * }</pre>
     */
    public CompiledQuery<T> compile() {
        if (results != null) {
            throw new AksaraException("A prefetched relation answers from memory; compile the query of its model instead");
        }
        return new CompiledQuery<>(this);
    }

    /** This QuerySet with the same settings over another query: a compiled query's run with its values. */
    QuerySet<T> withQuery(SelectQuery<T> q) {
        return with(q, ordered);
    }

    /** The SQL this QuerySet runs, with {@code ?} for each bound value. */
    public String sql() {
        return backend().sql(query);
    }

    // ---------------------------------------------------------------- none, reverse, distinct, set operations

    /**
     * An empty QuerySet: it matches no row, and its terminal methods answer without any SQL
     * ({@code fetch()} an empty list, {@code count()} 0, {@code exists()} false, {@code update()}
     * and {@code delete()} 0, {@code get()} DoesNotExist). Refining it keeps it empty. Use it where
     * a QuerySet is needed but nothing may match.
     *
     * <pre>{@code QuerySet<Order> visible = user.isStaff() ? Order.objects.all() : Order.objects.none(); }</pre>
     */
    public QuerySet<T> none() {
        return with(query.withNone(true), ordered);
    }

    /** Whether this is an empty QuerySet made by {@link #none()} (Django's {@code EmptyQuerySet}). */
    public boolean isNone() {
        return query.none();
    }

    /**
     * The same rows in the opposite order: every ORDER BY term flipped, Meta ordering included.
     * As in Django, an unordered QuerySet has no order to reverse and stays unordered; order it
     * first. A later {@code orderBy} replaces the reversed ordering.
     *
     * <pre>{@code Product.objects.orderBy("price", "name").reverse()   // ORDER BY price DESC, name DESC }</pre>
     */
    public QuerySet<T> reverse() {
        if (query.isSliced()) {
            throw new AksaraException("Cannot reverse a query once a slice has been taken; call reverse() before limit/offset/slice");
        }
        return ordered ? QueryReads.reversed(this) : this;
    }

    /**
     * {@code SELECT DISTINCT}: duplicate rows are dropped, and {@code count()} counts the distinct
     * rows. Rows of a model include its primary key, so this matters for projections such as
     * {@code values()}.
     *
     * <pre>{@code Product.objects.distinct().values("category").fetch() }</pre>
     */
    public QuerySet<T> distinct() {
        requireNotSliced("distinct");
        requireNotCombined("distinct");
        return with(query.withDistinct(true), ordered);
    }

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
        return QueryCombinators.combine(this, Combination.Kind.UNION, false, others);
    }

    /** As {@link #union}, keeping duplicate rows ({@code UNION ALL}, Django's {@code union(all=True)}). */
    @SafeVarargs
    public final QuerySet<T> unionAll(QuerySet<T>... others) {
        return QueryCombinators.combine(this, Combination.Kind.UNION, true, others);
    }

    /**
     * Rows in this QuerySet and in every one of the others ({@code INTERSECT}); what follows is
     * restricted as after {@link #union}. If any operand is {@link #none()}, the result is empty.
     *
     * <pre>{@code User.objects.filter("age__gte", 18).intersection(User.objects.filter("isActive", true)).count() }</pre>
     */
    @SafeVarargs
    public final QuerySet<T> intersection(QuerySet<T>... others) {
        return QueryCombinators.combine(this, Combination.Kind.INTERSECT, false, others);
    }

    /**
     * Rows in this QuerySet and in none of the others ({@code EXCEPT}); what follows is restricted
     * as after {@link #union}.
     *
     * <pre>{@code User.objects.all().difference(User.objects.filter("status", "deleted")).fetch() }</pre>
     */
    @SafeVarargs
    public final QuerySet<T> difference(QuerySet<T>... others) {
        return QueryCombinators.combine(this, Combination.Kind.EXCEPT, false, others);
    }

    /**
     * Rows matching this QuerySet's filters or the other's (Django's {@code qs1 | qs2}): one query
     * whose WHERE joins both with OR, so each row comes once. Unlike {@link #union}, the result can
     * be filtered further. A {@link #none()} side is left out. Both must be of one model and
     * neither sliced, annotated nor combined by a set operation; the ordering is the other's, else
     * this one's.
     *
     * <pre>{@code Author.objects.filter("item__name", "one").or(Author.objects.filter("name", "a3")) }</pre>
     */
    public QuerySet<T> or(QuerySet<T> other) {
        return QueryCombinators.or(this, other);
    }

    /**
     * Rows matching this QuerySet's filters and the other's (Django's {@code qs1 & qs2}): each
     * side's filter calls stay their own scope, as if the other's were further {@code filter()}
     * calls. A {@link #none()} side makes the result empty. The rules of {@link #or} apply.
     *
     * <pre>{@code Item.objects.filter("tags", t1).and(Item.objects.filter("creator", a4)) }</pre>
     */
    public QuerySet<T> and(QuerySet<T> other) {
        return QueryCombinators.and(this, other);
    }

    // ---------------------------------------------------------------- more terminal methods

    /**
     * The row that comes last when ordered by these fields (Django's {@code latest}): the
     * ordering is replaced by the fields, descending, and the first row read.
     *
     * <pre>{@code Product newest = Product.objects.filter("inStock", true).latest("createdAt"); }</pre>
     *
     * @throws DoesNotExist when the query matches no row
     * @throws FieldError   when no field is given (Aksara has no Meta {@code get_latest_by})
     */
    public T latest(String... fields) {
        return QueryReads.byOrder(this, "latest", fields, true).get();
    }

    /** {@link #latest} on a virtual thread; the fields are checked now. */
    public CompletableFuture<T> latestAsync(String... fields) {
        QuerySet<T> qs = QueryReads.byOrder(this, "latest", fields, true);
        return Async.supply(qs::get);
    }

    /**
     * The row that comes first when ordered by these fields (Django's {@code earliest}).
     *
     * <pre>{@code User firstSignup = User.objects.earliest("joinedAt", "id"); }</pre>
     *
     * @throws DoesNotExist when the query matches no row
     */
    public T earliest(String... fields) {
        return QueryReads.byOrder(this, "earliest", fields, false).get();
    }

    /** {@link #earliest} on a virtual thread; the fields are checked now. */
    public CompletableFuture<T> earliestAsync(String... fields) {
        QuerySet<T> qs = QueryReads.byOrder(this, "earliest", fields, false);
        return Async.supply(qs::get);
    }

    /**
     * The only row the query matches, or null when there is none.
     *
     * <pre>{@code User u = User.objects.filter("email", email).getOrNull(); }</pre>
     *
     * @throws MultipleObjectsReturned when several match
     */
    public T getOrNull() {
        return QueryReads.getOrNull(this);
    }

    /**
     * The only row matching these lookups, or null.
     *
     * <pre>{@code User ann = User.objects.getOrNull("email", "ann@example.com"); }</pre>
     *
     * @throws MultipleObjectsReturned when several match
     */
    public T getOrNull(String lookup, Object value, Object... more) {
        return filter(lookup, value, more).getOrNull();
    }

    /** {@link #getOrNull()} on a virtual thread. */
    public CompletableFuture<T> getOrNullAsync() {
        return Async.supply(this::getOrNull);
    }

    /** {@link #getOrNull(String, Object, Object...)} on a virtual thread; the lookups are checked now. */
    public CompletableFuture<T> getOrNullAsync(String lookup, Object value, Object... more) {
        QuerySet<T> filtered = filter(lookup, value, more);
        return Async.supply(filtered::getOrNull);
    }

    /**
     * Builds, validates and inserts an instance from field/value pairs, on this QuerySet's
     * database. Through a related manager ({@code author.books().all().create(...)}) the new row
     * belongs to the owner: its foreign key is set, or it is linked (many-to-many). It is always an
     * INSERT, as Django's {@code create()} ({@code save(force_insert=True)}): a primary key that
     * already has a row raises {@link io.aksara.errors.IntegrityError}, it never updates that row.
     *
     * <pre>{@code Product mouse = Product.objects.all().create("name", "Mouse", "price", 25); }</pre>
     */
    public T create(String field, Object value, Object... more) {
        T instance = Manager.of(meta().type()).build(field, value, more);
        return GetOrCreate.insert(instance, QueryWrites.createAlias(this, instance), bound);
    }

    /** {@link #create} on a virtual thread; names and values are checked now. */
    public CompletableFuture<T> createAsync(String field, Object value, Object... more) {
        T instance = Manager.of(meta().type()).build(field, value, more);
        String alias = QueryWrites.createAlias(this, instance);
        return Async.supply(() -> GetOrCreate.insert(instance, alias, bound));
    }

    /**
     * The row matching the lookups, created when there is none (Django's {@code get_or_create}).
     * The new row takes the lookups that name a plain field ({@code "email"}, not
     * {@code "email__iexact"}) plus {@code defaults}, which win. If another caller creates the
     * same row at the same moment, this one's INSERT hits the unique constraint, and the row the
     * other created is returned with {@code created() == false}; that needs a unique constraint
     * over the lookups. Inside an atomic block the INSERT runs in a savepoint.
     *
     * <pre>{@code
     * Created<User> r = User.objects.getOrCreate(Map.of("email", "ann@example.com"), Map.of("name", "Ann", "age", 30));
     * User ann = r.object();
     * boolean isNew = r.created();
     * }</pre>
     *
     * @throws MultipleObjectsReturned when several rows match
     * @throws FieldError before any SQL for an unknown field or a value of the wrong type
     */
    public Created<T> getOrCreate(Map<String, ?> lookup, Map<String, ?> defaults) {
        return GetOrCreate.getOrCreate(QueryWrites.forWriting(this), QueryWrites.writeAlias(this), bound, lookup, defaults)
                .get();
    }

    /** {@link #getOrCreate(Map, Map)} without defaults. */
    public Created<T> getOrCreate(Map<String, ?> lookup) {
        return getOrCreate(lookup, Map.of());
    }

    /** {@link #getOrCreate(Map, Map)} on a virtual thread; names and values are checked now. */
    public CompletableFuture<Created<T>> getOrCreateAsync(Map<String, ?> lookup, Map<String, ?> defaults) {
        return Async.supply(
                GetOrCreate.getOrCreate(QueryWrites.forWriting(this), QueryWrites.writeAlias(this), bound, lookup, defaults));
    }

    /**
     * Updates the row matching the lookups with {@code defaults}, or creates it from the lookups
     * and {@code defaults} (Django's {@code update_or_create}). It runs in a transaction and locks
     * the row ({@code SELECT ... FOR UPDATE}) from the read to the write, so concurrent calls do
     * not lose each other's updates. The update is a {@code save()}: validated, {@code autoNow}
     * fields stamped.
     *
     * <pre>{@code
     * Created<User> r = User.objects.updateOrCreate(Map.of("email", "ann@example.com"), Map.of("age", 31));
     * }</pre>
     */
    public Created<T> updateOrCreate(Map<String, ?> lookup, Map<String, ?> defaults) {
        return updateOrCreate(lookup, defaults, null);
    }

    /**
     * As {@link #updateOrCreate(Map, Map)}, creating with {@code createDefaults} instead of
     * {@code defaults} (Django 5's {@code create_defaults}).
     *
     * <pre>{@code
     * User.objects.updateOrCreate(Map.of("email", e), Map.of("lastSeen", now), Map.of("lastSeen", now, "name", "New"));
     * }</pre>
     */
    public Created<T> updateOrCreate(Map<String, ?> lookup, Map<String, ?> defaults, Map<String, ?> createDefaults) {
        return GetOrCreate.updateOrCreate(QueryWrites.forWriting(this), QueryWrites.writeAlias(this), bound, lookup, defaults,
                createDefaults).get();
    }

    /** {@link #updateOrCreate(Map, Map)} on a virtual thread; names and values are checked now. */
    public CompletableFuture<Created<T>> updateOrCreateAsync(Map<String, ?> lookup, Map<String, ?> defaults) {
        return Async.supply(GetOrCreate.updateOrCreate(QueryWrites.forWriting(this), QueryWrites.writeAlias(this), bound,
                lookup, defaults, null));
    }

    /**
     * The rows with these primary keys, by key (Django's {@code in_bulk}). Keys are the values
     * as read from the database ({@code Long} for the implicit {@code id}), whatever numeric type
     * was passed; keys without a row are simply absent. An empty collection runs no SQL; a large
     * one is read in several queries of at most {@value #IN_BULK_BATCH} keys.
     *
     * <pre>{@code
     * Map<Object, User> byId = User.objects.inBulk(List.of(1, 2, 3));
     * User one = byId.get(1L);
     * }</pre>
     */
    public Map<Object, T> inBulk(java.util.Collection<?> keys) {
        return inBulk(keys, "pk");
    }

    /**
     * The rows whose {@code field} has one of these values, by value. The field must be unique
     * (the primary key, a unique field, or a one-field unique constraint), so each value names at
     * most one row.
     *
     * <pre>{@code Map<Object, User> byEmail = User.objects.inBulk(List.of("ann@example.com"), "email"); }</pre>
     *
     * @throws FieldError before any SQL when the field is not unique
     */
    public Map<Object, T> inBulk(java.util.Collection<?> values, String field) {
        return QueryReads.inBulkPlan(this, values, field).get();
    }

    /** Every row of the query, by primary key. */
    public Map<Object, T> inBulk() {
        return QueryReads.inBulk(this);
    }

    /** {@link #inBulk(java.util.Collection)} on a virtual thread; the keys are checked now. */
    public CompletableFuture<Map<Object, T>> inBulkAsync(java.util.Collection<?> keys) {
        return Async.supply(QueryReads.inBulkPlan(this, keys, "pk"));
    }

    /** {@link #inBulk(java.util.Collection, String)} on a virtual thread; the values are checked now. */
    public CompletableFuture<Map<Object, T>> inBulkAsync(java.util.Collection<?> values, String field) {
        return Async.supply(QueryReads.inBulkPlan(this, values, field));
    }

    /** How many keys one {@code inBulk} query carries at most. */
    static final int IN_BULK_BATCH = 1000;

    /**
     * The database's plan for this QuerySet's SQL, as text ({@code EXPLAIN}): PostgreSQL's and
     * H2's plan text, MySQL's and MariaDB's plan table with one line per row. Nothing is
     * executed beyond the planning; an empty QuerySet ({@link #none()}) runs no SQL at all.
     *
     * <pre>{@code System.out.println(User.objects.filter("email", "a@b.io").explain()); }</pre>
     */
    public String explain() {
        return backend().explain(query);
    }

    /** {@link #explain()} on a virtual thread. */
    public CompletableFuture<String> explainAsync() {
        return Async.supply(this::explain);
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

    /** The backend this QuerySet's reads run on; see {@link QueryBackends#backend(QuerySet)}. */
    Backend backend() {
        return QueryBackends.backend(this);
    }

    QuerySet<T> with(SelectQuery<T> q, boolean isOrdered) {
        return new QuerySet<>(q, isOrdered, database, loading, null, bound);
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
