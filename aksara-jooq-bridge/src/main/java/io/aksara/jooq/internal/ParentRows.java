package io.aksara.jooq.internal;

import io.aksara.Model;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.query.Hop;
import io.aksara.query.SelectQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * The parents' part of a multi-table child's row. A child ({@code Restaurant extends Place}) keeps
 * its own fields in its table and its parent's in the parent's, so reading it joins each parent
 * along the parent links, as a {@code selectRelated} that is always there, and copies the parent's
 * values onto the child instance itself: the generated accessors of the parent's fields work on the
 * child, which is a subclass.
 */
final class ParentRows {
    private ParentRows() {}

    /** The query's {@code selectRelated} chains with the parent chains first (none for other models). */
    static List<List<Hop>> withParents(SelectQuery<?> q) {
        List<List<Hop>> parents = chains(q.model());
        if (parents.isEmpty()) {
            return q.selectRelated();
        }
        List<List<Hop>> out = new ArrayList<>(parents);
        for (List<Hop> chain : q.selectRelated()) {
            if (!out.contains(chain)) {
                out.add(chain);
            }
        }
        return out;
    }

    /** How many of the {@link #withParents} chains are parent chains. */
    static int count(ModelMeta<?> model) {
        int n = 0;
        for (ModelMeta<?> m = model; m.parentLink() != null; m = m.parentMeta()) {
            n++;
        }
        return n;
    }

    /** {@code [placePtr]} for a Restaurant; {@code [restaurantPtr], [restaurantPtr, placePtr]} one level down. */
    private static List<List<Hop>> chains(ModelMeta<?> model) {
        List<List<Hop>> out = new ArrayList<>();
        List<Hop> path = new ArrayList<>();
        for (ModelMeta<?> m = model; m.parentLink() != null; m = m.parentMeta()) {
            path.add(new Hop(m.parentLink(), false));
            out.add(List.copyOf(path));
        }
        return out;
    }

    /** Copies the values of each loaded parent onto the child (parents come first among {@code loaded}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void copy(Model child, Model[] loaded, int parents) {
        for (int i = parents - 1; i >= 0; i--) { // the farthest first, so nearer parents' values win
            Model parent = loaded[i];
            if (parent == null) {
                continue; // a dangling link: the parent row is gone
            }
            for (FieldMeta f : io.aksara.meta.ModelRegistry.metaOf(parent.getClass()).fields()) {
                f.setUnchecked(child, f.get(parent));
            }
        }
    }
}
