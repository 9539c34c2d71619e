package io.aksara;

import io.aksara.errors.FieldError;
import io.aksara.query.RawCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A filter condition that can be combined with {@link #and}, {@link #or} and {@link #not}, as
 * Django's {@code Q}. A {@code Q} knows nothing of models: it is resolved against one when passed
 * to {@code filter} or {@code exclude}, so the same {@code Q} can be reused across QuerySets.
 *
 * <pre>{@code
 * User.objects.filter(Q.of("age__gte", 18).or(Q.of("name__icontains", "john")).not());
 * Product.objects.filter(Q.of("inStock", true, "price__lt", 100));   // pairs are ANDed
 * }</pre>
 */
public sealed interface Q {
    /** A single lookup: the path segments ({@code ["price", "lt"]}) and the value. */
    record Leaf(List<String> path, Object value) implements Q {
        public Leaf {
            path = List.copyOf(path);
        }

        /** The path as written, {@code price__lt}. */
        public String lookupString() {
            return String.join("__", path);
        }
    }

    /** All of the parts hold. */
    record And(List<Q> parts) implements Q {
        public And {
            parts = List.copyOf(parts);
        }
    }

    /** At least one of the parts holds. */
    record Or(List<Q> parts) implements Q {
        public Or {
            parts = List.copyOf(parts);
        }
    }

    /** The part does not hold. */
    record Not(Q part) implements Q {}

    /** The identity: filters nothing out, and vanishes when combined. */
    record Empty() implements Q {}

    /**
     * A condition in a backend's own terms (a jOOQ {@code Condition}), passed to SQL as it is; it
     * combines with lookups through {@link #and}, {@link #or} and {@link #not} like any other Q.
     */
    record Raw(RawCondition condition) implements Q {
        public Raw {
            Objects.requireNonNull(condition, "condition");
        }
    }

    /**
     * A single lookup.
     *
     * <pre>{@code Q.of("name__icontains", "john") }</pre>
     */
    static Q of(String lookup, Object value) {
        return new Leaf(split(lookup), value);
    }

    /**
     * Several lookups ANDed, given as name/value pairs.
     *
     * <pre>{@code Q.of("isActive", true, "age__gte", 18) }</pre>
     */
    static Q of(String lookup, Object value, Object... more) {
        return more.length == 0 ? of(lookup, value) : and(pairs(lookup, value, more));
    }

    /**
     * A condition the backend lowers as it is; see {@code io.aksara.jooq.Jooq#condition} for the
     * jOOQ spelling.
     */
    static Q raw(RawCondition condition) {
        return new Raw(condition);
    }

    /** The empty Q: matches everything, and {@code empty().and(q)} is {@code q}. */
    static Q empty() {
        return new Empty();
    }

    /** Both this and the other hold. */
    default Q and(Q other) {
        return and(List.of(this, other));
    }

    /** This or the other holds. */
    default Q or(Q other) {
        List<Q> parts = new ArrayList<>();
        for (Q q : List.of(this, other)) {
            if (q instanceof Empty) {
                continue;
            }
            if (q instanceof Or or) {
                parts.addAll(or.parts());
            } else {
                parts.add(q);
            }
        }
        return parts.isEmpty() ? empty() : parts.size() == 1 ? parts.getFirst() : new Or(parts);
    }

    /** The negation; {@code not()} of the empty Q is still empty, as in Django. */
    default Q not() {
        if (this instanceof Empty) {
            return this;
        }
        return this instanceof Not n ? n.part() : new Not(this);
    }

    /** ANDs several conditions, flattening nested ANDs and dropping empty ones. */
    static Q and(List<Q> qs) {
        List<Q> parts = new ArrayList<>();
        for (Q q : qs) {
            if (q instanceof Empty) {
                continue;
            }
            if (q instanceof And and) {
                parts.addAll(and.parts());
            } else {
                parts.add(q);
            }
        }
        return parts.isEmpty() ? empty() : parts.size() == 1 ? parts.getFirst() : new And(parts);
    }

    /** Name/value pairs as leaves; an odd count or a non-String name is a {@link FieldError}. */
    static List<Q> pairs(String lookup, Object value, Object... more) {
        if (more.length % 2 != 0) {
            throw new FieldError("Lookups come in name/value pairs; '" + more[more.length - 1] + "' has no value");
        }
        List<Q> leaves = new ArrayList<>(1 + more.length / 2);
        leaves.add(of(lookup, value));
        for (int i = 0; i < more.length; i += 2) {
            if (!(more[i] instanceof String name)) {
                throw new FieldError("Expected a lookup name such as \"price__lt\" at position " + (i + 3)
                        + ", got " + FieldError.describe(more[i]));
            }
            leaves.add(of(name, more[i + 1]));
        }
        return leaves;
    }

    /** {@code "price__lt"} → {@code [price, lt]}; an empty path or segment is a {@link FieldError}. */
    static List<String> split(String lookup) {
        if (lookup == null || lookup.isBlank()) {
            throw new FieldError("A lookup needs a field name, got " + (lookup == null ? "null" : "\"" + lookup + "\""));
        }
        // the same (usually constant) string is split once; see LookupPaths
        return io.aksara.internal.LookupPaths.split(lookup, Q::splitNew);
    }

    /** Splits a non-blank lookup string; {@link #split} keeps the result. */
    private static List<String> splitNew(String lookup) {
        // indexOf, not String.split: split compiles a regex for a two-character separator on every call
        int first = lookup.indexOf("__");
        if (first < 0) { // a plain field name ("pk"), the common case: no list to build and copy
            return List.of(lookup);
        }
        List<String> parts = new ArrayList<>(4);
        int start = 0;
        while (true) {
            int end = lookup.indexOf("__", start);
            String part = end < 0 ? lookup.substring(start) : lookup.substring(start, end);
            if (part.isEmpty()) {
                throw new FieldError("Lookup \"" + lookup + "\" has an empty segment; segments are separated by '__'");
            }
            parts.add(part);
            if (end < 0) {
                return List.copyOf(parts);
            }
            start = end + 2;
        }
    }
}
