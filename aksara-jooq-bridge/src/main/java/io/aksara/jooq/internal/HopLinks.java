package io.aksara.jooq.internal;

import io.aksara.meta.FieldMeta;
import io.aksara.query.Hop;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * How the rows at the two ends of a relation step meet: the foreign key's column equals the
 * target's key, or for a foreign key to a composite key, each of its columns equals its key
 * column ({@code r1.warehouse_id = lines.stocking_warehouse_id AND r1.bin = lines.stocking_bin}).
 */
final class HopLinks {
    private HopLinks() {}

    /**
     * The join condition of {@code hop}, with {@code to} the scope of the model it arrives at and
     * {@code from} the one it starts from; the arriving side's column is written first
     * ({@code j1.shelf_id = shelves.id}, {@code r1.id = items.shelf_id}).
     */
    static Condition on(Hop hop, Scope to, Scope from) {
        FieldMeta<?, ?> fk = hop.foreignKey();
        Scope fkSide = hop.reverse() ? to : from;
        Scope targetSide = hop.reverse() ? from : to;
        List<? extends FieldMeta<?, ?>> columns = fk.model().columnsOf(fk);
        List<? extends FieldMeta<?, ?>> keys = fk.compositeRelation()
                ? targetSide.modelTable().meta().primaryKeyFields() : null;
        List<Condition> pairs = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Field<Object> own = fkSide.field(columns.get(i));
            Field<Object> key = keys == null ? targetSide.primaryKey() : targetSide.field(keys.get(i));
            pairs.add(hop.reverse() ? own.eq(key) : key.eq(own));
        }
        return pairs.size() == 1 ? pairs.getFirst() : DSL.and(pairs);
    }

    /** The column that is NULL when the foreign key has no target: its only column, or the first of a composite one. */
    static Field<Object> nullableColumn(FieldMeta<?, ?> fk, Scope fkSide) {
        return fkSide.field(fk.model().columnsOf(fk).getFirst());
    }
}
