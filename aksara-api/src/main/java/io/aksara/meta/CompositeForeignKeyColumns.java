package io.aksara.meta;

import io.aksara.CompositeKey;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.errors.CompositeKeyError;
import io.aksara.internal.RefInternals;
import io.aksara.kinds.FieldKinds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of a foreign key to a model with a composite primary key: one plain field per
 * target key field ({@code stocking_warehouse_id}, {@code stocking_bin}), each reading and writing
 * its part of the {@code Ref}'s {@link CompositeKey}. Every statement that lists a model's columns
 * sees these fields, so inserts, updates and row reading need nothing of their own.
 */
final class CompositeForeignKeyColumns {
    private CompositeForeignKeyColumns() {}

    /** The column fields of {@code relation}, in target key order, bound to its model. */
    static <M extends Model> List<FieldMeta<M, ?>> of(FieldMeta<M, ?> relation) {
        ModelMeta<? extends Model> target = relation.relatedMeta();
        if (!target.hasCompositeKey()) {
            throw new IllegalStateException(relation.qualifiedName() + " is marked as pointing to a composite key, but "
                    + target.name() + " has a single-column key; rebuild the generated metamodel");
        }
        List<? extends FieldMeta<?, ?>> keys = target.primaryKeyFields();
        List<String> names = relation.declaredColumns();
        if (!names.isEmpty() && names.size() != keys.size()) {
            throw new CompositeKeyError(relation.qualifiedName() + " names " + names.size() + " columns " + names + ", but "
                    + target.name() + "'s key has " + keys.size() + " fields (" + String.join(", ",
                    keys.stream().map(FieldMeta::name).toList()) + "): name one column per key field, in key order");
        }
        List<FieldMeta<M, ?>> parts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String column = names.isEmpty() ? relation.column().replaceFirst("_id$", "") + "_" + keys.get(i).column() : names.get(i);
            parts.add(part(relation, i, keys.size(), column, keys.get(i)));
        }
        return List.copyOf(parts);
    }

    private static <M extends Model> FieldMeta<M, Object> part(FieldMeta<M, ?> relation, int index, int size,
            String column, FieldMeta<?, ?> targetKey) {
        FieldMeta<?, ?> stored = targetKey;
        while (stored.isRelation()) {
            if (stored.compositeRelation()) {
                throw new CompositeKeyError(relation.qualifiedName() + " points to " + targetKey.model().name()
                        + ", whose key field " + targetKey.name() + " is itself a foreign key to a composite key; "
                        + "that is not supported");
            }
            stored = stored.relatedMeta().primaryKey();
        }
        FieldType type = stored.columnType() == FieldType.BIG_AUTO ? FieldType.BIG_INTEGER : stored.columnType();
        boolean plain = stored.columnType() == type;
        FieldMetaBuilder<M, Object> b = FieldMeta.<M, Object>builder(column, plain ? stored.kind() : FieldKinds.of(type),
                plain ? stored.javaType() : type.javaClass());
        b.column(column).nullable(relation.nullable()).maxLength(stored.maxLength())
                .digits(stored.maxDigits(), stored.decimalPlaces()).partOf(relation);
        b.access(new PartAccess<>(relation, index, size));
        return b.build();
    }

    /**
     * Reads part {@code index} of the relation's key; writing collects the parts as rows are read
     * (a half-read key is kept as an array) and makes the {@code Ref} once every part is known.
     */
    private record PartAccess<M extends Model>(FieldMeta<M, ?> relation, int index, int size) implements FieldAccess<M, Object> {
        @Override
        public Object get(M instance) {
            if (!(relation.get(instance) instanceof Ref<?> ref)) {
                return null;
            }
            Object id = ref.id();
            if (id instanceof CompositeKey key) {
                return key.get(index);
            }
            return id instanceof Object[] partial ? partial[index] : null;
        }

        @Override
        public void set(M instance, Object value) {
            if (value == null) {
                relation.setUnchecked(instance, null); // a NULL column means no related row
                return;
            }
            Object[] parts = new Object[size];
            if (relation.get(instance) instanceof Ref<?> ref) {
                Object id = ref.id();
                if (id instanceof CompositeKey key && key.size() == size) {
                    parts = key.values().toArray();
                } else if (id instanceof Object[] partial) {
                    parts = partial.clone();
                }
            }
            parts[index] = value;
            Object id = Arrays.stream(parts).allMatch(p -> p != null) ? new CompositeKey(Arrays.asList(parts)) : parts;
            relation.setUnchecked(instance, RefInternals.unloaded(relation.relatedModel(), id, instance, relation));
        }
    }
}
