package io.aksara;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The writing QuerySet methods a manager offers ({@code create}, {@code getOrCreate},
 * {@code updateOrCreate}, {@code update} and the bulk writes), each one forwarding to
 * {@link #all()}; the rest are in {@link QueryMethods}, which extends this. Through a related
 * manager the rows written belong to its owner.
 *
 * <pre>{@code
 * Product mouse = Product.objects.create("name", "Mouse", "price", 25);
 * electronics.products().getOrCreate(Map.of("name", "Mouse"), Map.of("price", 25));  // category set
 * }</pre>
 *
 * <p>The methods are documented on {@link QuerySet} and {@link BulkOperations}; each here is
 * {@code all().method(...)}.
 *
 * @param <T> the model
 */
public interface QueryWriteMethods<T extends Model> {
    /** Every row this manager covers, as a lazy QuerySet. */
    QuerySet<T> all();

    // ---------------------------------------------------------------- writing

    /** See {@link QuerySet#create}; through a related manager the row belongs to the owner. */
    default T create(String field, Object value, Object... more) {
        return all().create(field, value, more);
    }

    /** See {@link QuerySet#createAsync}. */
    default CompletableFuture<T> createAsync(String field, Object value, Object... more) {
        return all().createAsync(field, value, more);
    }

    /** See {@link QuerySet#getOrCreate(Map, Map)}; through a related manager a new row belongs to the owner. */
    default Created<T> getOrCreate(Map<String, ?> lookup, Map<String, ?> defaults) {
        return all().getOrCreate(lookup, defaults);
    }

    /** See {@link QuerySet#getOrCreate(Map)}. */
    default Created<T> getOrCreate(Map<String, ?> lookup) {
        return all().getOrCreate(lookup);
    }

    /** See {@link QuerySet#getOrCreateAsync}. */
    default CompletableFuture<Created<T>> getOrCreateAsync(Map<String, ?> lookup, Map<String, ?> defaults) {
        return all().getOrCreateAsync(lookup, defaults);
    }

    /** See {@link QuerySet#updateOrCreate(Map, Map)}; through a related manager a new row belongs to the owner. */
    default Created<T> updateOrCreate(Map<String, ?> lookup, Map<String, ?> defaults) {
        return all().updateOrCreate(lookup, defaults);
    }

    /** See {@link QuerySet#updateOrCreate(Map, Map, Map)}. */
    default Created<T> updateOrCreate(Map<String, ?> lookup, Map<String, ?> defaults, Map<String, ?> createDefaults) {
        return all().updateOrCreate(lookup, defaults, createDefaults);
    }

    /** See {@link QuerySet#updateOrCreateAsync}. */
    default CompletableFuture<Created<T>> updateOrCreateAsync(Map<String, ?> lookup, Map<String, ?> defaults) {
        return all().updateOrCreateAsync(lookup, defaults);
    }

    /** See {@link QuerySet#update}: one UPDATE of the rows this manager covers. */
    default long update(String field, Object value, Object... more) {
        return all().update(field, value, more);
    }

    /** See {@link QuerySet#updateAsync}. */
    default CompletableFuture<Long> updateAsync(String field, Object value, Object... more) {
        return all().updateAsync(field, value, more);
    }

    /** See {@link QuerySet#bulkCreate(List)}. */
    default List<T> bulkCreate(List<T> objs) {
        return all().bulkCreate(objs);
    }

    /** See {@link QuerySet#bulkCreate(List, int)}. */
    default List<T> bulkCreate(List<T> objs, int batchSize) {
        return all().bulkCreate(objs, batchSize);
    }

    /** See {@link QuerySet#bulkCreate(List, int, boolean)}. */
    default List<T> bulkCreate(List<T> objs, int batchSize, boolean ignoreConflicts) {
        return all().bulkCreate(objs, batchSize, ignoreConflicts);
    }

    /** See {@link QuerySet#bulkCreateAsync(List)}. */
    default CompletableFuture<List<T>> bulkCreateAsync(List<T> objs) {
        return all().bulkCreateAsync(objs);
    }

    /** See {@link QuerySet#bulkCreateAsync(List, int, boolean)}. */
    default CompletableFuture<List<T>> bulkCreateAsync(List<T> objs, int batchSize, boolean ignoreConflicts) {
        return all().bulkCreateAsync(objs, batchSize, ignoreConflicts);
    }

    /** See {@link QuerySet#bulkUpdate(List, String...)}. */
    default long bulkUpdate(List<T> objs, String... fields) {
        return all().bulkUpdate(objs, fields);
    }

    /** See {@link QuerySet#bulkUpdate(List, int, String...)}. */
    default long bulkUpdate(List<T> objs, int batchSize, String... fields) {
        return all().bulkUpdate(objs, batchSize, fields);
    }

    /** See {@link QuerySet#bulkUpdateAsync(List, String...)}. */
    default CompletableFuture<Long> bulkUpdateAsync(List<T> objs, String... fields) {
        return all().bulkUpdateAsync(objs, fields);
    }

    /** See {@link QuerySet#upsert(List, List, List)}. */
    default List<T> upsert(List<T> objs, List<String> conflictFields, List<String> updateFields) {
        return all().upsert(objs, conflictFields, updateFields);
    }

    /** See {@link QuerySet#upsert(List, List, List, int)}. */
    default List<T> upsert(List<T> objs, List<String> conflictFields, List<String> updateFields, int batchSize) {
        return all().upsert(objs, conflictFields, updateFields, batchSize);
    }

    /** See {@link QuerySet#upsertAsync(List, List, List)}. */
    default CompletableFuture<List<T>> upsertAsync(List<T> objs, List<String> conflictFields, List<String> updateFields) {
        return all().upsertAsync(objs, conflictFields, updateFields);
    }
}
