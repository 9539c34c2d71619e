package io.aksara;

import io.aksara.errors.FieldError;
import io.aksara.internal.GeneratedColumns;
import io.aksara.internal.InstanceFields;
import io.aksara.internal.Routing;
import io.aksara.internal.WriteValues;
import io.aksara.meta.FieldMeta;
import io.aksara.query.Assignment;
import io.aksara.spi.Backend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bodies of {@link QuerySet}'s writes: the checked assignments of {@code update}, and where
 * writes and creates go (the write alias, routing by instance).
 */
final class QueryWrites {
    private QueryWrites() {
    }

    static <T extends Model> List<Assignment> assignments(QuerySet<T> qs, String field, Object value, Object... more) {
        qs.requireNotSliced("update");
        qs.requireNotCombined("update");
        if (more.length % 2 != 0) {
            throw new FieldError("update() takes field/value pairs; '" + more[more.length - 1] + "' has no value");
        }
        Map<FieldMeta<?, ?>, Object> values = new LinkedHashMap<>();
        WriteValues check = WriteValues.of(qs.meta()); // literal values follow save()'s rules; every problem at once
        addAssignment(qs, values, check, field, value);
        for (int i = 0; i < more.length; i += 2) {
            if (!(more[i] instanceof String name)) {
                throw new FieldError("Expected a field name of " + qs.meta().name() + " at position " + (i + 3)
                        + ", got " + FieldError.describe(more[i]));
            }
            addAssignment(qs, values, check, name, more[i + 1]);
        }
        FieldMeta<?, ?> version = io.aksara.internal.Versions.field(qs.meta());
        if (version != null && !values.containsKey(version)) { // optimistic locking: every UPDATE moves the version on
            addAssignment(qs, values, check, version.name(), F.of(version.name()).plus(1));
        }
        check.throwIfInvalid();
        List<Assignment> out = new ArrayList<>(values.size());
        values.forEach((f, v) -> out.add(new Assignment(f, v)));
        return out;
    }

    static <T extends Model> void addAssignment(QuerySet<T> qs, Map<FieldMeta<?, ?>, Object> values, WriteValues check, String name, Object value) {
        FieldMeta<?, ?> f = InstanceFields.find(qs.meta(), name);
        if (f.model() != qs.meta()) { // one UPDATE changes one table; Django writes one per parent
            throw new FieldError("update() of " + qs.meta().name() + " cannot change " + f.qualifiedName() + " yet: it is a "
                    + "field of the parent model " + f.model().name() + " (multi-table inheritance), in another table; "
                    + "update it through " + f.model().name() + ".objects, or save() each " + qs.meta().name());
        }
        if (f.primaryKey() && f.generated()) {
            throw new FieldError("update() cannot change the generated primary key " + f.qualifiedName());
        }
        if (f.isGeneratedColumn()) {
            throw new FieldError(GeneratedColumns.readOnly(f, "update()"));
        }
        if (value instanceof io.aksara.expr.Expression && f.compositeRelation()) {
            throw new io.aksara.errors.CompositeKeyError("update() cannot compute " + f.qualifiedName() + ", a foreign key to "
                    + f.relatedModel().getSimpleName() + "'s composite key, with an expression: give an instance, a Ref or a CompositeKey");
        }
        if (value instanceof io.aksara.expr.Expression e) {
            // computed by the database from the row's own values: no read-modify-write race
            // it may name the QuerySet's annotations (Django: annotate(x=F("a") - 1).update(a=F("x")))
            io.aksara.query.Expr resolved = io.aksara.internal.Expressions.resolve(qs.meta(),
                    io.aksara.internal.Annotate.byName(qs.query), e, f);
            if (io.aksara.query.Expr.containsAggregate(resolved)) {
                throw new FieldError("Aggregate functions are not allowed in this query (" + f.name() + "=" + e + ")");
            }
            values.put(f, resolved);
            return;
        }
        if (f.compositeRelation()) {
            // a foreign key to a composite key is one assignment per column: each part of the key, or NULL
            Object key = check.column(f, value);
            List<? extends FieldMeta<?, ?>> columns = qs.meta().columnsOf(f);
            for (int i = 0; i < columns.size(); i++) {
                values.put(columns.get(i), key instanceof io.aksara.CompositeKey k ? k.get(i) : null);
            }
            return;
        }
        values.put(f, check.column(f, value));
    }

    /**
     * The alias writes of this QuerySet go to: its {@link QuerySet#using(String)}, else the routers' write
     * choice; null for the default database.
     */
    static <T extends Model> String writeAlias(QuerySet<T> qs) {
        return Routing.forQuery(qs.database(), qs.query, true);
    }

    /** Where {@code create} inserts: the new instance itself tells a router that routes by instance (a shard key). */
    static <T extends Model> String createAlias(QuerySet<T> qs, T instance) {
        return qs.database() != null ? qs.database() : Routing.write(qs.meta().type(), instance);
    }

    /** This QuerySet on its write database, so the read of a read-then-write (getOrCreate) sees that database too. */
    static <T extends Model> QuerySet<T> forWriting(QuerySet<T> qs) {
        String alias = writeAlias(qs);
        return alias == null || alias.equals(qs.database()) ? qs : qs.using(alias);
    }

    static <T extends Model> Backend writeBackend(QuerySet<T> qs) {
        return QueryBackends.backend(qs, writeAlias(qs));
    }
}
