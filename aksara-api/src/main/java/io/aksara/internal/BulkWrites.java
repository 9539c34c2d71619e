package io.aksara.internal;

import io.aksara.Aksara;
import io.aksara.Model;
import io.aksara.Transaction;
import io.aksara.errors.FieldError;
import io.aksara.errors.ValidationError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.IndexMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.spi.Backend;
import io.aksara.spi.CopiedColumns;
import io.aksara.spi.TransactionContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code bulkCreate}, {@code bulkUpdate} and {@code upsert}: every argument and every object is
 * checked first (automatic values applied, then validated), so bad input fails before any SQL and
 * nothing is half-written; then the backend writes in batches. Several statements run in one
 * transaction (inside an atomic block they simply join it), so a failure leaves no batch behind,
 * as Django's {@code bulk_create} does.
 */
public final class BulkWrites {
    /** Rows per statement when the caller does not say. */
    public static final int DEFAULT_BATCH_SIZE = 1000;

    /**
     * The most bound values one statement may carry: PostgreSQL's limit (a 16-bit count in its
     * protocol), the lowest of the supported databases. Batches are cut so they stay under it.
     */
    static final int MAX_PARAMETERS = 65_535;

    /** How many invalid objects a {@link ValidationError} lists before it summarises the rest. */
    private static final int REPORTED_INVALID = 20;

    private BulkWrites() {}

    /**
     * See {@code QuerySet.bulkCreate}. Checks everything now (automatic values applied, every
     * object validated) and returns the writing, which runs when called.
     */
    public static <T extends Model> Supplier<List<T>> create(ModelMeta<T> meta, String using, List<T> objs,
            int batchSize, boolean ignoreConflicts) {
        if (meta.parentLink() != null) { // Django refuses it too: the parents' keys would be needed first
            throw new io.aksara.errors.AksaraException("bulkCreate() of " + meta.name() + ": it extends the concrete model "
                    + meta.parentMeta().name() + " (multi-table inheritance), whose rows would have to be inserted first; "
                    + "save() each " + meta.name() + " instead (each in one transaction with its parents)");
        }
        if (objs != null && PerDatabaseWrites.applies(using, meta.type())) {
            checkObjects("bulkCreate", meta, objs);
            return PerDatabaseWrites.split(objs, (alias, group) -> create(meta, alias, group, batchSize, ignoreConflicts),
                    (done, group) -> objs, objs);
        }
        String database = Routing.forWrite(using, meta.type());
        requireBatchSize("bulkCreate", meta, batchSize);
        checkObjects("bulkCreate", meta, objs);
        if (objs.isEmpty()) {
            return () -> objs;
        }
        if (Persistence.hasAutomaticValuesOnAdd(meta)) {
            for (T o : objs) {
                Persistence.applyAutomaticValues(meta, o, true);
            }
        }
        TenantRows.stampAll(meta, objs, database);
        Object[] copied = validate(meta, objs, meta.fields(), !ignoreConflicts); // ignoring conflicts binds row by row: no copy
        int generatedCount = Groups.generatedCount(meta, objs);
        // the columns the validation copied go on with the instances, so the backend binds them
        // instead of reading every instance again (one copy for both); a list split by key has none
        List<T> all = copied != null ? CopiedColumns.of(objs, copied) : objs;
        List<T> generated = generatedCount == objs.size() ? all : Groups.of(meta, objs, generatedCount, true);
        List<T> given = generatedCount == 0 ? all : Groups.of(meta, objs, generatedCount, false);
        String alias = alias(database);
        int generatedBatch = rowsPerStatement(batchSize, meta.fields().size() - 1);
        int givenBatch = rowsPerStatement(batchSize, meta.fields().size());
        // without ignoreConflicts each batch is one multi-row INSERT; with it, one statement per row
        boolean several = ignoreConflicts ? objs.size() > 1
                : statements(generated.size(), generatedBatch) + statements(given.size(), givenBatch) > 1;
        return () -> {
            Backend backend = Aksara.backend(database);
            // the keys of each group, in its order; applied once the rows are committed (or the block goes on)
            List<List<Object>> keys = atomically(alias, several, () -> List.of(
                    generated.isEmpty() ? List.of() : backend.bulkInsert(meta, generated, generatedBatch, ignoreConflicts),
                    given.isEmpty() ? List.of() : backend.bulkInsert(meta, given, givenBatch, ignoreConflicts)));
            markSaved(meta, alias, generated, keys.get(0));
            markSaved(meta, alias, given, keys.get(1));
            return objs;
        };
    }

    /** See {@code QuerySet.bulkUpdate}. Checks everything now and returns the writing. */
    public static <T extends Model> Supplier<Long> update(ModelMeta<T> meta, String using, List<T> objs,
            int batchSize, String... fieldNames) {
        if (objs != null && PerDatabaseWrites.applies(using, meta.type())) {
            checkObjects("bulkUpdate", meta, objs);
            return PerDatabaseWrites.split(objs, (alias, group) -> update(meta, alias, group, batchSize, fieldNames), Long::sum, 0L);
        }
        String database = Routing.forWrite(using, meta.type());
        requireBatchSize("bulkUpdate", meta, batchSize);
        checkObjects("bulkUpdate", meta, objs);
        if (fieldNames == null || fieldNames.length == 0) {
            throw new FieldError("bulkUpdate() of " + meta.name()
                    + " needs the names of the fields to write, e.g. bulkUpdate(users, \"name\", \"age\")");
        }
        Map<ModelMeta<?>, String[]> byTable = InheritedFields.byTable(meta, fieldNames);
        if (byTable == null) {
            return updateTable(meta, database, objs, batchSize, fieldNames);
        }
        List<Supplier<Long>> writes = new ArrayList<>(); // a multi-table child: each table's fields, checked now
        byTable.forEach((owner, names) -> writes.add(updateTable(owner, database, objs, batchSize, names)));
        return () -> atomically(alias(database), !objs.isEmpty(), () -> InheritedFields.runInOrder(writes));
    }

    /** {@link #update} of fields that are all {@code meta}'s own (one table); {@code objs} are {@code meta}'s or a child's. */
    @SuppressWarnings("unchecked")
    private static <T extends Model> Supplier<Long> updateTable(ModelMeta<T> meta, String database, List<? extends Model> children,
            int batchSize, String... fieldNames) {
        List<T> objs = (List<T>) children;
        List<FieldMeta<T, ?>> fields = resolve(meta, "bulkUpdate", List.of(fieldNames));
        for (FieldMeta<T, ?> f : fields) {
            if (meta.isKeyField(f)) {
                throw new FieldError("bulkUpdate() cannot change the primary key " + f.qualifiedName() + ": rows are found by it");
            }
            if (f.isGeneratedColumn()) {
                throw new FieldError(GeneratedColumns.readOnly(f, "bulkUpdate()"));
            }
        }
        for (int i = 0; i < objs.size(); i++) {
            if (CompositeKeys.valueOf(meta, objs.get(i)) == null) {
                throw new FieldError("bulkUpdate() writes rows that exist: the " + meta.name() + " at index " + i
                        + " has no primary key (save it, or use bulkCreate)");
            }
        }
        BulkValidation.requireSavedTargets("bulkUpdate()", meta, fields, objs);
        if (objs.isEmpty()) {
            return () -> 0L;
        }
        List<FieldMeta<T, ?>> written = new ArrayList<>(meta.primaryKeyFields());
        written.addAll(fields);
        // with the model's column writer, the key and fields are copied once: checked over the copies,
        // which go on to the backend with the instances and are bound from there (as bulkCreate's)
        Object[] copied = BulkValidation.validateCopying(meta, objs, fields, REPORTED_INVALID, written);
        List<T> rows = copied != null ? CopiedColumns.of(objs, copied) : objs;
        TenantRows.requireOwnRows(meta, objs, database);
        return () -> {
            Backend backend = Aksara.backend(database);
            // one statement (PostgreSQL's unnest UPDATE of one batch) is atomic by itself: no BEGIN/COMMIT round trip
            long inOne = backend.bulkUpdateInOneStatement(meta, rows, fields, batchSize);
            return inOne >= 0 ? inOne
                    : atomically(alias(database), objs.size() > 1, () -> backend.bulkUpdate(meta, rows, fields, batchSize));
        };
    }

    /** See {@code QuerySet.upsert}. Checks everything now and returns the writing. */
    public static <T extends Model> Supplier<List<T>> upsert(ModelMeta<T> meta, String using, List<T> objs,
            List<String> conflictNames, List<String> updateNames, int batchSize) {
        if (objs != null && PerDatabaseWrites.applies(using, meta.type())) {
            checkObjects("upsert", meta, objs);
            return PerDatabaseWrites.split(objs, (alias, group) -> upsert(meta, alias, group, conflictNames, updateNames, batchSize),
                    (done, group) -> objs, objs);
        }
        String database = Routing.forWrite(using, meta.type());
        requireBatchSize("upsert", meta, batchSize);
        checkObjects("upsert", meta, objs);
        if (conflictNames == null || conflictNames.isEmpty()) {
            throw new FieldError("upsert() needs the fields of a unique constraint to detect conflicts on, e.g. List.of(\"email\")");
        }
        if (updateNames == null || updateNames.isEmpty()) {
            throw new FieldError("upsert() needs the fields to write when a row already exists, e.g. List.of(\"name\")");
        }
        List<FieldMeta<T, ?>> conflict = resolve(meta, "upsert", conflictNames);
        requireUnique(meta, conflict);
        List<FieldMeta<T, ?>> update = resolve(meta, "upsert", updateNames);
        for (FieldMeta<T, ?> f : update) {
            if (f.primaryKey() || meta.isKeyField(f)) {
                throw new FieldError("upsert() cannot change the primary key " + f.qualifiedName()
                        + " of an existing row; leave it out of the update fields");
            }
            if (f.isGeneratedColumn()) {
                throw new FieldError(GeneratedColumns.readOnly(f, "upsert()"));
            }
        }
        if (objs.isEmpty()) {
            return () -> objs;
        }
        for (T o : objs) {
            Persistence.applyAutomaticValues(meta, o, true);
        }
        TenantRows.requireTenantAmong(meta, conflict, "upsert()'s conflict fields");
        TenantRows.stampAll(meta, objs, database);
        // as bulkCreate's, the copies go on to be bound (not for a multi-table child, whose writer holds its own fields)
        Object[] copied = validate(meta, objs, meta.fields(), meta.parentLink() == null);
        requireDistinct(meta, objs, conflict);
        int generatedCount = Groups.generatedCount(meta, objs);
        List<T> all = copied != null ? CopiedColumns.of(objs, copied) : objs;
        List<T> generated = generatedCount == objs.size() ? all : Groups.of(meta, objs, generatedCount, true);
        List<T> given = generatedCount == 0 ? all : Groups.of(meta, objs, generatedCount, false);
        String alias = alias(database);
        int generatedBatch = rowsPerStatement(batchSize, meta.fields().size() - 1);
        int givenBatch = rowsPerStatement(batchSize, meta.fields().size());
        boolean several = statements(generated.size(), generatedBatch) + statements(given.size(), givenBatch) > 1;
        return () -> {
            Backend backend = Aksara.backend(database);
            List<List<Object>> keys = atomically(alias, several, () -> List.of(
                    generated.isEmpty() ? List.of() : backend.upsert(meta, generated, conflict, update, generatedBatch),
                    given.isEmpty() ? List.of() : backend.upsert(meta, given, conflict, update, givenBatch)));
            markSaved(meta, alias, generated, keys.get(0));
            markSaved(meta, alias, given, keys.get(1));
            return objs;
        };
    }

    // ---------------------------------------------------------------- checks

    private static void requireBatchSize(String method, ModelMeta<?> meta, int batchSize) {
        if (batchSize <= 0) {
            throw new FieldError(method + "() of " + meta.name() + ": batchSize must be positive, got " + batchSize);
        }
    }

    private static <T extends Model> void checkObjects(String method, ModelMeta<T> meta, List<T> objs) {
        if (objs == null) {
            throw new FieldError(method + "() needs a list of " + meta.name() + " objects, got null");
        }
        Class<?> checked = null; // the class last found to be the model's: a list holds one class, looked up once
        for (int i = 0; i < objs.size(); i++) {
            T o = objs.get(i);
            if (o == null) {
                throw new FieldError(method + "() got null at index " + i + " of its list of " + meta.name() + " objects");
            }
            if (o.getClass() != checked && ModelRegistry.metaOf(checked = o.getClass()) != meta) {
                throw new FieldError(method + "() on " + meta.name() + " got a " + o.getClass().getSimpleName()
                        + " at index " + i);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Model> List<FieldMeta<T, ?>> resolve(ModelMeta<T> meta, String method, List<String> names) {
        Set<FieldMeta<T, ?>> out = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null) {
                throw new FieldError(method + "() got a null field name for " + meta.name());
            }
            // a foreign key to a composite key is written as its columns
            out.addAll(meta.columnsOf(Resolver.field(meta, name)));
        }
        return List.copyOf(out);
    }

    /** The conflict fields must be exactly a unique constraint: ON CONFLICT needs one to name. */
    private static <T extends Model> void requireUnique(ModelMeta<T> meta, List<FieldMeta<T, ?>> conflict) {
        Set<FieldMeta<?, ?>> given = new HashSet<>(conflict);
        List<String> choices = new ArrayList<>();
        if (meta.hasCompositeKey()) {   // the composite primary key is a unique constraint of its own
            if (given.equals(new HashSet<>(meta.primaryKeyFields()))) {
                return;
            }
            choices.add("(" + String.join(", ", meta.primaryKeyFields().stream().map(FieldMeta::name).toList()) + ")");
        }
        for (FieldMeta<T, ?> f : meta.fields()) {
            if (f.unique()) {
                if (given.equals(Set.of(f))) {
                    return;
                }
                choices.add("(" + f.name() + ")");
            }
        }
        for (IndexMeta ix : meta.indexes()) {
            if (ix.unique()) {
                if (given.equals(new HashSet<>(ix.fields()))) {
                    return;
                }
                choices.add("(" + String.join(", ", ix.fields().stream().map(FieldMeta::name).toList()) + ")");
            }
        }
        throw new FieldError("upsert() detects conflicts on a unique constraint, and " + meta.name() + " has none on ("
                + String.join(", ", conflict.stream().map(FieldMeta::name).toList()) + "). Unique: "
                + String.join(", ", choices));
    }

    /**
     * Two objects with the same conflict values would make one statement write one row twice,
     * which PostgreSQL and H2 refuse (and MySQL silently resolves): refused here, before SQL.
     */
    private static <T extends Model> void requireDistinct(ModelMeta<T> meta, List<T> objs, List<FieldMeta<T, ?>> conflict) {
        Map<Object, Integer> seen = new HashMap<>();
        FieldMeta<T, ?> only = conflict.size() == 1 ? conflict.getFirst() : null; // the usual case: no list per object
        for (int i = 0; i < objs.size(); i++) {
            List<Object> values = only != null ? null : new ArrayList<>(conflict.size());
            for (int c = 0; values != null && c < conflict.size(); c++) {
                values.add(conflict.get(c).columnValue(objs.get(i)));
            }
            Object key = values == null ? only.columnValue(objs.get(i)) : values.contains(null) ? null : values;
            if (key == null) {
                continue; // NULLs never conflict
            }
            Integer earlier = seen.putIfAbsent(key, i);
            if (earlier != null) {
                throw new FieldError("upsert() got two " + meta.name() + " objects with the same "
                        + String.join(", ", conflict.stream().map(FieldMeta::name).toList()) + " "
                        + (values != null ? values : List.of(key)) + " (at index " + earlier + " and " + i + "); one statement cannot write a row twice");
            }
        }
    }

    /** Validates every object before any SQL (see {@link BulkValidation}); with {@code copy}, the columns it copied, or null. */
    private static <T extends Model> Object[] validate(ModelMeta<T> meta, List<T> objs, List<FieldMeta<T, ?>> fields,
            boolean copy) {
        return BulkValidation.validate(meta, objs, fields, REPORTED_INVALID, copy);
    }

    // ---------------------------------------------------------------- running

    private static String alias(String database) {
        return database == null ? Aksara.DEFAULT : database;
    }

    private static int rowsPerStatement(int batchSize, int columns) {
        return Math.max(1, Math.min(batchSize, MAX_PARAMETERS / Math.max(1, columns)));
    }

    private static int statements(int rows, int batch) {
        return (rows + batch - 1) / batch;
    }

    /**
     * Several statements run in one transaction; inside an atomic block they join it (a failure
     * then breaks the block, as Django's {@code atomic(savepoint=False)}).
     */
    private static <R> R atomically(String alias, boolean several, Supplier<R> work) {
        if (!several || TransactionContext.isActive(alias)) {
            return work.get();
        }
        return Transaction.using(alias).atomic(work);
    }

    /** Objects the database confirmed ({@code keys[i]} not null) get their key and count as saved; the others stay as they were. */
    private static <T extends Model> void markSaved(ModelMeta<T> meta, String alias, List<T> objs, List<Object> keys) {
        FieldMeta<T, ?> pk = meta.hasCompositeKey() ? null : meta.primaryKey(); // a composite key was given, not made
        for (int i = 0; i < objs.size(); i++) {
            T o = objs.get(i);
            Object key = i < keys.size() ? keys.get(i) : null;
            if (key != null) {
                if (pk != null) {
                    pk.setColumnValue(o, key);
                }
                ModelInternals.markPersisted(o, alias);
            }
        }
    }

    /**
     * Objects whose key the database generates, and objects that carry their own; each group keeps
     * its order. Static helpers, no object for the pair: the usual call has one group, the list itself.
     */
    private static final class Groups {
        private Groups() {}

        /** How many objects leave their key to the database. */
        static <T extends Model> int generatedCount(ModelMeta<T> meta, List<T> objs) {
            if (meta.hasCompositeKey()) {
                return 0; // a composite key is given, never made
            }
            FieldMeta<T, ?> pk = meta.primaryKey();
            int generatedCount = 0;
            for (int i = 0; i < objs.size(); i++) {
                generatedCount += pk.generated() && pk.get(objs.get(i)) == null ? 1 : 0;
            }
            return generatedCount;
        }

        /** The objects whose key is {@code generated} (or given): the list itself when that is all of them. */
        static <T extends Model> List<T> of(ModelMeta<T> meta, List<T> objs, int generatedCount, boolean generated) {
            int count = generated ? generatedCount : objs.size() - generatedCount;
            if (count == objs.size() || count == 0) {
                return count == 0 ? List.of() : objs;
            }
            FieldMeta<T, ?> pk = meta.primaryKey();
            List<T> out = new ArrayList<>(count);
            for (int i = 0; i < objs.size(); i++) {
                T o = objs.get(i);
                if ((pk.generated() && pk.get(o) == null) == generated) {
                    out.add(o);
                }
            }
            return out;
        }
    }
}
