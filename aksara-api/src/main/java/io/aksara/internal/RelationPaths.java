package io.aksara.internal;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.query.Hop;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves the relation paths of {@code selectRelated} ({@code "book__author__publisher"}) to
 * chains of forward steps, with errors that name the model, the segment and the relations that
 * would be valid there.
 */
public final class RelationPaths {
    private RelationPaths() {}

    /**
     * The chains for these paths, every prefix listed before the chains that extend it, without
     * repeats; {@code existing} chains (from an earlier call) are kept first.
     */
    public static List<List<Hop>> selectRelated(ModelMeta<?> model, List<List<Hop>> existing, String... paths) {
        Set<List<Hop>> chains = new LinkedHashSet<>(existing);
        if (paths.length == 0) {
            addRequired(model, List.of(), new HashSet<>(), chains);
        }
        for (String path : paths) {
            if (path == null || path.isBlank()) {
                throw new FieldError("selectRelated() needs relation paths such as \"author\" or \"book__author\", got "
                        + (path == null ? "null" : "\"" + path + "\""));
            }
            ModelMeta<?> m = model;
            List<Hop> chain = new ArrayList<>();
            for (String segment : path.split("__", -1)) {
                FieldMeta<?, ?> f = m.findField(segment);
                while (f == null && declaredAbove(m, segment)) { // a parent's relation: through the parent link
                    chain.add(new Hop(m.parentLink(), false));
                    chains.add(List.copyOf(chain));
                    m = m.parentMeta();
                    f = m.findField(segment);
                }
                if (f == null || !f.isRelation()) {
                    String why = f != null ? " is not a foreign key or one-to-one field"
                            : ModelRegistry.findReverse(m, segment) != null
                            ? " is a reverse relation, which can repeat rows: use prefetchRelated(\"" + path + "\")"
                            : " is not a field";
                    throw new FieldError("selectRelated(\"" + path + "\"): " + m.name() + "." + segment + why
                            + ". Choices on " + m.name() + ": " + String.join(", ", forwardRelations(m)));
                }
                chain.add(new Hop(f, false));
                chains.add(List.copyOf(chain));
                m = f.relatedMeta();
            }
        }
        return List.copyOf(chains);
    }

    /** selectRelated() without paths: every non-null foreign key, followed as far as it goes (as Django). */
    private static void addRequired(ModelMeta<?> m, List<Hop> prefix, Set<ModelMeta<?>> seen, Set<List<Hop>> out) {
        seen.add(m);
        for (FieldMeta<?, ?> f : m.declaredFields()) {
            if (f.isRelation() && !f.nullable() && !seen.contains(f.relatedMeta())) {
                List<Hop> chain = new ArrayList<>(prefix);
                chain.add(new Hop(f, false));
                out.add(List.copyOf(chain));
                addRequired(f.relatedMeta(), chain, new HashSet<>(seen), out);
            }
        }
    }

    /** Whether a multi-table parent of {@code m} (or its parent, ...) declares the field. */
    private static boolean declaredAbove(ModelMeta<?> m, String name) {
        for (ModelMeta<?> p = m.parentMeta(); p != null; p = p.parentMeta()) {
            if (p.findField(name) != null) {
                return true;
            }
        }
        return false;
    }

    /** The names of a model's foreign key and one-to-one fields. */
    public static List<String> forwardRelations(ModelMeta<?> m) {
        return m.declaredFields().stream().filter(FieldMeta::isRelation).map(FieldMeta::name).toList();
    }
}
