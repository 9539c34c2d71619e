package io.aksara.internal;

import io.aksara.Aksara;
import io.aksara.Lifecycle;
import io.aksara.Model;
import io.aksara.errors.AksaraException;
import io.aksara.errors.DoesNotExist;
import io.aksara.errors.TenantViolation;
import io.aksara.internal.deletion.Deletion;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.query.SelectQuery;
import io.aksara.spi.Backend;
import io.aksara.tenancy.Tenants;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Saving, deleting and reloading single instances. The order inside {@link #save} is what keeps
 * bad data out: automatic values first, then validation, and only then SQL.
 */
public final class Persistence {
    private Persistence() {}

    /**
     * Inserts or updates the instance, as Django's {@code save()}: a new instance without a key is
     * inserted; one with a key is updated, and inserted when no row had that key.
     */
    public static <M extends Model> void save(M instance, String using) {
        ModelMeta<M> meta = meta(instance);
        if (meta.parentLink() != null) {
            MultiTableRows.save(meta, instance, using);
            return;
        }
        String database = Routing.forWrite(using, meta.type());
        boolean adding = !ModelInternals.isPersisted(instance);
        Lifecycle.preSave(instance, adding);
        applyAutomaticValues(meta, instance, adding);
        TenantRows.stamp(meta, instance);
        Validator.validate(meta, instance);
        Routing.checkRelations(meta, instance, database);
        TenantRows.checkReferences(meta, List.of(instance), database);
        Backend backend = TenantGuard.over(Aksara.backend(database), meta);
        FieldMeta<M, ?> pk = meta.hasCompositeKey() ? null : meta.primaryKey();
        // a key the database or Aksara just generated cannot have a row yet; any other key might
        boolean keyGivenByUser = pk == null ? CompositeKeys.valueOf(meta, instance) != null
                : pk.get(instance) != null && !(adding && pk.generated() && pk.type() == FieldType.UUID);
        FieldMeta<M, ?> version = Versions.field(meta);
        boolean inserted = false;
        if (version != null && !adding) {
            VersionedSave.update(meta, instance, version, database);
            DatabaseDefaults.reread(backend, meta, instance, GeneratedColumns.of(meta));
        } else if (keyGivenByUser && backend.updateRow(meta, instance) > 0) {
            // an UPDATE may change what a generated column is computed from: the row's value is read back
            DatabaseDefaults.reread(backend, meta, instance, GeneratedColumns.of(meta));
        } else {
            List<FieldMeta<M, ?>> filledByDatabase = DatabaseDefaults.unset(meta, instance);
            Object generated = backend.insert(meta, instance);
            if (generated != null && pk != null) {
                pk.setColumnValue(instance, generated);
            }
            DatabaseDefaults.reread(backend, meta, instance, filledByDatabase);
            inserted = true;
        }
        ModelInternals.markPersisted(instance, database == null ? Aksara.DEFAULT : database);
        Lifecycle.postSave(instance, inserted);
    }

    /**
     * Inserts the instance, never updating (Django's {@code save(force_insert=True)}): automatic
     * values, validation, then one INSERT. A row that already has the key is a UniqueViolation.
     */
    public static <M extends Model> void insert(M instance, String using) {
        ModelMeta<M> meta = meta(instance);
        if (meta.parentLink() != null) {
            MultiTableRows.insert(meta, instance, using); // a row per table of the chain, each inserted
            return;
        }
        String database = Routing.forWrite(using, meta.type());
        Lifecycle.preSave(instance, true);
        applyAutomaticValues(meta, instance, true);
        TenantRows.stamp(meta, instance);
        Validator.validate(meta, instance);
        Routing.checkRelations(meta, instance, database);
        TenantRows.checkReferences(meta, List.of(instance), database);
        List<FieldMeta<M, ?>> filledByDatabase = DatabaseDefaults.unset(meta, instance);
        Object generated = TenantGuard.over(Aksara.backend(database), meta).insert(meta, instance);
        if (generated != null && !meta.hasCompositeKey()) {
            meta.primaryKey().setColumnValue(instance, generated);
        }
        DatabaseDefaults.reread(TenantGuard.over(Aksara.backend(database), meta), meta, instance, filledByDatabase);
        ModelInternals.markPersisted(instance, database == null ? Aksara.DEFAULT : database);
        Lifecycle.postSave(instance, true);
    }

    /**
     * Deletes the instance's row and applies the on_delete rules of the foreign keys pointing to
     * it; returns the number of rows deleted, cascaded rows included.
     */
    public static <M extends Model> long delete(M instance, String database) {
        ModelMeta<M> meta = meta(instance);
        Object key = requireKey(meta, instance, "delete");
        if (TenantRows.scoped(meta) && !TenantGuard.over(Aksara.backend(database), meta).exists(byKey(meta, key))) {
            throw new TenantViolation(meta.name() + " pk=" + key + " is not a row of tenant '"
                    + Tenants.current() + "': nothing was deleted");
        }
        Lifecycle.preDelete(instance);
        // a multi-table child goes with its root row: the parent links cascade down to its own rows
        @SuppressWarnings({"unchecked", "rawtypes"})
        SelectQuery<?> rows = meta.parentLink() == null ? byKey(meta, key) : byKey((ModelMeta) MultiTableRows.root(meta), key);
        long n = Deletion.deleteByKey(TenantRows.restrict(rows), key, database);
        Lifecycle.postDelete(instance);
        if (!meta.hasCompositeKey()) { // a composite key's fields hold data of their own (often foreign keys): kept
            meta.primaryKey().set(instance, null);
        }
        ModelInternals.markPersisted(instance, null);
        return n;
    }

    /** Reloads every field from the database. */
    public static <M extends Model> void refresh(M instance, String database) {
        ModelMeta<M> meta = meta(instance);
        Object key = requireKey(meta, instance, "refresh");
        List<M> rows = TenantGuard.over(Aksara.backend(database), meta).fetch(byKey(meta, key));
        if (rows.isEmpty()) {
            throw new DoesNotExist(meta.type(), "pk=" + key);
        }
        M fresh = rows.getFirst();
        for (ModelMeta<?> level : MultiTableRows.levels(meta)) { // a multi-table child has its parents' fields too
            for (FieldMeta<?, ?> f : level.fields()) {
                copy(f, fresh, instance);
            }
        }
        ModelInternals.setDeferred(instance, Set.of());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void copy(FieldMeta f, Model from, Model to) {
        f.set(to, f.get(from));
    }

    private static <M extends Model> SelectQuery<M> byKey(ModelMeta<M> meta, Object key) {
        return SelectQuery.of(meta).withWhere(CompositeKeys.matching(meta, key));
    }

    private static <M extends Model> Object requireKey(ModelMeta<M> meta, M instance, String action) {
        Object key = CompositeKeys.valueOf(meta, instance);
        if (key == null) {
            throw new AksaraException("Cannot " + action + " a " + meta.name()
                    + " that has no primary key: it was never saved");
        }
        return key;
    }

    @SuppressWarnings("unchecked")
    private static <M extends Model> ModelMeta<M> meta(M instance) {
        return (ModelMeta<M>) ModelRegistry.metaOf(instance.getClass());
    }

    /**
     * Whether {@link #applyAutomaticValues} can change a new instance of the model: a field it
     * stamps, generates, versions or fills with its default. Asked once per bulk write, so the
     * rows of a model with none are not each walked field by field.
     */
    public static <M extends Model> boolean hasAutomaticValuesOnAdd(ModelMeta<M> meta) {
        FieldMeta<M, ?> version = Versions.field(meta);
        for (FieldMeta<M, ?> f : meta.fields()) {
            boolean stamped = (f.autoNow() || f.autoNowAdd()) && (f.type() == FieldType.DATE_TIME || f.type() == FieldType.DATE);
            if (stamped || (f.generated() && f.type() == FieldType.UUID) || f == version || f.explicitDefault() != null) {
                return true;
            }
        }
        return false;
    }

    /** Sets {@code autoNow} (and, when adding, {@code autoNowAdd}) stamps and generated UUID keys. */
    public static <M extends Model> void applyAutomaticValues(ModelMeta<M> meta, M instance, boolean adding) {
        List<FieldMeta<M, ?>> fields = meta.fields();
        // looked up once per instance, not once per field: the bulk path runs this for every object
        FieldMeta<M, ?> version = adding ? Versions.field(meta) : null;
        for (int i = 0; i < fields.size(); i++) { // by index: no iterator per instance on the bulk path
            FieldMeta<M, ?> f = fields.get(i);
            boolean stamp = f.autoNow() || (adding && f.autoNowAdd());
            if (stamp && f.type() == FieldType.DATE_TIME) {
                // microseconds: what PostgreSQL, MySQL DATETIME(6) and H2 all keep, so the instance equals its row
                f.setUnchecked(instance, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
            } else if (stamp && f.type() == FieldType.DATE) {
                f.setUnchecked(instance, LocalDate.now());
            } else if (adding && f.generated() && f.type() == FieldType.UUID && f.get(instance) == null) {
                f.setUnchecked(instance, UUID.randomUUID());
            } else if (f == version && Versions.value(f, instance) == 0) {
                Versions.set(f, instance, 1); // a new row starts at version 1
            } else if (adding && f.explicitDefault() != null && f.get(instance) == null) {
                // a boxed or reference field left null on a new instance gets its @Default, as the column would
                f.setColumnValue(instance, meta.defaults().get(f));
            }
        }
    }
}
