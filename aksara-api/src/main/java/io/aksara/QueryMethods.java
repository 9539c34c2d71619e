package io.aksara;

import io.aksara.expr.Expression;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The QuerySet methods a manager offers, each one forwarding to {@link #all()} (Django's
 * {@code Manager.from_queryset}). {@link Manager}, {@link Related} (the reverse side of a foreign
 * key) and {@link Many} (a many-to-many) all implement it, so the three cannot drift apart: a
 * method added here is on every one of them, and each narrows it to its own rows through
 * {@code all()}.
 *
 * <pre>{@code
 * Product.objects.filter("price__lt", 100).count();         // every product
 * electronics.products().filter("price__lt", 100).count();  // the products of one category
 * post.tags.orderBy("name").first();                        // the tags of one post
 * electronics.products().getOrCreate(Map.of("name", "Mouse"), Map.of("price", 25));  // category set
 * }</pre>
 *
 * <p>The methods are documented on {@link QuerySet}; each here is {@code all().method(...)}. The
 * writing ones ({@code create}, {@code getOrCreate}, {@code update}, the bulk writes) are in
 * {@link QueryWriteMethods}, the set operations in {@link QueryCombineMethods}.
 *
 * @param <T> the model
 */
public interface QueryMethods<T extends Model> extends QueryWriteMethods<T>, QueryCombineMethods<T> {
    /** Every row this manager covers, as a lazy QuerySet. */
    @Override
    QuerySet<T> all();

    // ---------------------------------------------------------------- refining

    /** See {@link QuerySet#filter(String, Object, Object...)}. */
    default QuerySet<T> filter(String lookup, Object value, Object... more) {
        return all().filter(lookup, value, more);
    }

    /** See {@link QuerySet#filter(String, Object)}. */
    default QuerySet<T> filter(String lookup, Object value) {
        return filter(lookup, value, QueryRefinements.NO_MORE); // through the varargs form, which a subclass may override
    }

    /** See {@link QuerySet#filter(Q...)}. */
    default QuerySet<T> filter(Q... conditions) {
        return all().filter(conditions);
    }

    /** See {@link QuerySet#filter(Expression)}. */
    default QuerySet<T> filter(Expression condition) {
        return all().filter(condition);
    }

    /** See {@link QuerySet#exclude(String, Object, Object...)}. */
    default QuerySet<T> exclude(String lookup, Object value, Object... more) {
        return all().exclude(lookup, value, more);
    }

    /** See {@link QuerySet#exclude(String, Object)}. */
    default QuerySet<T> exclude(String lookup, Object value) {
        return exclude(lookup, value, QueryRefinements.NO_MORE); // through the varargs form, which a subclass may override
    }

    /** See {@link QuerySet#exclude(Q)}. */
    default QuerySet<T> exclude(Q condition) {
        return all().exclude(condition);
    }

    /** See {@link QuerySet#exclude(Expression)}. */
    default QuerySet<T> exclude(Expression condition) {
        return all().exclude(condition);
    }

    /** See {@link QuerySet#orderBy(String...)}. */
    default QuerySet<T> orderBy(String... fields) {
        return all().orderBy(fields);
    }

    /** See {@link QuerySet#orderBy(Object...)}: names and expressions. */
    default QuerySet<T> orderBy(Object... terms) {
        return all().orderBy(terms);
    }

    /** See {@link QuerySet#limit}. */
    default QuerySet<T> limit(long n) {
        return all().limit(n);
    }

    /** See {@link QuerySet#slice}. */
    default QuerySet<T> slice(long from, long to) {
        return all().slice(from, to);
    }

    /** See {@link QuerySet#selectForUpdate()}. */
    default QuerySet<T> selectForUpdate() {
        return all().selectForUpdate();
    }

    /** See {@link QuerySet#selectForUpdate(ForUpdate, String...)}. */
    default QuerySet<T> selectForUpdate(ForUpdate mode, String... of) {
        return all().selectForUpdate(mode, of);
    }

    /** See {@link QuerySet#values}. */
    default Rows<Map<String, Object>> values(String... fields) {
        return all().values(fields);
    }

    /** See {@link QuerySet#valuesList(String...)}. */
    default Rows<List<Object>> valuesList(String... fields) {
        return all().valuesList(fields);
    }

    /** See {@link QuerySet#valuesList(String, Class)}. */
    default <V> Rows<V> valuesList(String field, Class<V> type) {
        return all().valuesList(field, type);
    }

    /** See {@link QuerySet#valuesList(Class, String...)}. */
    default <R extends Record> Rows<R> valuesList(Class<R> type, String... fields) {
        return all().valuesList(type, fields);
    }

    /** See {@link QuerySet#annotate(Expression...)}. */
    default QuerySet<T> annotate(Expression... expressions) {
        return all().annotate(expressions);
    }

    /** See {@link QuerySet#annotate(String, Expression, Object...)}. */
    default QuerySet<T> annotate(String name, Expression expression, Object... more) {
        return all().annotate(name, expression, more);
    }

    /** See {@link QuerySet#alias}. */
    default QuerySet<T> alias(String name, Expression expression, Object... more) {
        return all().alias(name, expression, more);
    }

    /** See {@link QuerySet#selectRelated}. */
    default QuerySet<T> selectRelated(String... paths) {
        return all().selectRelated(paths);
    }

    /** See {@link QuerySet#prefetchRelated}. */
    default QuerySet<T> prefetchRelated(Object... lookups) {
        return all().prefetchRelated(lookups);
    }

    /** See {@link QuerySet#strict()}. */
    default QuerySet<T> strict() {
        return all().strict();
    }

    /** See {@link QuerySet#only}. */
    default QuerySet<T> only(String... fields) {
        return all().only(fields);
    }

    /** See {@link QuerySet#defer}. */
    default QuerySet<T> defer(String... fields) {
        return all().defer(fields);
    }

    /** See {@link QuerySet#timeout(Duration)}: each call limited in time. */
    default QuerySet<T> timeout(Duration limit) {
        return all().timeout(limit);
    }

    /** See {@link QuerySet#using}. */
    default QuerySet<T> using(String database) {
        return all().using(database);
    }

    /** See {@link QuerySet#none()}. */
    default QuerySet<T> none() {
        return all().none();
    }

    /** See {@link QuerySet#reverse()}. */
    default QuerySet<T> reverse() {
        return all().reverse();
    }

    /** See {@link QuerySet#distinct()}. */
    default QuerySet<T> distinct() {
        return all().distinct();
    }

    // ---------------------------------------------------------------- reading

    /** See {@link QuerySet#fetch()}. */
    default List<T> fetch() {
        return all().fetch();
    }

    /** See {@link QuerySet#fetchAsync()}. */
    default CompletableFuture<List<T>> fetchAsync() {
        return all().fetchAsync();
    }

    /** See {@link QuerySet#get()}. */
    default T get() {
        return all().get();
    }

    /** See {@link QuerySet#get(String, Object, Object...)}. */
    default T get(String lookup, Object value, Object... more) {
        return all().get(lookup, value, more);
    }

    /** See {@link QuerySet#get(String, Object)}. */
    default T get(String lookup, Object value) {
        return get(lookup, value, QueryRefinements.NO_MORE); // through the varargs form, which a subclass may override
    }

    /** See {@link QuerySet#getAsync()}. */
    default CompletableFuture<T> getAsync() {
        return all().getAsync();
    }

    /** See {@link QuerySet#getAsync(String, Object, Object...)}. */
    default CompletableFuture<T> getAsync(String lookup, Object value, Object... more) {
        return all().getAsync(lookup, value, more);
    }

    /** See {@link QuerySet#getOrNull(String, Object, Object...)}. */
    default T getOrNull(String lookup, Object value, Object... more) {
        return all().getOrNull(lookup, value, more);
    }

    /** See {@link QuerySet#getOrNullAsync(String, Object, Object...)}. */
    default CompletableFuture<T> getOrNullAsync(String lookup, Object value, Object... more) {
        return all().getOrNullAsync(lookup, value, more);
    }

    /** See {@link QuerySet#count()}. */
    default long count() {
        return all().count();
    }

    /** See {@link QuerySet#countAsync()}. */
    default CompletableFuture<Long> countAsync() {
        return all().countAsync();
    }

    /** See {@link QuerySet#exists()}. */
    default boolean exists() {
        return all().exists();
    }

    /** See {@link QuerySet#existsAsync()}. */
    default CompletableFuture<Boolean> existsAsync() {
        return all().existsAsync();
    }

    /** See {@link QuerySet#first()}. */
    default Optional<T> first() {
        return all().first();
    }

    /** See {@link QuerySet#firstAsync()}. */
    default CompletableFuture<Optional<T>> firstAsync() {
        return all().firstAsync();
    }

    /** See {@link QuerySet#last()}. */
    default Optional<T> last() {
        return all().last();
    }

    /** See {@link QuerySet#lastAsync()}. */
    default CompletableFuture<Optional<T>> lastAsync() {
        return all().lastAsync();
    }

    /** See {@link QuerySet#latest}. */
    default T latest(String... fields) {
        return all().latest(fields);
    }

    /** See {@link QuerySet#latestAsync}. */
    default CompletableFuture<T> latestAsync(String... fields) {
        return all().latestAsync(fields);
    }

    /** See {@link QuerySet#earliest}. */
    default T earliest(String... fields) {
        return all().earliest(fields);
    }

    /** See {@link QuerySet#earliestAsync}. */
    default CompletableFuture<T> earliestAsync(String... fields) {
        return all().earliestAsync(fields);
    }

    /** See {@link QuerySet#aggregate(Expression...)}. */
    default Map<String, Object> aggregate(Expression... aggregates) {
        return all().aggregate(aggregates);
    }

    /** See {@link QuerySet#aggregate(String, Expression, Object...)}. */
    default Map<String, Object> aggregate(String name, Expression aggregate, Object... more) {
        return all().aggregate(name, aggregate, more);
    }

    /** See {@link QuerySet#aggregateAsync(Expression...)}. */
    default CompletableFuture<Map<String, Object>> aggregateAsync(Expression... aggregates) {
        return all().aggregateAsync(aggregates);
    }

    /** See {@link QuerySet#dates(String, String)}. */
    default List<LocalDate> dates(String field, String kind) {
        return all().dates(field, kind);
    }

    /** See {@link QuerySet#dates(String, String, String)}. */
    default List<LocalDate> dates(String field, String kind, String order) {
        return all().dates(field, kind, order);
    }

    /** See {@link QuerySet#datetimes(String, String)}. */
    default List<OffsetDateTime> datetimes(String field, String kind) {
        return all().datetimes(field, kind);
    }

    /** See {@link QuerySet#datetimes(String, String, String)}. */
    default List<OffsetDateTime> datetimes(String field, String kind, String order) {
        return all().datetimes(field, kind, order);
    }

    /** See {@link QuerySet#inBulk(Collection)}. */
    default Map<Object, T> inBulk(Collection<?> keys) {
        return all().inBulk(keys);
    }

    /** See {@link QuerySet#inBulk(Collection, String)}. */
    default Map<Object, T> inBulk(Collection<?> values, String field) {
        return all().inBulk(values, field);
    }

    /** See {@link QuerySet#inBulk()}. */
    default Map<Object, T> inBulk() {
        return all().inBulk();
    }

    /** See {@link QuerySet#inBulkAsync(Collection)}. */
    default CompletableFuture<Map<Object, T>> inBulkAsync(Collection<?> keys) {
        return all().inBulkAsync(keys);
    }

    /** See {@link QuerySet#inBulkAsync(Collection, String)}. */
    default CompletableFuture<Map<Object, T>> inBulkAsync(Collection<?> values, String field) {
        return all().inBulkAsync(values, field);
    }

    /** See {@link QuerySet#stream()}. */
    default Stream<T> stream() {
        return all().stream();
    }

    /** See {@link QuerySet#iterate(int)}. */
    default Stream<T> iterate(int chunkSize) {
        return all().iterate(chunkSize);
    }

    /** See {@link QuerySet#iterateAsync}. */
    default CompletableFuture<Long> iterateAsync(int chunkSize, Consumer<? super T> action) {
        return all().iterateAsync(chunkSize, action);
    }

    /** See {@link QuerySet#explain()}. */
    default String explain() {
        return all().explain();
    }

    /** See {@link QuerySet#explainAsync()}. */
    default CompletableFuture<String> explainAsync() {
        return all().explainAsync();
    }
}
