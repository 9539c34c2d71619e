package io.aksara.internal.prefetch;

import io.aksara.Prefetch;
import io.aksara.errors.FieldError;
import io.aksara.internal.LookupPaths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lookups of one {@code prefetchRelated} as a tree: {@code "books"} and
 * {@code "books__publisher"} share the {@code books} level, so each level runs one query however
 * many lookups pass through it. A node is named by its {@code Prefetch.to} name when it has one,
 * so {@code "recentBooks__publisher"} continues from a filtered list.
 */
final class PrefetchTree {
    /** One level: the relation followed from the parent level, and the Prefetch that configures it, if any. */
    static final class Node {
        final String name;
        final String relation;
        final String path;
        Prefetch explicit;
        final Map<String, Node> children = new LinkedHashMap<>();

        Node(String name, String relation, String path) {
            this.name = name;
            this.relation = relation;
            this.path = path;
        }
    }

    /** How many single-path trees {@link #of} keeps (paths are constants in the caller's code). */
    static final int MAX_KEPT = 1024;

    /**
     * Trees of one plain lookup ({@code prefetchRelated("pets")}, no QuerySet, no {@code to}
     * name), by path: a prefetch builds its tree twice per fetch (validated, then run), a node and
     * a map per level each time. A kept tree is shared, so no node is changed after {@link #of}.
     */
    private static final Map<String, Node> KEPT = new ConcurrentHashMap<>();

    private PrefetchTree() {}

    static Node of(List<Prefetch> lookups) {
        if (lookups.size() != 1 || lookups.getFirst().querySet() != null || lookups.getFirst().toAttr() != null) {
            return build(lookups);
        }
        String path = lookups.getFirst().path();
        Node known = KEPT.get(path);
        if (known != null) {
            return known;
        }
        Node built = build(lookups); // a bad path throws here, each time: errors are not kept
        if (KEPT.size() < MAX_KEPT) {
            KEPT.putIfAbsent(path, built);
        }
        return built;
    }

    private static Node build(List<Prefetch> lookups) {
        Node root = new Node(null, null, "");
        for (Prefetch p : lookups) {
            add(root, p);
        }
        return root;
    }

    /** The steps of a prefetch path; an empty one (as in {@code "pets____toys"}) is an error. */
    private static List<String> segments(String path) {
        List<String> segments = List.of(path.split("__", -1));
        if (segments.contains("")) {
            throw new FieldError("prefetchRelated(\"" + path + "\"): empty step in the path");
        }
        return segments;
    }

    private static void add(Node root, Prefetch p) {
        // kept per string (LookupPaths): String.split compiles a regex for "__" on every call, and a
        // prefetch path is split twice per fetch (validated, then run)
        List<String> segments = LookupPaths.split(p.path(), PrefetchTree::segments);
        Node node = root;
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            boolean last = i == segments.size() - 1;
            String name = last && p.toAttr() != null ? p.toAttr() : segment;
            String path = node.path.isEmpty() ? segment : node.path + "__" + segment;
            Node parent = node;
            node = parent.children.computeIfAbsent(name, n -> new Node(n, segment, path));
            if (last && (p.querySet() != null || p.toAttr() != null)) {
                if (node.explicit != null && node.explicit != p) {
                    throw new FieldError("prefetchRelated(): '" + name + "' is prefetched twice with different "
                            + "settings (" + node.explicit + " and " + p + "); give one of them another to(...) name");
                }
                if (!node.relation.equals(segment)) {
                    throw new FieldError("prefetchRelated(): the name '" + name + "' is used for " + node.relation
                            + " and for " + segment);
                }
                node.explicit = p;
            }
        }
    }
}
