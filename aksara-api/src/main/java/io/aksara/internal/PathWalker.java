package io.aksara.internal;

import io.aksara.errors.FieldError;
import io.aksara.lookup.Lookups;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ManyToManyMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.query.Hop;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the field segments of a lookup path across relations: {@code category__name} steps
 * forward along the {@code category} foreign key, {@code products__price} steps back along a
 * foreign key that points to this model. Stops at the first segment that is not a field or
 * relation; the rest are transforms and the lookup.
 */
final class PathWalker {
    private PathWalker() {}

    /**
     * Where a walk ended.
     *
     * @param hops  the relation steps taken
     * @param model the model reached
     * @param field the field reached, or null when the path ends at a reverse relation ({@code products})
     * @param next  the index of the first segment not consumed
     */
    record Walk(List<Hop> hops, ModelMeta<?> model, FieldMeta<?, ?> field, int next) {}

    static Walk walk(ModelMeta<?> root, List<String> segments) {
        ModelMeta<?> m = root;
        List<Hop> hops = new ArrayList<>();
        int i = 0;
        while (true) {
            String seg = segments.get(i);
            FieldMeta<?, ?> f = seg.equals("pk") ? m.primaryKey() : m.findField(seg);
            if (f == null && Resolver.attname(m, seg) != null) {
                return new Walk(hops, m, Resolver.attname(m, seg), i + 1); // publisher_id: the key column itself
            }
            if (f != null) {
                if (f.isRelation() && i + 1 < segments.size()) {
                    String next = segments.get(i + 1);
                    ModelMeta<?> target = f.relatedMeta();
                    FieldMeta<?, ?> targetPk = target.hasCompositeKey() ? null : target.primaryKey();
                    // a one-to-one key takes its own target's instances; a composite key is several columns, reached by a join
                    boolean keyIsColumn = targetPk != null && !targetPk.isRelation();
                    if (keyIsColumn && (next.equals("pk") || next.equals(targetPk.name()) || next.equals(targetPk.column()))) {
                        return new Walk(hops, m, f, i + 2); // category__id is the foreign key column itself
                    }
                    if (isStep(target, next)) {
                        hops.add(new Hop(f, false));
                        m = target;
                        i++;
                        continue;
                    }
                    if (!Lookups.isLookupName(next) && !Lookups.isTransformName(next)) {
                        throw unknown(target, next); // "author__nme": a typo in the related model's field
                    }
                }
                return new Walk(hops, m, f, i + 1);
            }
            List<Hop> many = manyToManySteps(m, seg);
            if (many != null) {
                hops.addAll(many);
                m = many.getLast().to();
                i++;
                if (i == segments.size() || !isStep(m, segments.get(i))) {
                    if (i < segments.size() && !Lookups.isLookupName(segments.get(i))) {
                        throw unknown(m, segments.get(i)); // "tags__nmae": a typo in the target's field
                    }
                    return new Walk(hops, m, null, i);
                }
                continue;
            }
            FieldMeta<?, ?> reverse = reverseRelation(m, seg);
            if (reverse == null && inherits(m, seg)) {
                // a multi-table child reads its parent's fields and relations through its parent link
                hops.add(new Hop(m.parentLink(), false));
                m = m.parentMeta();
                continue;
            }
            if (reverse == null) {
                throw unknown(m, seg);
            }
            hops.add(new Hop(reverse, true));
            m = reverse.model();
            i++;
            if (i == segments.size() || !isStep(m, segments.get(i))) {
                return new Walk(hops, m, null, i);
            }
        }
    }

    /** Whether a segment names a field or reverse relation of the model (so the walk goes on). */
    private static boolean isStep(ModelMeta<?> m, String segment) {
        return segment.equals("pk") || m.findField(segment) != null || reverseRelation(m, segment) != null
                || manyToManySteps(m, segment) != null || inherits(m, segment);
    }

    /**
     * Whether a multi-table child has the name from its parent: the parent's fields and relations,
     * except the parent links of the parent's other children (a Restaurant has no {@code supplier},
     * though its Place has), as Django.
     */
    private static boolean inherits(ModelMeta<?> m, String segment) {
        ModelMeta<?> parent = m.parentMeta();
        if (parent == null) {
            return false;
        }
        FieldMeta<?, ?> reverse = reverseRelation(parent, segment);
        if (reverse != null && parent.findField(segment) == null) {
            return !isParentLink(reverse);
        }
        return isStep(parent, segment);
    }

    private static boolean isParentLink(FieldMeta<?, ?> f) {
        return f.model().parentLink() == f;
    }

    static FieldMeta<?, ?> reverseRelation(ModelMeta<?> m, String name) {
        List<FieldMeta<?, ?>> reverse = ModelRegistry.reverseRelations(m);
        for (int i = 0; i < reverse.size(); i++) { // by index: asked on every relation path
            FieldMeta<?, ?> fk = reverse.get(i);
            if (!ModelRegistry.reverseHidden(fk) && ModelRegistry.reverseName(fk).equals(name)) {
                return fk;
            }
        }
        return null;
    }

    /**
     * The two steps of a many-to-many relation named {@code name} on {@code m}: declared there
     * ({@code tags}: owner → through → target) or pointing to it ({@code posts}: target →
     * through → owner); null when there is none.
     */
    static List<Hop> manyToManySteps(ModelMeta<?> m, String name) {
        ManyToManyMeta<?, ?> forward = m.findManyToMany(name);
        if (forward != null) {
            return List.of(new Hop(forward.sourceField(), true), new Hop(forward.targetField(), false));
        }
        List<ManyToManyMeta<?, ?>> pointing = ModelRegistry.manyToManyTo(m);
        for (int i = 0; i < pointing.size(); i++) { // by index: asked on every relation path, usually of none
            ManyToManyMeta<?, ?> r = pointing.get(i);
            if (!r.reverseHidden() && r.reverseName().equals(name)) {
                return List.of(new Hop(r.targetField(), true), new Hop(r.sourceField(), false));
            }
        }
        return null;
    }

    static FieldError unknown(ModelMeta<?> m, String name) {
        return FieldError.unknownField(m.name(), name, choices(m));
    }

    /** The names a path can start with on a model: its fields and reverse relations. */
    static List<String> choices(ModelMeta<?> m) {
        List<String> choices = new ArrayList<>(m.fieldNames());
        m.manyToMany().forEach(r -> choices.add(r.name()));
        ModelRegistry.reverseRelations(m).stream().filter(fk -> !ModelRegistry.reverseHidden(fk))
                .forEach(fk -> choices.add(ModelRegistry.reverseName(fk)));
        ModelRegistry.manyToManyTo(m).stream().filter(r -> !r.reverseHidden())
                .forEach(r -> choices.add(r.reverseName()));
        if (m.parentMeta() != null) { // a multi-table child has its parents' names too
            choices(m.parentMeta()).stream().filter(c -> !choices.contains(c) && inherits(m, c)).forEach(choices::add);
        }
        return choices;
    }

    /** Whether a segment names a field (or {@code pk}, or a column) or a reverse relation of the model. */
    static boolean isKnown(ModelMeta<?> m, String segment) {
        return isStep(m, segment);
    }
}
