package io.aksara.internal;

import io.aksara.Aksara;
import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.QuerySet;
import io.aksara.Transaction;
import io.aksara.errors.AksaraException;
import io.aksara.errors.DoesNotExist;
import io.aksara.errors.FieldError;
import io.aksara.expr.Expression;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.meta.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Model.saveWith}: Django's {@code obj.counter = F("counter") + 1; obj.save()}. One UPDATE
 * writes the instance's fields, except that the named ones are computed by the database from the
 * row's current values; then those fields are read back, so the instance holds what the row holds.
 * Both statements run in one transaction.
 */
public final class ExpressionSave {
    private ExpressionSave() {}

    public static <M extends Model> void save(M instance, String database, String field, Expression value, Object... more) {
        @SuppressWarnings("unchecked")
        ModelMeta<M> meta = (ModelMeta<M>) ModelRegistry.metaOf(instance.getClass());
        if (instance.pk() == null || !ModelInternals.isPersisted(instance)) {
            // as Django: an expression cannot be inserted, it is computed from the row it updates
            throw new AksaraException("saveWith() computes fields of " + meta.name() + " from its row, and this "
                    + meta.name() + " is not saved yet: save() it first");
        }
        Map<FieldMeta<M, ?>, Expression> computed = computed(meta, field, value, more);
        Persistence.applyAutomaticValues(meta, instance, false);
        Validator.validate(meta, instance);
        List<Object> assignments = new ArrayList<>();
        for (FieldMeta<M, ?> f : meta.fields()) {
            if (f == meta.primaryKey() || instance.deferredFields().contains(f.name())) {
                continue;
            }
            assignments.add(f.name());
            assignments.add(computed.containsKey(f) ? computed.get(f) : f.getUnchecked(instance));
        }
        QuerySet<M> row = onDatabase(Manager.of(meta.type()).filter("pk", instance.pk()), database);
        String[] names = computed.keySet().stream().map(FieldMeta::name).toArray(String[]::new);
        Transaction.using(database == null ? Aksara.DEFAULT : database).atomic(() -> {
            long n = row.update((String) assignments.getFirst(), assignments.get(1),
                    assignments.subList(2, assignments.size()).toArray());
            if (n == 0) {
                throw new DoesNotExist(meta.type(), "pk=" + instance.pk() + " (saveWith updates an existing row)");
            }
            List<Object> values = row.valuesList(names).fetch().getFirst();
            int i = 0;
            for (FieldMeta<M, ?> f : computed.keySet()) {
                f.setUnchecked(instance, Values.toAttributeValue(f, values.get(i++)));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <M extends Model> Map<FieldMeta<M, ?>, Expression> computed(ModelMeta<M> meta, String field,
            Expression value, Object[] more) {
        if (more.length % 2 != 0) {
            throw new FieldError("saveWith() takes field/expression pairs; '" + more[more.length - 1] + "' has no expression");
        }
        Map<FieldMeta<M, ?>, Expression> out = new LinkedHashMap<>();
        out.put((FieldMeta<M, ?>) Resolver.field(meta, field), value);
        for (int i = 0; i < more.length; i += 2) {
            if (!(more[i] instanceof String name) || !(more[i + 1] instanceof Expression e)) {
                throw new FieldError("saveWith() takes field names and expressions (F.of(...), ...), got "
                        + FieldError.describe(more[i]) + " and " + FieldError.describe(more[i + 1]));
            }
            out.put((FieldMeta<M, ?>) Resolver.field(meta, name), e);
        }
        for (FieldMeta<M, ?> f : out.keySet()) {
            if (f == meta.primaryKey()) {
                throw new FieldError("saveWith() cannot compute the primary key of " + meta.name());
            }
        }
        return out;
    }

    private static <M extends Model> QuerySet<M> onDatabase(QuerySet<M> qs, String database) {
        return database == null ? qs : qs.using(database);
    }
}
