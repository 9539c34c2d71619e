package io.aksara;

import java.util.List;

/**
 * The set operations a manager offers ({@code union}, {@code unionAll}, {@code intersection},
 * {@code difference}), each one forwarding to {@link #all()}; {@link QueryMethods} extends this.
 * These List forms are the one implementation: {@link Manager}, {@link Related} and {@link Many}
 * add only the varargs forms ({@code union(a, b)}) as one-line forwarders, since
 * {@code @SafeVarargs} needs a final method, which a default method is not.
 *
 * <pre>{@code
 * List<Tag> tags = post.tags.union(List.of(Tag.objects.filter("name", "java"))).fetch();
 * }</pre>
 *
 * @param <T> the model
 */
public interface QueryCombineMethods<T extends Model> {
    /** Every row this manager covers, as a lazy QuerySet. */
    QuerySet<T> all();

    /**
     * Rows this manager covers or in any of the others; see {@link QuerySet#union(QuerySet[])}.
     *
     * <pre>{@code
     * List<QuerySet<Tag>> picked = List.of(Tag.objects.filter("name", "java"), otherPost.tags.all());
     * List<Tag> tags = post.tags.union(picked).orderBy("name").fetch();
     * }</pre>
     */
    default QuerySet<T> union(List<QuerySet<T>> others) {
        return all().union(others);
    }

    /** As {@link #union(List)}, keeping duplicates; see {@link QuerySet#unionAll(QuerySet[])}. */
    default QuerySet<T> unionAll(List<QuerySet<T>> others) {
        return all().unionAll(others);
    }

    /**
     * Rows this manager covers that are in every one of the others; see {@link QuerySet#intersection(QuerySet[])}.
     *
     * <pre>{@code long both = post.tags.intersection(List.of(otherPost.tags.all())).count(); }</pre>
     */
    default QuerySet<T> intersection(List<QuerySet<T>> others) {
        return all().intersection(others);
    }

    /**
     * Rows this manager covers that are in none of the others; see {@link QuerySet#difference(QuerySet[])}.
     *
     * <pre>{@code List<Tag> onlyHere = post.tags.difference(List.of(otherPost.tags.all())).fetch(); }</pre>
     */
    default QuerySet<T> difference(List<QuerySet<T>> others) {
        return all().difference(others);
    }
}
