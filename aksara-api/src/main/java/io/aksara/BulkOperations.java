package io.aksara;

import io.aksara.internal.Async;
import io.aksara.internal.BulkWrites;
import io.aksara.meta.ModelMeta;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Writing many rows at once: {@code bulkCreate}, {@code bulkUpdate} and {@code upsert}, each in
 * batches of one statement, all-or-nothing. Implemented by {@link QuerySet} (and reached through
 * {@link Manager}); kept apart so each file has one job.
 *
 * <pre>{@code
 * List<Product> saved = Product.objects.bulkCreate(products, 500);   // keys are set on the objects
 * }</pre>
 *
 * @param <T> the model
 */
public interface BulkOperations<T extends Model> {
    /** The model written. */
    ModelMeta<T> meta();

    /** The alias of the database written to; null for the default one. */
    String database();

    /**
     * Inserts the objects in batches of {@value io.aksara.internal.BulkWrites#DEFAULT_BATCH_SIZE};
     * see {@link #bulkCreate(List, int, boolean)}.
     *
     * <pre>{@code Product.objects.bulkCreate(List.of(kettle, toaster)); }</pre>
     */
    default List<T> bulkCreate(List<T> objs) {
        return bulkCreate(objs, BulkWrites.DEFAULT_BATCH_SIZE, false);
    }

    /** Inserts the objects, {@code batchSize} rows per statement; see {@link #bulkCreate(List, int, boolean)}. */
    default List<T> bulkCreate(List<T> objs, int batchSize) {
        return bulkCreate(objs, batchSize, false);
    }

    /**
     * Inserts the objects with one multi-row INSERT per {@code batchSize} objects: one round trip
     * per batch (Django's {@code bulk_create}). First every object gets its automatic values
     * ({@code autoNowAdd}, {@code autoNow}, generated UUID keys) and is validated; one invalid
     * object fails the call with a {@link io.aksara.errors.ValidationError} naming each invalid
     * object by index, before any SQL. Several batches run in one transaction, so a failure
     * writes nothing. No {@code save()} is called.
     *
     * <p>Generated primary keys are set on the objects, which then count as saved: on PostgreSQL,
     * H2 and MariaDB (through {@code RETURNING} or the driver's generated keys) and on MySQL (the
     * consecutive ids the driver reports for one multi-row INSERT).
     *
     * <p>With {@code ignoreConflicts}, rows that would break a unique constraint are skipped
     * ({@code ON CONFLICT DO NOTHING}, MySQL's {@code INSERT IGNORE}, a {@code MERGE} on H2), and
     * each batch is a JDBC batch of single-row INSERTs. Keys are then set, and objects marked
     * saved, only for the rows the database reports inserted: on PostgreSQL, H2 and the MariaDB
     * driver. MySQL Connector/J rewrites a batch of several rows into one statement and reports
     * no per-row result, so there no key is set and no object is marked saved. Beware that MySQL's
     * {@code INSERT IGNORE} also turns other errors (a bad foreign key, a too-long value) into
     * warnings.
     *
     * <pre>{@code
     * List<Product> rows = new ArrayList<>();
     * for (int i = 0; i < 10_000; i++) rows.add(Product.objects.build("name", "Item " + i, "price", 1, "category", c));
     * Product.objects.bulkCreate(rows, 500, false);   // 20 INSERTs; every rows.get(i).id is set
     * }</pre>
     *
     * @return the same list
     */
    default List<T> bulkCreate(List<T> objs, int batchSize, boolean ignoreConflicts) {
        return BulkWrites.create(meta(), database(), objs, batchSize, ignoreConflicts).get();
    }

    /** {@link #bulkCreate(List)} on a virtual thread; the objects are validated now. */
    default CompletableFuture<List<T>> bulkCreateAsync(List<T> objs) {
        return Async.supply(BulkWrites.create(meta(), database(), objs, BulkWrites.DEFAULT_BATCH_SIZE, false));
    }

    /** {@link #bulkCreate(List, int, boolean)} on a virtual thread; the objects are validated now. */
    default CompletableFuture<List<T>> bulkCreateAsync(List<T> objs, int batchSize, boolean ignoreConflicts) {
        return Async.supply(BulkWrites.create(meta(), database(), objs, batchSize, ignoreConflicts));
    }

    /**
     * Writes the named fields of each saved object to its row ({@code UPDATE ... WHERE pk = ?}),
     * as JDBC batches of {@value io.aksara.internal.BulkWrites#DEFAULT_BATCH_SIZE}, all in one
     * transaction; returns the number of rows matched (Django's {@code bulk_update}). The fields
     * are validated on every object first. As in Django, {@code autoNow} fields are written only
     * if listed, and no {@code save()} is called.
     *
     * <pre>{@code
     * for (Product p : products) p.price = p.price.multiply(new BigDecimal("1.10"));
     * long n = Product.objects.bulkUpdate(products, "price");
     * }</pre>
     *
     * @throws io.aksara.errors.FieldError before any SQL for no fields, an unknown field, the primary key, or an unsaved object
     */
    default long bulkUpdate(List<T> objs, String... fields) {
        return bulkUpdate(objs, BulkWrites.DEFAULT_BATCH_SIZE, fields);
    }

    /** {@link #bulkUpdate(List, String...)} with {@code batchSize} UPDATEs per JDBC batch. */
    default long bulkUpdate(List<T> objs, int batchSize, String... fields) {
        return BulkWrites.update(meta(), database(), objs, batchSize, fields).get();
    }

    /** {@link #bulkUpdate(List, String...)} on a virtual thread; the objects are validated now. */
    default CompletableFuture<Long> bulkUpdateAsync(List<T> objs, String... fields) {
        return Async.supply(BulkWrites.update(meta(), database(), objs, BulkWrites.DEFAULT_BATCH_SIZE, fields));
    }

    /**
     * Inserts the objects, and where a row with the same {@code conflictFields} exists, updates
     * its {@code updateFields} instead: one statement per batch of
     * {@value io.aksara.internal.BulkWrites#DEFAULT_BATCH_SIZE} (Django's
     * {@code bulk_create(update_conflicts=True)}). PostgreSQL: {@code INSERT ... ON CONFLICT (..)
     * DO UPDATE}; MySQL and MariaDB: {@code INSERT ... ON DUPLICATE KEY UPDATE}; H2:
     * {@code MERGE INTO ... USING ... WHEN MATCHED THEN UPDATE}.
     *
     * <p>Objects are prepared and validated as in {@link #bulkCreate(List, int, boolean)}. The
     * conflict fields must be a unique constraint (the primary key, a unique field, or a
     * {@code uniqueTogether}), and no two objects may share their values. Other columns of an
     * existing row keep their values (so {@code autoNowAdd} does, and {@code autoNow} is written
     * only if listed). MySQL and MariaDB react to a conflict on any unique key of the table,
     * not only the one named. Keys are set on the objects (which then count as saved) on
     * PostgreSQL only, from {@code RETURNING}; elsewhere reload them, e.g. with
     * {@link QuerySet#inBulk(java.util.Collection, String)}.
     *
     * <pre>{@code
     * User.objects.upsert(users, List.of("email"), List.of("name", "age"));
     * }</pre>
     *
     * @return the same list
     */
    default List<T> upsert(List<T> objs, List<String> conflictFields, List<String> updateFields) {
        return upsert(objs, conflictFields, updateFields, BulkWrites.DEFAULT_BATCH_SIZE);
    }

    /** {@link #upsert(List, List, List)} with {@code batchSize} rows per statement. */
    default List<T> upsert(List<T> objs, List<String> conflictFields, List<String> updateFields, int batchSize) {
        return BulkWrites.upsert(meta(), database(), objs, conflictFields, updateFields, batchSize).get();
    }

    /** {@link #upsert(List, List, List)} on a virtual thread; the objects are validated now. */
    default CompletableFuture<List<T>> upsertAsync(List<T> objs, List<String> conflictFields, List<String> updateFields) {
        return Async.supply(BulkWrites.upsert(meta(), database(), objs, conflictFields, updateFields,
                BulkWrites.DEFAULT_BATCH_SIZE));
    }
}
