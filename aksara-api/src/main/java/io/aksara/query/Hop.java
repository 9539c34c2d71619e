package io.aksara.query;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;

/**
 * One step along a relation in a lookup path: forward along a foreign key ({@code product →
 * category}) or backward from its target ({@code category → products}).
 *
 * @param foreignKey the foreign key field, declared on the "many" side
 * @param reverse    true when walking from the target to the rows that point to it (to-many)
 */
public record Hop(FieldMeta<?, ?> foreignKey, boolean reverse) {
    /** The model the step starts from. */
    public ModelMeta<?> from() {
        return reverse ? foreignKey.relatedMeta() : foreignKey.model();
    }

    /** The model the step arrives at. */
    public ModelMeta<?> to() {
        return reverse ? foreignKey.model() : foreignKey.relatedMeta();
    }

    /** Whether several rows can be reached (a reverse foreign key). */
    public boolean toMany() {
        return reverse;
    }

    @Override
    public String toString() {
        return (reverse ? "<-" : "->") + foreignKey.qualifiedName();
    }
}
