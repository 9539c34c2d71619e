package io.aksara;

import io.aksara.errors.FieldError;
import io.aksara.internal.ModelInternals;
import io.aksara.internal.prefetch.Prefetcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One {@code prefetchRelated} lookup with options: the QuerySet that loads the related rows
 * (filtered, ordered, itself selecting or prefetching), and the name the rows are kept under.
 *
 * <pre>{@code
 * List<Author> authors = Author.objects.prefetchRelated(
 *         Prefetch.of("books", Book.objects.filter("published__year__gte", 2020).orderBy("-published")).to("recentBooks"),
 *         "recentBooks__publisher").fetch();
 * List<Book> recent = authors.getFirst().prefetched("recentBooks", Book.class);
 *
 * Prefetch.load(alreadyLoadedAuthors, "books");   // the same, onto instances loaded earlier
 * }</pre>
 */
public final class Prefetch {
    private final String path;
    private final QuerySet<?> querySet;
    private final String toAttr;

    private Prefetch(String path, QuerySet<?> querySet, String toAttr) {
        if (path == null || path.isBlank()) {
            throw new FieldError("Prefetch needs a relation path such as \"books\" or \"books__publisher\", got "
                    + (path == null ? "null" : "\"" + path + "\""));
        }
        this.path = path;
        this.querySet = querySet;
        this.toAttr = toAttr;
    }

    /** Prefetches a relation path with the related model's default QuerySet. */
    public static Prefetch of(String path) {
        return new Prefetch(path, null, null);
    }

    /**
     * Prefetches a relation path with this QuerySet for its last step: its filter, ordering,
     * {@code selectRelated} and {@code prefetchRelated} apply; it must not be sliced.
     */
    public static Prefetch of(String path, QuerySet<?> querySet) {
        return new Prefetch(path, Objects.requireNonNull(querySet, "querySet"), null);
    }

    /**
     * Keeps the rows under this name ({@link Model#prefetched(String, Class)}) instead of on the
     * relation, so a filtered list does not pose as the whole relation. Later lookups may continue
     * from it ({@code "recentBooks__publisher"}).
     */
    public Prefetch to(String name) {
        if (name == null || name.isBlank() || name.contains("__")) {
            throw new FieldError("Prefetch.to() needs a plain name without \"__\", got " + (name == null ? "null" : "\"" + name + "\""));
        }
        return new Prefetch(path, querySet, name);
    }

    /** The relation path. */
    public String path() {
        return path;
    }

    /** The QuerySet for the last step, or null for the related model's default. */
    public QuerySet<?> querySet() {
        return querySet;
    }

    /** The name the rows are kept under, or null to keep them on the relation. */
    public String toAttr() {
        return toAttr;
    }

    /** The name this lookup's rows are found under: {@link #toAttr()}, or the last step of the path. */
    public String keyName() {
        int last = path.lastIndexOf("__");
        return toAttr != null ? toAttr : last < 0 ? path : path.substring(last + 2);
    }

    /**
     * Prefetches onto instances that were already loaded (Django's {@code prefetch_related_objects}):
     * one query per level, as {@link QuerySet#prefetchRelated(Object...)} would have run.
     *
     * @param lookups relation paths ({@code String}) or {@link Prefetch} objects
     */
    public static void load(List<? extends Model> instances, Object... lookups) {
        if (instances.isEmpty()) {
            return;
        }
        List<Prefetch> normalized = normalize(lookups);
        Prefetcher.run(instances, normalized, ModelInternals.database(instances.getFirst()), false);
    }

    /** Strings become plain {@code Prefetch.of(path)}; anything else is refused. */
    static List<Prefetch> normalize(Object... lookups) {
        List<Prefetch> out = new ArrayList<>(lookups.length);
        for (Object o : lookups) {
            switch (o) {
                case String s -> out.add(of(s));
                case Prefetch p -> out.add(p);
                case null, default -> throw new FieldError("prefetchRelated() takes relation paths (String) or Prefetch "
                        + "objects, got " + FieldError.describe(o));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "Prefetch(" + path + (querySet != null ? ", " + querySet : "") + (toAttr != null ? ", to=" + toAttr : "") + ")";
    }
}
