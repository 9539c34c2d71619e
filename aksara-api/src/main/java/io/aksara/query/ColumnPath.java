package io.aksara.query;

import io.aksara.lookup.Transform;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.util.List;

/**
 * A column reached from a query's model: the relation steps, the field at the end, and the
 * transforms applied to it ({@code createdAt__year}).
 *
 * @param hops       relation steps from the query's model, empty for its own columns
 * @param field      the field whose column is read
 * @param transforms transforms applied in order
 */
public record ColumnPath(List<Hop> hops, FieldMeta<?, ?> field, List<Transform> transforms) {
    public ColumnPath {
        hops = List.copyOf(hops);
        transforms = List.copyOf(transforms);
    }

    /** A column of the query's own model. */
    public static ColumnPath of(FieldMeta<?, ?> field) {
        return new ColumnPath(List.of(), field, List.of());
    }

    /** Whether any step can reach several rows. */
    public boolean crossesToMany() {
        return hops.stream().anyMatch(Hop::toMany);
    }

    /** The type of the value: the field's column type, changed by each transform. */
    public FieldType outputType() {
        FieldType t = field.columnType();
        for (Transform tr : transforms) {
            t = tr.outputType(t);
        }
        return t;
    }

    /** This path without its first step. */
    public ColumnPath tail() {
        return new ColumnPath(hops.subList(1, hops.size()), field, transforms);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (Hop h : hops) {
            s.append(h.reverse() ? h.foreignKey().model().name().toLowerCase() : h.foreignKey().name()).append("__");
        }
        s.append(field.name());
        transforms.forEach(t -> s.append("__").append(t.lookupName()));
        return s.toString();
    }
}
