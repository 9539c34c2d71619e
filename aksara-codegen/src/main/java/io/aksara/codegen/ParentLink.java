package io.aksara.codegen;

import io.aksara.Ref;
import io.aksara.kinds.ForeignKeyKind;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Multi-table inheritance: a model that extends a concrete model (Django's {@code class
 * Restaurant(Place)}) has a table of its own with the fields it declares, and a primary key that is
 * a one-to-one link to the parent's row ({@code placePtr}, column {@code place_ptr_id}). The link
 * holds no Java field of its own: it reads and writes the key field the class inherits from the
 * root model ({@code Model.id}), so {@code restaurant.id} is the place's key, as in Django.
 *
 * @param parent     the concrete model the link points to (the concrete model of a proxy parent)
 * @param parentAt   where the class the model extends sits in the hierarchy; fields declared at or above it are the parent's
 * @param keyField   the Java field holding the key: the root model's primary key field
 */
record ParentLink(TypeElement parent, int parentAt, String keyField) {
    /**
     * The link of a model below a concrete model; null for a model whose superclasses are all
     * abstract, and for a proxy (which shares its parent's table instead).
     *
     * @param chain the classes from the one below {@code Model} down to the model
     */
    static ParentLink of(TypeElement model, List<TypeElement> chain, Elements elements) {
        if (ProxyShape.isProxy(model, elements)) {
            return null;
        }
        int at = -1;
        for (int i = 0; i < chain.size() - 1; i++) {
            if (!chain.get(i).getModifiers().contains(Modifier.ABSTRACT)) {
                at = i; // the nearest concrete class above the model
            }
        }
        if (at < 0) {
            return null;
        }
        int concrete = at;
        while (concrete > 0 && (chain.get(concrete).getModifiers().contains(Modifier.ABSTRACT)
                || ProxyShape.isProxy(chain.get(concrete), elements))) {
            concrete--; // a proxy parent: the link goes to its concrete model
        }
        return new ParentLink(chain.get(concrete), at, rootKeyField(chain, elements));
    }

    /** The link's Java name: the parent's name in lower camel case and {@code Ptr} ({@code placePtr}). */
    String name() {
        String simple = parent.getSimpleName().toString();
        return simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1) + "Ptr";
    }

    /**
     * The link's column, as Django names it: the parent's name in lower case, {@code _ptr_id}
     * ({@code place_ptr_id}, {@code grandparent_ptr_id}), so a table Django made reads the same.
     */
    String column() {
        return parent.getSimpleName().toString().toLowerCase(Locale.ROOT) + "_ptr_id";
    }

    /** Whether a field declared on {@code owner} belongs to the parent's table rather than the model's. */
    boolean isParents(TypeElement owner, List<TypeElement> chain) {
        return chain.indexOf(owner) <= parentAt;
    }

    /** The link as a field: a one-to-one to the parent, the model's primary key, deleted with the parent. */
    FieldSpec field(Elements elements, Types types) {
        TypeElement ref = elements.getTypeElement(Ref.class.getCanonicalName());
        TypeMirror refType = types.getDeclaredType(ref, parent.asType());
        VariableElement key = ElementFilter.fieldsIn(elements.getTypeElement(io.aksara.Model.class.getCanonicalName())
                .getEnclosedElements()).stream().filter(f -> f.getSimpleName().contentEquals("id")).findFirst().orElseThrow();
        return new FieldSpec(key, name(), elements.getTypeElement(ForeignKeyKind.class.getCanonicalName()), PathKind.REF,
                refType, ref, false, column(), true, false, true, false, null, null, null, false, false, false, List.of(),
                null, null, null, new FieldSpec.Relation(parent, "CASCADE", null, true, null, null, null, null));
    }

    /** The accessor of the link in generated code: the key field as a {@code Ref} to the parent. */
    String access(String parentName) {
        return ".access(FieldAccess.of(m -> m." + keyField + " == null ? null : io.aksara.Ref.toId(" + parentName
                + ".class, m." + keyField + "), (m, v) -> m." + keyField + " = v == null ? null : (Long) v.id())).build())";
    }

    /** The Java field of the root model's primary key: one marked {@code primaryKey = true}, else {@code id}. */
    private static String rootKeyField(List<TypeElement> chain, Elements elements) {
        for (TypeElement t : chain) {
            for (VariableElement f : ElementFilter.fieldsIn(t.getEnclosedElements())) {
                for (AnnotationMirror m : f.getAnnotationMirrors()) {
                    if (m.getElementValues().keySet().stream().anyMatch(e -> e.getSimpleName().contentEquals("primaryKey"))
                            && new AnnotationValues(elements, m).bool("primaryKey")) {
                        return f.getSimpleName().toString();
                    }
                }
            }
        }
        return "id";
    }
}
