package io.aksara;

import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.internal.prefetch.Loading;
import java.util.List;

/**
 * The {@link QuerySet} methods that choose how its rows are loaded, not which: related rows
 * ({@code selectRelated}, {@code prefetchRelated}), fields ({@code only}, {@code defer}), the
 * N+1 guard ({@code strict}), the database ({@code using}), row locks ({@code selectForUpdate})
 * and a time limit ({@code timeout}). Each returns a new QuerySet and runs no SQL.
 *
 * <pre>{@code
 * List<Book> books = Book.objects.selectRelated("author").only("title", "author").strict()
 *         .using("reports").fetch();
 * }</pre>
 *
 * <p>Only {@link QuerySet} implements this interface (it is sealed): it groups part of the
 * QuerySet API by job so that each file stays small. Use the methods through {@code QuerySet}.
 *
 * @param <T> the model
 */
public sealed interface QuerySetLoading<T extends Model> permits QuerySet {
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
    default QuerySet<T> selectRelated(String... paths) {
        QuerySet<T> qs = self();
        qs.requireNotCombined("selectRelated");
        return qs.with(qs.query.withSelectRelated(io.aksara.internal.RelationPaths.selectRelated(qs.meta(), qs.query.selectRelated(), paths)),
                qs.ordered);
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
    default QuerySet<T> prefetchRelated(Object... lookups) {
        QuerySet<T> qs = self();
        List<Prefetch> more = Prefetch.normalize(lookups);
        Loading next = qs.loading().withPrefetches(more);
        io.aksara.internal.prefetch.Prefetcher.validate(qs.meta(), next.prefetches());
        return new QuerySet<>(qs.query, qs.ordered, qs.database(), next, null, qs.bound());
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
    default QuerySet<T> strict() {
        QuerySet<T> qs = self();
        return new QuerySet<>(qs.query, qs.ordered, qs.database(), qs.loading().withStrict(true), null, qs.bound());
    }

    /**
     * Whether rows of this QuerySet are strict ({@link #strict()}).
     *
     * <pre>{@code Book.objects.strict().filter("year", 2020).isStrict()   // true: refining keeps it }</pre>
     */
    default boolean isStrict() {
        return self().loading().strict();
    }

    /**
     * Loads only these fields (and the primary key) into instances; the others keep their initial
     * values and are listed in {@link Model#deferredFields()}. Aksara has no lazy loading: a
     * deferred field is not fetched on access. {@code save()} on such an instance writes only the
     * loaded fields.
     *
     * <pre>{@code List<Product> light = Product.objects.only("name", "price").fetch(); }</pre>
     */
    default QuerySet<T> only(String... fields) {
        return QueryRefinements.only(self(), fields);
    }

    /**
     * Loads every field except these (the primary key cannot be deferred); see {@link #only}.
     *
     * <pre>{@code List<Article> list = Article.objects.defer("body").fetch(); }</pre>
     */
    default QuerySet<T> defer(String... fields) {
        return QueryRefinements.defer(self(), fields);
    }

    /**
     * The same query on another configured database.
     *
     * <pre>{@code Product.objects.all().using("reports").count() }</pre>
     */
    default QuerySet<T> using(String alias) {
        QuerySet<T> qs = self();
        return new QuerySet<>(qs.query, qs.ordered, alias, qs.loading(), null, qs.bound());
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
    default QuerySet<T> timeout(java.time.Duration limit) {
        QuerySet<T> qs = self();
        java.util.Objects.requireNonNull(limit, "limit");
        if (limit.isNegative() || limit.isZero()) {
            throw new AksaraException("timeout() on " + qs.meta().name() + " needs a positive duration, got " + limit);
        }
        return new QuerySet<>(qs.query, qs.ordered, qs.database(), qs.loading().withTimeout(limit), null, qs.bound());
    }

    /** The limit set with {@link #timeout(java.time.Duration)}, or null when the database's default applies. */
    default java.time.Duration timeout() {
        return self().loading().timeout();
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
    default QuerySet<T> selectForUpdate() {
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
    default QuerySet<T> selectForUpdate(ForUpdate mode, String... of) {
        QuerySet<T> qs = self();
        return qs.with(qs.query.withLock(io.aksara.internal.RowLocks.resolve(qs.meta(), mode, of)), qs.ordered);
    }

    /** This QuerySet: the only class permitted to implement this interface. */
    private QuerySet<T> self() {
        return (QuerySet<T>) this;
    }
}
