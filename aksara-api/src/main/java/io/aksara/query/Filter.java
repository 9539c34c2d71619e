package io.aksara.query;

import io.aksara.lookup.Lookup;
import io.aksara.meta.FieldMeta;
import java.util.List;

/**
 * A filter resolved against a model: every field and lookup is known and every value converted.
 * This is what the backend lowers to SQL; building one never touches the database.
 */
public sealed interface Filter {
    /**
     * {@code column <lookup> value}. The value is converted for the column's type, or is an
     * {@link Expr} (an F expression, a subquery).
     */
    record Match(ColumnPath path, Lookup lookup, Object value) implements Filter {
        /** A lookup on one of the model's own columns. */
        public Match(FieldMeta<?, ?> field, Lookup lookup, Object value) {
            this(ColumnPath.of(field), lookup, value);
        }

        /** The field at the end of the path. */
        public FieldMeta<?, ?> field() {
            return path.field();
        }

        @Override
        public String toString() {
            return path + "__" + lookup.name() + "=" + (value instanceof String s ? "\"" + s + "\"" : value);
        }
    }

    /**
     * Whether related rows exist along the steps ({@code books__isnull=false}), or not
     * ({@code books__isnull=true}).
     */
    record Related(java.util.List<Hop> hops, boolean present) implements Filter {
        public Related {
            hops = java.util.List.copyOf(hops);
        }
    }

    record And(List<Filter> parts) implements Filter {
        public And {
            parts = List.copyOf(parts);
        }

        @Override
        public String toString() {
            return String.join(" AND ", parts.stream().map(p -> "(" + p + ")").toList());
        }
    }

    record Or(List<Filter> parts) implements Filter {
        public Or {
            parts = List.copyOf(parts);
        }

        @Override
        public String toString() {
            return String.join(" OR ", parts.stream().map(p -> "(" + p + ")").toList());
        }
    }

    record Not(Filter part) implements Filter {
        @Override
        public String toString() {
            return "NOT (" + part + ")";
        }
    }

    /** No condition: every row. */
    record Everything() implements Filter {}

    Filter EVERYTHING = new Everything();

    /** This and the other, flattened. */
    default Filter and(Filter other) {
        if (this instanceof Everything) {
            return other;
        }
        if (other instanceof Everything) {
            return this;
        }
        if (this instanceof And a) {
            List<Filter> parts = new java.util.ArrayList<>(a.parts());
            parts.add(other);
            return new And(parts);
        }
        return new And(List.of(this, other));
    }
}
