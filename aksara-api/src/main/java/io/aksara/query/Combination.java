package io.aksara.query;

import java.util.List;

/**
 * The operands of a combined query: {@code UNION [ALL]}, {@code INTERSECT} or {@code EXCEPT} of
 * several {@link SelectQuery}s of one model, in order. The {@link SelectQuery} that holds a
 * combination orders and slices the combined rows; its own filter is always empty.
 *
 * <pre>{@code
 * SelectQuery<User> q = User.objects.filter("age__lt", 18).union(User.objects.filter("isActive", false)).query();
 * q.combination().kind();       // UNION
 * q.combination().operands();   // the two filtered queries
 * }</pre>
 *
 * @param kind     the set operation
 * @param all      for {@link Kind#UNION} only: keep duplicate rows ({@code UNION ALL})
 * @param operands two or more queries, the first being the one the operation was called on
 */
public record Combination(Kind kind, boolean all, List<SelectQuery<?>> operands) {
    public Combination {
        operands = List.copyOf(operands);
        if (operands.size() < 2) {
            throw new IllegalArgumentException("a combination needs at least two queries, got " + operands.size());
        }
        if (all && kind != Kind.UNION) {
            throw new IllegalArgumentException("only UNION has an ALL form");
        }
    }

    /** The set operations, as Django names them: union, intersection, difference. */
    public enum Kind {
        /** Rows in any operand ({@code UNION}). */
        UNION("union"),
        /** Rows in every operand ({@code INTERSECT}). */
        INTERSECT("intersection"),
        /** Rows of the first operand that are in none of the others ({@code EXCEPT}). */
        EXCEPT("difference");

        private final String method;

        Kind(String method) {
            this.method = method;
        }

        /** The QuerySet method that makes it: {@code union}, {@code intersection}, {@code difference}. */
        public String method() {
            return method;
        }
    }
}
