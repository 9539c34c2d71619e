package io.aksara;

import io.aksara.errors.AksaraException;
import io.aksara.errors.DoesNotExist;
import io.aksara.errors.FieldError;
import io.aksara.errors.MultipleObjectsReturned;
import io.aksara.internal.Async;
import io.aksara.internal.BoundRelation;
import io.aksara.internal.BulkWrites;
import io.aksara.internal.GetOrCreate;
import io.aksara.internal.Resolver;
import io.aksara.internal.Routing;
import io.aksara.internal.WriteValues;
import io.aksara.internal.prefetch.Loading;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.Values;
import io.aksara.query.Assignment;
import io.aksara.query.Combination;
import io.aksara.query.Filter;
import io.aksara.query.OrderTerm;
import io.aksara.query.SelectQuery;
import io.aksara.spi.Backend;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    private final SelectQuery<T> query;
    private final boolean ordered;
    private final String database;
    /** What happens to rows once read: prefetches, strict mode. */
    private final Loading loading;
    /** Rows already loaded (a prefetched relation); null when the query must run. */
    private final List<T> results;
    /** The relation this QuerySet came from (a related manager), or null: rows created through it belong to the owner. */
    private final BoundRelation<T> bound;

    private QuerySet(SelectQuery<T> query, boolean ordered, String database, Loading loading, List<T> results) {
        this(query, ordered, database, loading, results, null);
    }

    private QuerySet(SelectQuery<T> query, boolean ordered, String database, Loading loading, List<T> results,
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
        return where(Q.of(lookup, value, more), false, "filter");
    }

    /**
     * Rows that also match every condition.
     *
     * <pre>{@code Product.objects.filter(Product_.price.lt(100), Q.of("name__icontains", "pro")) }</pre>
     */
    public QuerySet<T> filter(Q... conditions) {
        return where(Q.and(List.of(conditions)), false, "filter");
    }

    /**
     * Rows that do not match all of the lookups together (Django's {@code exclude}).
     *
     * <pre>{@code User.objects.exclude("status", "deleted") }</pre>
     */
    public QuerySet<T> exclude(String lookup, Object value, Object... more) {
        return where(Q.of(lookup, value, more), true, "exclude");
    }

    /** Rows that do not match the condition. */
    public QuerySet<T> exclude(Q condition) {
        return where(condition, true, "exclude");
    }

    private QuerySet<T> where(Q q, boolean negate, String operation) {
        requireNotSliced(operation);
        requireNotCombined(operation);
        Filter resolved = Resolver.filter(meta(), q,
                query.annotations().isEmpty() ? Map.of() : io.aksara.internal.Annotate.byName(query)); // no map per call in the common case
        if (!negate && Resolver.matchesNothing(resolved)) {
            return none(); // as Django: "in" with no values left (none, or only nulls) runs no SQL
        }
        if (negate && !(resolved instanceof Filter.Everything)) {
            resolved = new Filter.Not(resolved);
        }
        return with(io.aksara.internal.Annotate.filtered(query, resolved), ordered);
    }

    /**
     * Rows for which a boolean expression holds, such as {@link io.aksara.expr.Exists}.
     *
     * <pre>{@code Author.objects.filter(Exists.of(Book.objects.filter("author", OuterRef.of("pk"), "year", 2022))) }</pre>
     */
    public QuerySet<T> filter(io.aksara.expr.Expression condition) {
        return whereExpression(condition, false, "filter");
    }

    /** Rows for which a boolean expression does not hold ({@code exclude(Exists.of(...))}). */
    public QuerySet<T> exclude(io.aksara.expr.Expression condition) {
        return whereExpression(condition, true, "exclude");
    }

    private QuerySet<T> whereExpression(io.aksara.expr.Expression condition, boolean negate, String operation) {
        requireNotSliced(operation);
        requireNotCombined(operation);
        io.aksara.query.Expr e = io.aksara.internal.Expressions.condition(meta(), io.aksara.internal.Annotate.byName(query),
                condition);
        Filter f = new Filter.Compare(e, io.aksara.lookup.Lookups.find(io.aksara.meta.FieldType.BOOLEAN, "exact",
                "a boolean expression"), Boolean.TRUE);
        return with(io.aksara.internal.Annotate.filtered(query, negate ? new Filter.Not(f) : f), ordered);
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
        if (n < 0) {
            throw new FieldError("limit must not be negative, got " + n);
        }
        long newLimit = query.limit() == null ? n : Math.min(n, query.limit());
        return with(query.withSlice(query.offset(), newLimit), ordered);
    }

    /** Skips {@code n} rows; combines with an earlier slice as Python's slicing does. */
    public QuerySet<T> offset(long n) {
        if (n < 0) {
            throw new FieldError("offset must not be negative, got " + n);
        }
        Long newLimit = query.limit() == null ? null : Math.max(0, query.limit() - n);
        return with(query.withSlice(query.offset() + n, newLimit), ordered);
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
        java.util.LinkedHashSet<FieldMeta<?, ?>> keep = new java.util.LinkedHashSet<>();
        keep.addAll(meta().primaryKeyFields());
        for (String f : fields) {
            keep.add(Resolver.field(meta(), f));
        }
        List<FieldMeta<?, ?>> loaded = meta().fields().stream().filter(keep::contains)
                .<FieldMeta<?, ?>>map(f -> f).toList();
        return with(query.withLoaded(loaded), ordered);
    }

    /**
     * Loads every field except these (the primary key cannot be deferred); see {@link #only}.
     *
     * <pre>{@code List<Article> list = Article.objects.defer("body").fetch(); }</pre>
     */
    public QuerySet<T> defer(String... fields) {
        java.util.Set<FieldMeta<?, ?>> drop = new java.util.HashSet<>();
        for (String f : fields) {
            FieldMeta<?, ?> field = Resolver.field(meta(), f);
            if (meta().isKeyField(field)) {
                throw new FieldError("The primary key " + field.qualifiedName() + " cannot be deferred");
            }
            drop.add(field);
        }
        List<FieldMeta<?, ?>> current = new ArrayList<>(query.readFields());
        current.removeAll(drop);
        return with(query.withLoaded(current), ordered);
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
        List<String> names = new ArrayList<>();
        List<io.aksara.query.Expr> columns = projection(fields, names);
        return new Rows<>(this, names, columns, (n, c) -> row -> {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < row.length; i++) {
                m.put(n.get(i), row[i]);
            }
            return m;
        }, null);
    }

    /**
     * Rows as lists of values, in the order of the paths.
     *
     * <pre>{@code List<List<Object>> rows = Product.objects.valuesList("name", "price").fetch(); }</pre>
     */
    public Rows<List<Object>> valuesList(String... fields) {
        List<String> names = new ArrayList<>();
        List<io.aksara.query.Expr> columns = projection(fields, names);
        return new Rows<>(this, names, columns, (n, c) -> row -> java.util.Arrays.asList(row.clone()), null);
    }

    /**
     * One column as a flat list of values of the given type (Django's {@code flat=True}).
     *
     * <pre>{@code List<String> names = Product.objects.orderBy("name").valuesList("name", String.class).fetch(); }</pre>
     *
     * @throws FieldError when the column's values are not of that type
     */
    public <V> Rows<V> valuesList(String field, Class<V> type) {
        List<String> names = new ArrayList<>();
        List<io.aksara.query.Expr> columns = projection(new String[] {field}, names);
        Class<?> actual = columns.getFirst().type().javaClass();
        if (!type.isAssignableFrom(actual)) {
            throw new FieldError("'" + field + "' on " + meta().name() + " holds " + actual.getSimpleName()
                    + " values, not " + type.getSimpleName());
        }
        return new Rows<>(this, names, columns, null, row -> type.cast(row[0]));
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
        List<String> names = new ArrayList<>();
        List<io.aksara.query.Expr> columns = projection(fields, names);
        return new Rows<>(this, names, columns, null,
                io.aksara.internal.RecordRows.shaper(type, names, columns, meta().name()));
    }

    private List<io.aksara.query.Expr> projection(String[] fields, List<String> names) {
        return io.aksara.internal.Annotate.projection(query, fields, names);
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
        return annotated(namedAnnotations("annotate", expressions), true, "annotate");
    }

    /**
     * {@link #annotate(io.aksara.expr.Expression...)} with name/expression pairs.
     *
     * <pre>{@code Author.objects.annotate("bookCount", Count.of("books"), "lowName", Lower.of("name")) }</pre>
     */
    public QuerySet<T> annotate(String name, io.aksara.expr.Expression expression, Object... more) {
        return annotated(pairs("annotate", name, expression, more), true, "annotate");
    }

    /**
     * Names computed values for use in filters, ordering and other expressions without reading
     * them back (Django's {@code alias}).
     *
     * <pre>{@code Author.objects.alias("n", Count.of("books")).filter("n__gte", 2) }</pre>
     */
    public QuerySet<T> alias(String name, io.aksara.expr.Expression expression, Object... more) {
        return annotated(pairs("alias", name, expression, more), false, "alias");
    }

    private QuerySet<T> annotated(java.util.LinkedHashMap<String, io.aksara.expr.Expression> named, boolean selected,
            String method) {
        requireNotSliced(method);
        requireNotCombined(method);
        return with(io.aksara.internal.Annotate.add(query, named, selected), ordered);
    }

    /** values(...).annotate(...): grouped by the chosen columns (for {@link Rows#annotate}). */
    QuerySet<T> groupedAnnotate(List<io.aksara.query.Expr> columns,
            java.util.LinkedHashMap<String, io.aksara.expr.Expression> named) {
        requireNotSliced("annotate");
        requireNotCombined("annotate");
        return with(io.aksara.internal.Annotate.grouped(query, columns, named), ordered);
    }

    /** Expressions by name: {@code as()} names, or Django's default name of an aggregate. */
    java.util.LinkedHashMap<String, io.aksara.expr.Expression> namedAnnotations(String method,
            io.aksara.expr.Expression[] expressions) {
        if (expressions == null || expressions.length == 0) {
            throw new FieldError(method + "() needs at least one expression");
        }
        java.util.LinkedHashMap<String, io.aksara.expr.Expression> named = new java.util.LinkedHashMap<>();
        for (io.aksara.expr.Expression e : expressions) {
            if (e == null) {
                throw new FieldError(method + "() got a null expression");
            }
            String name = io.aksara.internal.Expressions.defaultName(e, method);
            if (named.put(name, e) != null) {
                throw new FieldError(method + "() got two expressions named '" + name + "'; name one with .as(\"...\")");
            }
        }
        return named;
    }

    /** Name/expression pairs, checked. */
    static java.util.LinkedHashMap<String, io.aksara.expr.Expression> pairs(String method, String name,
            io.aksara.expr.Expression expression, Object... more) {
        if (more.length % 2 != 0) {
            throw new FieldError(method + "() takes name/expression pairs; '" + more[more.length - 1] + "' has no expression");
        }
        java.util.LinkedHashMap<String, io.aksara.expr.Expression> named = new java.util.LinkedHashMap<>();
        Object[] all = new Object[more.length + 2];
        all[0] = name;
        all[1] = expression;
        System.arraycopy(more, 0, all, 2, more.length);
        for (int i = 0; i < all.length; i += 2) {
            if (!(all[i] instanceof String n)) {
                throw new FieldError(method + "() expects a name at position " + (i + 1) + ", got " + FieldError.describe(all[i]));
            }
            if (!(all[i + 1] instanceof io.aksara.expr.Expression e)) {
                throw new FieldError(method + "() expects an expression for '" + n + "', got " + FieldError.describe(all[i + 1])
                        + " (wrap constants in Value.of)");
            }
            if (named.put(io.aksara.expr.Named.checkName(n), e) != null) {
                throw new FieldError(method + "() got the name '" + n + "' twice");
            }
        }
        return named;
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
        if (aggregates != null && aggregates.length == 0) {
            requireNotCombinedForAggregate();
            return Map.of(); // Django: aggregate() with no arguments is {}
        }
        return aggregated(namedAnnotations("aggregate", aggregates));
    }

    /** {@link #aggregate(io.aksara.expr.Expression...)} with name/aggregate pairs. */
    public Map<String, Object> aggregate(String name, io.aksara.expr.Expression aggregate, Object... more) {
        return aggregated(pairs("aggregate", name, aggregate, more));
    }

    /** {@link #aggregate(io.aksara.expr.Expression...)} on a virtual thread; the aggregates are checked now. */
    public CompletableFuture<Map<String, Object>> aggregateAsync(io.aksara.expr.Expression... aggregates) {
        java.util.LinkedHashMap<String, io.aksara.expr.Expression> named = namedAnnotations("aggregate", aggregates);
        List<io.aksara.query.Expr> resolved = io.aksara.internal.Annotate.aggregates(query, named);
        return Async.supply(() -> aggregateValues(named, resolved));
    }

    private Map<String, Object> aggregated(java.util.LinkedHashMap<String, io.aksara.expr.Expression> named) {
        requireNotCombinedForAggregate();
        return aggregateValues(named, io.aksara.internal.Annotate.aggregates(query, named));
    }

    private void requireNotCombinedForAggregate() {
        if (query.isCombined()) {
            throw new AksaraException("aggregate() after " + query.combination().kind().method() + "() is not supported;"
                    + " aggregate each QuerySet, or count() the combination");
        }
    }

    private Map<String, Object> aggregateValues(java.util.LinkedHashMap<String, io.aksara.expr.Expression> named,
            List<io.aksara.query.Expr> resolved) {
        if (resolved.isEmpty()) {
            return Map.of(); // Django: aggregate() with no arguments is {}
        }
        // no rows, no SQL where the values are known: what the aggregates give over an empty set
        Object[] values = query.none() ? io.aksara.internal.Annotate.overNoRows(query, resolved) : null;
        if (values == null) {
            values = backend().aggregate(query, resolved);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        int i = 0;
        for (String name : named.keySet()) {
            out.put(name, values[i++]);
        }
        return java.util.Collections.unmodifiableMap(out);
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
        List<T> rows = backend().fetch(limitedTo(GET_PROBE));
        if (rows.isEmpty()) {
            throw new DoesNotExist(meta().type(), describeFilter());
        }
        if (rows.size() > 1) {
            throw new MultipleObjectsReturned(meta().name(), rows.size(), GET_PROBE);
        }
        return loading.apply(rows, database).getFirst();
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
        QuerySet<T> qs = ordered ? this : orderByKey(false);
        return qs.limitedRows(1).stream().findFirst();
    }

    /** {@link #first()} on a virtual thread. */
    public CompletableFuture<Optional<T>> firstAsync() {
        return Async.supply(this::first);
    }

    /** The last row: the ordering reversed (by primary key when there is none), then the first. */
    public Optional<T> last() {
        if (query.isSliced()) {
            throw new AksaraException("Cannot reverse a query once a slice has been taken; call last() before limit/slice");
        }
        QuerySet<T> qs = ordered ? reversed() : orderByKey(true);
        return qs.limitedRows(1).stream().findFirst();
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
        List<Assignment> assignments = assignments(field, value, more);
        return writeBackend().update(query, assignments);
    }

    /** {@link #update} on a virtual thread. */
    public CompletableFuture<Long> updateAsync(String field, Object value, Object... more) {
        List<Assignment> assignments = assignments(field, value, more);
        return Async.supply(() -> writeBackend().update(query, assignments));
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
        return ordered ? reversed() : this;
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
        return combine(Combination.Kind.UNION, false, others);
    }

    /** As {@link #union}, keeping duplicate rows ({@code UNION ALL}, Django's {@code union(all=True)}). */
    @SafeVarargs
    public final QuerySet<T> unionAll(QuerySet<T>... others) {
        return combine(Combination.Kind.UNION, true, others);
    }

    /**
     * Rows in this QuerySet and in every one of the others ({@code INTERSECT}); what follows is
     * restricted as after {@link #union}. If any operand is {@link #none()}, the result is empty.
     *
     * <pre>{@code User.objects.filter("age__gte", 18).intersection(User.objects.filter("isActive", true)).count() }</pre>
     */
    @SafeVarargs
    public final QuerySet<T> intersection(QuerySet<T>... others) {
        return combine(Combination.Kind.INTERSECT, false, others);
    }

    /**
     * Rows in this QuerySet and in none of the others ({@code EXCEPT}); what follows is restricted
     * as after {@link #union}.
     *
     * <pre>{@code User.objects.all().difference(User.objects.filter("status", "deleted")).fetch() }</pre>
     */
    @SafeVarargs
    public final QuerySet<T> difference(QuerySet<T>... others) {
        return combine(Combination.Kind.EXCEPT, false, others);
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
        java.util.Objects.requireNonNull(other, "other");
        if (other.isNone()) {
            return this;
        }
        if (isNone()) {
            return other;
        }
        SelectQuery<T> q = io.aksara.internal.FilterCombination.or(query, other.query, "or");
        return with(q, !q.ordering().isEmpty());
    }

    /**
     * Rows matching this QuerySet's filters and the other's (Django's {@code qs1 & qs2}): each
     * side's filter calls stay their own scope, as if the other's were further {@code filter()}
     * calls. A {@link #none()} side makes the result empty. The rules of {@link #or} apply.
     *
     * <pre>{@code Item.objects.filter("tags", t1).and(Item.objects.filter("creator", a4)) }</pre>
     */
    public QuerySet<T> and(QuerySet<T> other) {
        java.util.Objects.requireNonNull(other, "other");
        if (isNone()) {
            return this;
        }
        if (other.isNone()) {
            return other;
        }
        SelectQuery<T> q = io.aksara.internal.FilterCombination.and(query, other.query, "and");
        return with(q, !q.ordering().isEmpty());
    }

    private QuerySet<T> combine(Combination.Kind kind, boolean all, QuerySet<T>[] others) {
        String method = kind.method() + (all ? "All" : "");
        if (others == null) {
            throw new FieldError(method + "() needs QuerySets to combine with, got null");
        }
        List<QuerySet<T>> operands = new ArrayList<>();
        operands.add(this);
        for (QuerySet<T> other : others) {
            if (other == null) {
                throw new FieldError(method + "() got a null QuerySet");
            }
            if (other.meta() != meta()) {
                throw new FieldError(method + "() combines QuerySets of one model; got " + meta().name() + " and "
                        + other.meta().name());
            }
            if (!aliasOf(other.database).equals(aliasOf(database))) {
                throw new AksaraException(method + "() combines QuerySets of one database; got '" + aliasOf(database)
                        + "' and '" + aliasOf(other.database) + "'");
            }
            operands.add(other);
        }
        for (QuerySet<T> operand : operands) {
            if (operand.query.lock() != null) {
                throw new AksaraException(method + "() cannot combine a selectForUpdate() QuerySet: a lock"
                        + " belongs to one SELECT, not to a combination");
            }
        }
        if (others.length == 0) {
            return this;
        }
        List<QuerySet<T>> nonEmpty = operands.stream().filter(o -> !o.query.none()).toList();
        switch (kind) {
            case UNION -> {
                if (nonEmpty.isEmpty()) {
                    return this;
                }
                operands = nonEmpty;
            }
            case INTERSECT -> {
                if (nonEmpty.size() < operands.size()) {
                    return query.none() ? this : none();
                }
            }
            case EXCEPT -> {
                if (query.none()) {
                    return this;
                }
                operands = nonEmpty;
            }
        }
        if (operands.size() == 1) {
            return operands.getFirst();
        }
        List<SelectQuery<?>> parts = new ArrayList<>();
        for (QuerySet<T> operand : operands) {
            // ORDER BY inside a set operation only matters together with a slice
            parts.add(operand.query.isSliced() ? operand.query : operand.query.withOrdering(List.of()));
        }
        SelectQuery<T> combined = SelectQuery.of(meta()).withCombination(new Combination(kind, all, parts));
        return new QuerySet<>(combined, false, database, loading, null);
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
        return byOrder("latest", fields, true).get();
    }

    /** {@link #latest} on a virtual thread; the fields are checked now. */
    public CompletableFuture<T> latestAsync(String... fields) {
        QuerySet<T> qs = byOrder("latest", fields, true);
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
        return byOrder("earliest", fields, false).get();
    }

    /** {@link #earliest} on a virtual thread; the fields are checked now. */
    public CompletableFuture<T> earliestAsync(String... fields) {
        QuerySet<T> qs = byOrder("earliest", fields, false);
        return Async.supply(qs::get);
    }

    private QuerySet<T> byOrder(String method, String[] fields, boolean latest) {
        if (fields == null || fields.length == 0) {
            throw new FieldError(method + "() needs the fields to order by, e.g. " + method + "(\"createdAt\")"
                    + " (Aksara has no Meta get_latest_by)");
        }
        if (query.isSliced()) {
            throw new AksaraException("Cannot change a query once a slice has been taken; call " + method
                    + "() before limit/offset/slice");
        }
        String[] names = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            names[i] = f == null || !latest ? f : f.startsWith("-") ? f.substring(1) : "-" + f;
        }
        return orderBy(names).limit(1);
    }

    /**
     * The only row the query matches, or null when there is none.
     *
     * <pre>{@code User u = User.objects.filter("email", email).getOrNull(); }</pre>
     *
     * @throws MultipleObjectsReturned when several match
     */
    public T getOrNull() {
        List<T> rows = backend().fetch(limitedTo(GET_PROBE));
        if (rows.size() > 1) {
            throw new MultipleObjectsReturned(meta().name(), rows.size(), GET_PROBE);
        }
        return rows.isEmpty() ? null : rows.getFirst();
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
     * belongs to the owner: its foreign key is set, or it is linked (many-to-many).
     *
     * <pre>{@code Product mouse = Product.objects.all().create("name", "Mouse", "price", 25); }</pre>
     */
    public T create(String field, Object value, Object... more) {
        T instance = Manager.of(meta().type()).build(field, value, more);
        return GetOrCreate.insert(instance, createAlias(instance), bound);
    }

    /** {@link #create} on a virtual thread; names and values are checked now. */
    public CompletableFuture<T> createAsync(String field, Object value, Object... more) {
        T instance = Manager.of(meta().type()).build(field, value, more);
        String alias = createAlias(instance);
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
        return GetOrCreate.getOrCreate(forWriting(), writeAlias(), bound, lookup, defaults).get();
    }

    /** {@link #getOrCreate(Map, Map)} without defaults. */
    public Created<T> getOrCreate(Map<String, ?> lookup) {
        return getOrCreate(lookup, Map.of());
    }

    /** {@link #getOrCreate(Map, Map)} on a virtual thread; names and values are checked now. */
    public CompletableFuture<Created<T>> getOrCreateAsync(Map<String, ?> lookup, Map<String, ?> defaults) {
        return Async.supply(GetOrCreate.getOrCreate(forWriting(), writeAlias(), bound, lookup, defaults));
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
        return GetOrCreate.updateOrCreate(forWriting(), writeAlias(), bound, lookup, defaults, createDefaults).get();
    }

    /** {@link #updateOrCreate(Map, Map)} on a virtual thread; names and values are checked now. */
    public CompletableFuture<Created<T>> updateOrCreateAsync(Map<String, ?> lookup, Map<String, ?> defaults) {
        return Async.supply(GetOrCreate.updateOrCreate(forWriting(), writeAlias(), bound, lookup, defaults, null));
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
        return inBulkPlan(values, field).get();
    }

    /** Every row of the query, by primary key. */
    public Map<Object, T> inBulk() {
        requireNotSliced("inBulk");
        Map<Object, T> out = new LinkedHashMap<>();
        for (T row : fetch()) {
            out.put(row.pk(), row); // a CompositeKey for a composite key
        }
        return out;
    }

    /** {@link #inBulk(java.util.Collection)} on a virtual thread; the keys are checked now. */
    public CompletableFuture<Map<Object, T>> inBulkAsync(java.util.Collection<?> keys) {
        return Async.supply(inBulkPlan(keys, "pk"));
    }

    /** {@link #inBulk(java.util.Collection, String)} on a virtual thread; the values are checked now. */
    public CompletableFuture<Map<Object, T>> inBulkAsync(java.util.Collection<?> values, String field) {
        return Async.supply(inBulkPlan(values, field));
    }

    /** How many keys one {@code inBulk} query carries at most. */
    static final int IN_BULK_BATCH = 1000;

    private java.util.function.Supplier<Map<Object, T>> inBulkPlan(java.util.Collection<?> values, String field) {
        requireNotSliced("inBulk");
        requireNotCombined("inBulk");
        if (field == null) {
            throw new FieldError("inBulk() needs a field name, got null");
        }
        FieldMeta<?, ?> f = Resolver.field(meta(), field);
        boolean unique = f.unique() || meta().indexes().stream()
                .anyMatch(ix -> ix.unique() && ix.fields().size() == 1 && ix.fields().getFirst() == f);
        if (!unique) {
            throw new FieldError("inBulk() keys rows by a unique field, and " + f.qualifiedName() + " is not unique");
        }
        if (values == null) {
            throw new FieldError("inBulk() needs a collection of values, got null");
        }
        java.util.LinkedHashSet<Object> keys = new java.util.LinkedHashSet<>();
        for (Object v : values) {
            if (v != null) { // as Django: None never matches
                keys.add(Values.toColumnValue(f, v));
            }
        }
        List<Object> all = List.copyOf(keys);
        List<QuerySet<T>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_BULK_BATCH) {
            batches.add(filter(f.name() + "__in", all.subList(from, Math.min(all.size(), from + IN_BULK_BATCH))));
        }
        return () -> {
            Map<Object, T> out = new LinkedHashMap<>();
            for (QuerySet<T> batch : batches) {
                for (T row : batch.fetch()) {
                    out.put(f.columnValueUnchecked(row), row);
                }
            }
            return out;
        };
    }

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
        if (chunkSize <= 0) {
            throw new FieldError("iterate() chunkSize must be positive, got " + chunkSize);
        }
        java.util.stream.Stream<T> rows = backend().stream(query, chunkSize);
        if (loading.isEmpty()) {
            return rows;
        }
        // prefetches run once per chunk: one query per level for chunkSize rows, memory stays bounded
        return rows.gather(java.util.stream.Gatherers.windowFixed(chunkSize))
                .flatMap(chunk -> loading.apply(new ArrayList<>(chunk), database).stream());
    }

    @Override
    public String toString() {
        return "QuerySet<" + meta().name() + ">[" + describeFilter() + "]";
    }

    // ---------------------------------------------------------------- helpers

    private List<Assignment> assignments(String field, Object value, Object... more) {
        requireNotSliced("update");
        requireNotCombined("update");
        if (more.length % 2 != 0) {
            throw new FieldError("update() takes field/value pairs; '" + more[more.length - 1] + "' has no value");
        }
        Map<FieldMeta<?, ?>, Object> values = new LinkedHashMap<>();
        WriteValues check = WriteValues.of(meta()); // literal values follow save()'s rules; every problem at once
        addAssignment(values, check, field, value);
        for (int i = 0; i < more.length; i += 2) {
            if (!(more[i] instanceof String name)) {
                throw new FieldError("Expected a field name of " + meta().name() + " at position " + (i + 3)
                        + ", got " + FieldError.describe(more[i]));
            }
            addAssignment(values, check, name, more[i + 1]);
        }
        FieldMeta<?, ?> version = io.aksara.internal.Versions.field(meta());
        if (version != null && !values.containsKey(version)) { // optimistic locking: every UPDATE moves the version on
            addAssignment(values, check, version.name(), F.of(version.name()).plus(1));
        }
        check.throwIfInvalid();
        List<Assignment> out = new ArrayList<>(values.size());
        values.forEach((f, v) -> out.add(new Assignment(f, v)));
        return out;
    }

    private void addAssignment(Map<FieldMeta<?, ?>, Object> values, WriteValues check, String name, Object value) {
        FieldMeta<?, ?> f = io.aksara.internal.InstanceFields.find(meta(), name);
        if (f.model() != meta()) { // one UPDATE changes one table; Django writes one per parent
            throw new FieldError("update() of " + meta().name() + " cannot change " + f.qualifiedName() + " yet: it is a "
                    + "field of the parent model " + f.model().name() + " (multi-table inheritance), in another table; "
                    + "update it through " + f.model().name() + ".objects, or save() each " + meta().name());
        }
        if (f.primaryKey() && f.generated()) {
            throw new FieldError("update() cannot change the generated primary key " + f.qualifiedName());
        }
        if (value instanceof io.aksara.expr.Expression e) {
            // computed by the database from the row's own values: no read-modify-write race
            // it may name the QuerySet's annotations (Django: annotate(x=F("a") - 1).update(a=F("x")))
            io.aksara.query.Expr resolved = io.aksara.internal.Expressions.resolve(meta(),
                    io.aksara.internal.Annotate.byName(query), e, f);
            if (io.aksara.query.Expr.containsAggregate(resolved)) {
                throw new FieldError("Aggregate functions are not allowed in this query (" + f.name() + "=" + e + ")");
            }
            values.put(f, resolved);
            return;
        }
        values.put(f, check.column(f, value));
    }

    private QuerySet<T> with(SelectQuery<T> q, boolean isOrdered) {
        return new QuerySet<>(q, isOrdered, database, loading, null, bound);
    }

    private QuerySet<T> orderByKey(boolean descending) {
        List<OrderTerm> terms = meta().primaryKeyFields().stream()
                .map(f -> new OrderTerm(f, descending)).toList();
        return with(query.withOrdering(terms), true);
    }

    private QuerySet<T> reversed() {
        List<OrderTerm> terms = query.ordering().stream().map(OrderTerm::reversed).toList();
        return with(query.withOrdering(terms), true);
    }

    private List<T> limitedRows(long n) {
        return loading.apply(backend().fetch(limitedTo(n)), database);
    }

    private SelectQuery<T> limitedTo(long n) {
        long limit = query.limit() == null ? n : Math.min(n, query.limit());
        return query.withSlice(query.offset(), limit);
    }

    /** As Django: after union/intersection/difference only ordering, slicing and reading are allowed. */
    private void requireNotCombined(String operation) {
        if (query.isCombined()) {
            throw new AksaraException("Calling " + operation + "() after " + query.combination().kind().method()
                    + "() is not supported: a combined QuerySet can only be ordered, sliced, counted and read");
        }
    }

    private static String aliasOf(String database) {
        return database == null ? Aksara.DEFAULT : database;
    }

    /** UPDATE and DELETE have no GROUP BY, so a condition on an aggregate cannot apply. */
    private void requireNoHaving(String operation) {
        if (!(query.having() instanceof Filter.Everything)) {
            throw new AksaraException(operation + "() cannot use a filter on an aggregate annotation ("
                    + query.having() + "); filter on pk__in with the annotated QuerySet instead");
        }
    }

    private void requireNotSliced(String operation) {
        if (query.isSliced()) {
            throw new AksaraException("Cannot " + operation + " a query once a slice has been taken; call "
                    + operation + "() before limit/offset/slice");
        }
    }

    private String describeFilter() {
        return query.where() instanceof Filter.Everything ? "all" : query.where().toString();
    }

    /**
     * The alias writes of this QuerySet go to: its {@link #using(String)}, else the routers' write
     * choice; null for the default database.
     */
    private String writeAlias() {
        return Routing.forQuery(database, query, true);
    }

    /** Where {@code create} inserts: the new instance itself tells a router that routes by instance (a shard key). */
    private String createAlias(T instance) {
        return database != null ? database : Routing.write(meta().type(), instance);
    }

    /** This QuerySet on its write database, so the read of a read-then-write (getOrCreate) sees that database too. */
    private QuerySet<T> forWriting() {
        String alias = writeAlias();
        return alias == null || alias.equals(database) ? this : using(alias);
    }

    /**
     * The backend this QuerySet's reads run on: its {@link #using(String)}, else the routers' read
     * choice (their write choice for {@code selectForUpdate}, whose rows must be the ones written).
     */
    Backend backend() {
        return backend(query.lock() != null ? writeAlias() : Routing.forQuery(database, query, false));
    }

    private Backend writeBackend() {
        return backend(writeAlias());
    }

    /** The backend of {@code alias}: limited to this QuerySet's {@link #timeout(java.time.Duration)}, if any. */
    private Backend backend(String alias) {
        if (query.none()) {
            return io.aksara.internal.NoRows.over(() -> Aksara.backend(alias)); // none(): no SQL
        }
        Backend real = io.aksara.internal.TenantGuard.over(Aksara.backend(alias), meta());
        return loading.timeout() == null ? real : io.aksara.internal.TimedBackend.over(real, loading.timeout(), meta().name());
    }
}
