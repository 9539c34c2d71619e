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

    /** The join condition of {@code hop}, with {@code to} the scope of the model it arrives at and {@code from} the one it starts from. */
    static Condition on(Hop hop, Scope to, Scope from) {
        return hop.reverse() ? keyEquals(hop.foreignKey(), to, from) : keyEquals(hop.foreignKey(), from, to);
    }

    /** The foreign key's columns in {@code fkSide} equal the key columns of {@code targetSide}. */
    static Condition keyEquals(FieldMeta<?, ?> fk, Scope fkSide, Scope targetSide) {
        if (!fk.compositeRelation()) {
            return targetSide.primaryKey().eq(fkSide.field(fk));
        }
        List<? extends FieldMeta<?, ?>> columns = fk.model().columnsOf(fk);
        List<? extends FieldMeta<?, ?>> keys = targetSide.modelTable().meta().primaryKeyFields();
        List<Condition> pairs = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            pairs.add(targetSide.field(keys.get(i)).eq(fkSide.field(columns.get(i))));
        }
        return DSL.and(pairs);
    }

    /** The column that is NULL when the foreign key has no target: its only column, or the first of a composite one. */
    static Field<Object> nullableColumn(FieldMeta<?, ?> fk, Scope fkSide) {
        return fkSide.field(fk.model().columnsOf(fk).getFirst());
    }
}
