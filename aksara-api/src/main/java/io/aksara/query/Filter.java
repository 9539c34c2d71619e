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
    record Related(List<Hop> hops, boolean present) implements Filter {
        public Related {
            hops = List.copyOf(hops);
        }
    }

    /**
     * {@code expression <lookup> value}, for computed values: an annotation
     * ({@code filter("bookCount__gt", 2)}) or a boolean expression ({@code filter(Exists.of(...))}).
     * A filter on an aggregate goes to HAVING.
     */
    record Compare(Expr expression, Lookup lookup, Object value) implements Filter {
        @Override
        public String toString() {
            return (expression instanceof Expr.Ref r ? r.name() : String.valueOf(expression)) + "__" + lookup.name()
                    + "=" + (value instanceof String s ? "\"" + s + "\"" : value);
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

    /**
     * A condition in the backend's own terms ({@link RawCondition}), lowered as it is. It reads
     * columns of the query's own table only, and keeps SQL's rules for NULL under a NOT.
     */
    record Raw(RawCondition condition) implements Filter {
        @Override
        public String toString() {
            return "raw(" + condition + ")";
        }
    }

    /** No condition: every row. */
    record Everything() implements Filter {}

    Filter EVERYTHING = new Everything();

    /**
     * Successive {@code filter()}/{@code exclude()} calls: all must hold, but each call is its own
     * scope, so conditions on a to-many relation in different calls may be met by different
     * related rows (Django's rule), while conditions inside one call must hold for the same row.
     */
    record Chain(List<Filter> calls) implements Filter {
        public Chain {
            calls = calls instanceof ChainCalls ? calls : List.copyOf(calls); // and()'s own array is copied nowhere else
        }

        @Override
        public String toString() {
            return String.join(" THEN ", calls.stream().map(p -> "(" + p + ")").toList());
        }
    }

    /** This filter followed by another filter call. */
    default Filter and(Filter other) {
        if (this instanceof Everything) {
            return other;
        }
        if (other instanceof Everything) {
            return this;
        }
        // every chained filter() call passes here: the second call is a two-element list, a later one
        // an array of the final size kept as it is (List.of would copy it once more)
        if (!(this instanceof Chain c)) {
            return new Chain(List.of(this, other));
        }
        return new Chain(ChainCalls.appended(c.calls(), java.util.Objects.requireNonNull(other, "other")));
    }
}
