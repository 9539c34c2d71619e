package io.aksara.codegen;

import io.aksara.meta.Naming;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * A proxy model ({@code @Meta(proxy = true)}, Django's {@code proxy = True}): the class it extends and
 * the table it shares, and what makes a proxy wrong. A proxy adds no columns, so it declares no
 * fields (not even through an abstract class of its own), has a concrete model above it, and names no
 * table, key, index or constraint: all of those are its concrete model's.
 *
 * @param parent   the model the proxy extends (a proxy itself or not); null when there is none
 * @param concrete the first model up from the parent that is no proxy, whose table the proxy uses; null without a parent
 * @param table    the table of the concrete model, or null when there is no parent
 */
record ProxyShape(TypeElement parent, TypeElement concrete, String table) {
    /** The {@code @Meta} options a proxy cannot set, since they describe a table. */
    private static final List<String> TABLE_OPTIONS = List.of("table", "primaryKey", "uniqueTogether", "indexes", "managed");

    /**
     * The shape of a model whose own {@code @Meta} says {@code proxy = true}; null for any other model.
     *
     * @param chain the classes from the one below {@code Model} down to the model
     */
    static ProxyShape of(TypeElement model, List<TypeElement> chain, Elements elements) {
        if (!isProxy(model, elements)) {
            return null;
        }
        TypeElement parent = null;
        for (TypeElement t : chain) {
            if (t != model && !t.getModifiers().contains(Modifier.ABSTRACT)) {
                parent = t; // the nearest concrete class above the model wins
            }
        }
        TypeElement concrete = parent == null ? null : concreteOf(parent, chain, elements);
        return new ProxyShape(parent, concrete, concrete == null ? null : tableOf(concrete, elements));
    }

    /** Whether the class's own {@code @Meta} sets {@code proxy = true} (the option is never inherited). */
    static boolean isProxy(TypeElement type, Elements elements) {
        AnnotationMirror meta = ModelScanner.metaOf(type);
        return meta != null && new AnnotationValues(elements, meta).bool("proxy");
    }

    /**
     * What is wrong with the proxy, each naming it.
     *
     * @param annotated the annotated fields of the model and its superclasses
     */
    List<Problem> problems(TypeElement model, List<TypeElement> chain, List<VariableElement> annotated, Elements elements) {
        String name = model.getSimpleName().toString();
        List<Problem> out = new ArrayList<>();
        AnnotationMirror meta = ModelScanner.metaOf(model);
        if (parent == null) {
            out.add(new Problem(model, meta, "Proxy model '" + name + "' has no non-abstract model base class: a proxy "
                    + "extends the concrete model whose table it shares"));
            return out;
        }
        int parentAt = chain.indexOf(parent);
        for (VariableElement field : annotated) {
            TypeElement owner = (TypeElement) field.getEnclosingElement();
            if (chain.indexOf(owner) > parentAt) {
                out.add(Problem.at(field, "Proxy model '" + name + "' contains model fields (" + owner.getSimpleName()
                        + "." + field.getSimpleName() + "): a proxy shares the table of " + parent.getSimpleName()
                        + ", so it adds methods, managers and a @Meta ordering, not fields; drop proxy = true to "
                        + "give it a table of its own"));
            }
        }
        AnnotationValues values = new AnnotationValues(elements, meta);
        for (String option : TABLE_OPTIONS) {
            boolean set = meta.getElementValues().keySet().stream().anyMatch(e -> e.getSimpleName().contentEquals(option));
            if (set && !(option.equals("managed") && values.bool("managed"))) {
                out.add(new Problem(model, meta, "Proxy model '" + name + "': @Meta(" + option + " = ...) describes a "
                        + "table, and a proxy uses the table of " + parent.getSimpleName() + " (" + table
                        + "); set it on " + parent.getSimpleName()));
            }
        }
        return out;
    }

    /** The first class up from {@code parent} that is neither abstract nor a proxy. */
    private static TypeElement concreteOf(TypeElement parent, List<TypeElement> chain, Elements elements) {
        for (int i = chain.indexOf(parent); i >= 0; i--) {
            TypeElement t = chain.get(i);
            if (!t.getModifiers().contains(Modifier.ABSTRACT) && !isProxy(t, elements)) {
                return t;
            }
        }
        return parent; // a proxy above no concrete model: reported on that proxy
    }

    private static String tableOf(TypeElement concrete, Elements elements) {
        AnnotationMirror meta = ModelScanner.metaOf(concrete);
        String table = meta == null ? "" : new AnnotationValues(elements, meta).string("table");
        return table.isEmpty() ? Naming.tableName(concrete.getSimpleName().toString()) : table;
    }
}
