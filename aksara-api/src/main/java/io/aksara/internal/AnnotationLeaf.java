package io.aksara.internal;

import io.aksara.Param;
import io.aksara.Q;
import io.aksara.errors.FieldError;
import io.aksara.lookup.Lookup;
import io.aksara.lookup.Lookups;
import io.aksara.lookup.Transform;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.query.Annotation;
import io.aksara.query.Expr;
import io.aksara.query.Filter;
import java.util.List;

/**
 * A filter on an annotation for {@link Resolver}: {@code annotation__transform__lookup}, the annotation's
 * expression as a reference, its transforms, and the lookup's value checked against its type.
 */
final class AnnotationLeaf {
    private AnnotationLeaf() {}

    /**
     * {@code annotation__transform__lookup}: the annotation's expression (as a reference), its
     * transforms, and the lookup's value checked against its type.
     */
    static Filter annotationLeaf(ModelMeta<?> model, Q.Leaf leaf, int named, Annotation annotation,
            java.util.Map<String, Annotation> annotations) {
        List<String> rest = leaf.path().subList(named, leaf.path().size());
        if (Expr.containsWindow(annotation.expr())) {
            throw new FieldError("Cannot filter on '" + annotation.name() + "': it is a window expression, computed"
                    + " after the rows are chosen (filter in Java, or wrap the query in a Subquery)");
        }
        Expr e = new Expr.Ref(annotation.name(), annotation.expr());
        String lookupName = "exact";
        for (int i = 0; i < rest.size(); i++) {
            String segment = rest.get(i);
            boolean last = i == rest.size() - 1;
            Transform t = Lookups.findTransform(e.type(), segment);
            if (last && (t == null || Lookups.isLookupName(segment))) {
                lookupName = segment;
                break;
            }
            if (t == null) {
                throw new FieldError("Unsupported transform '" + segment + "' for the annotation '" + annotation.name()
                        + "' (" + e.type().displayName() + ") in '" + leaf.lookupString() + "'");
            }
            e = new Expr.Transformed(e, t);
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        FieldMeta<?, ?> typed = FieldMeta.computed((ModelMeta) model, annotation.name(), e.type());
        Lookup lookup = Lookups.find(e.type(), lookupName, "the annotation '" + annotation.name() + "' ("
                + e.type().displayName() + ")");
        if (leaf.value() instanceof Param p) {
            return new Filter.Compare(e, lookup, Resolver.placeholder(p, leaf, typed, lookup, false));
        }
        Object value = Resolver.value(model, typed, lookup, leaf.value(), annotations);
        if ((lookupName.equals("exact") || lookupName.equals("iexact")) && value == null) {
            return new Filter.Compare(e, Lookups.find(e.type(), "isnull", "annotation"), Boolean.TRUE);
        }
        return new Filter.Compare(e, lookup, value);
    }
}
