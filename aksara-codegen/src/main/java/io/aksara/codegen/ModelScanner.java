package io.aksara.codegen;

import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.Default;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a model class into a {@link ModelSpec}, checking everything the generated code and the
 * runtime rely on: field types, modifiers, accessibility, options, the primary key, column names
 * and the names used in {@link Meta}. A model with any problem yields the problems and no spec, so
 * nothing is generated for it and javac reports every mistake at once.
 */
final class ModelScanner {
    static final String MODEL = Model.class.getCanonicalName();
    static final String REF = Ref.class.getCanonicalName();
    static final String META = Meta.class.getCanonicalName();
    static final String DEFAULT = Default.class.getCanonicalName();
    static final String DB_DEFAULT = io.aksara.fields.DbDefault.class.getCanonicalName();
    static final String GENERATED = "javax.annotation.processing.Generated";

    final Elements elements;
    final Types types;
    final ManyToManyScanner manyToMany;

    ModelScanner(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        this.manyToMany = new ManyToManyScanner(this, types);
    }

    /**
     * What a scan produced: a spec, or the problems that prevent one, or neither when some type is
     * not available yet (it may be generated in a later round, so the model is retried then).
     */
    record Result(ModelSpec spec, List<Problem> problems, boolean deferred) {}

    /** How a class relates to {@link Model}. */
    enum Ancestry { MODEL_SUBCLASS, OTHER, UNKNOWN }

    /** Whether the class extends {@code Model} (directly or not); UNKNOWN when a superclass does not compile (yet). */
    Ancestry ancestry(TypeElement type) {
        if (type.getQualifiedName().contentEquals(MODEL)) {
            return Ancestry.OTHER;
        }
        if (type.getKind() != ElementKind.CLASS) {
            return Ancestry.OTHER;
        }
        List<TypeElement> chain = hierarchy(type);
        if (chain == null) {
            return Ancestry.UNKNOWN;
        }
        return chain.isEmpty() ? Ancestry.OTHER : Ancestry.MODEL_SUBCLASS;
    }

    /** A model: a non-abstract class that extends {@code Model}. */
    boolean isModel(TypeElement type) {
        return ancestry(type) == Ancestry.MODEL_SUBCLASS && !type.getModifiers().contains(Modifier.ABSTRACT);
    }

    Result scan(TypeElement model) {
        return new ModelScan(this, model).run();
    }

    /**
     * The classes from the one just below {@code Model} down to the type; empty when the type does not
     * extend {@code Model}; null when a superclass cannot be resolved.
     */
    List<TypeElement> hierarchy(TypeElement type) {
        Deque<TypeElement> chain = new ArrayDeque<>();
        TypeElement t = type;
        while (!t.getQualifiedName().contentEquals(MODEL)) {
            chain.addFirst(t);
            TypeMirror superclass = t.getSuperclass();
            if (superclass.getKind() == TypeKind.NONE) {
                return List.of(); // reached Object
            }
            if (superclass.getKind() != TypeKind.DECLARED) {
                return null;
            }
            t = (TypeElement) types.asElement(superclass);
        }
        return new ArrayList<>(chain);
    }

    /** Whether the model, or an abstract base it inherits {@code @Meta} options from, declares a composite key. */
    boolean hasCompositeKey(TypeElement model) {
        for (TypeElement type : modelChain(model)) {
            AnnotationMirror meta = metaOf(type);
            if (meta != null && !new AnnotationValues(elements, meta).strings("primaryKey").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The {@code @Meta} written on the type itself, or null. */
    static AnnotationMirror metaOf(TypeElement type) {
        return type.getAnnotationMirrors().stream().filter(m -> annotationName(m).equals(META)).findFirst().orElse(null);
    }

    boolean hasFieldAnnotation(VariableElement field) {
        return field.getAnnotationMirrors().stream().anyMatch(a -> KindSpec.of(a, types) != null
                || annotationName(a).equals(ManyToManyScanner.ANNOTATION));
    }

    // ---- helpers shared with ManyToManyScanner ----

    Elements elements() {
        return elements;
    }

    String packageName(Element element) {
        return packageOf(element);
    }

    boolean hasError(TypeMirror type) {
        return containsError(type);
    }

    boolean accessible(TypeElement type, String pkg) {
        return accessibleFrom(type, pkg);
    }

    String binaryName(TypeElement type) {
        return elements.getBinaryName(type).toString();
    }

    /** The classes from the one just below {@code Model} down to the type; empty when unknown. */
    List<TypeElement> modelChain(TypeElement type) {
        List<TypeElement> chain = hierarchy(type);
        return chain == null ? List.of() : chain;
    }

    boolean accessibleFrom(TypeElement type, String pkg) {
        for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            Set<Modifier> modifiers = t.getModifiers();
            if (modifiers.contains(Modifier.PRIVATE)
                    || (!modifiers.contains(Modifier.PUBLIC) && !packageOf(t).equals(pkg))) {
                return false;
            }
        }
        return true;
    }

    boolean containsError(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return true;
        }
        if (type instanceof DeclaredType d) {
            return d.getTypeArguments().stream().anyMatch(this::containsError);
        }
        if (type instanceof WildcardType w) {
            return (w.getExtendsBound() != null && containsError(w.getExtendsBound()))
                    || (w.getSuperBound() != null && containsError(w.getSuperBound()));
        }
        return false;
    }

    /** A type for messages: {@code Integer} rather than {@code java.lang.Integer}, others in full. */
    String describe(TypeMirror type) {
        if (type instanceof DeclaredType d && d.getTypeArguments().isEmpty()
                && packageOf(d.asElement()).equals("java.lang")) {
            return d.asElement().getSimpleName().toString();
        }
        return type.toString();
    }

    boolean isClass(TypeMirror type, String canonicalName) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) types.asElement(type)).getQualifiedName().contentEquals(canonicalName);
    }

    String packageOf(Element element) {
        return elements.getPackageOf(element).getQualifiedName().toString();
    }

    /** The name within its package: {@code Product}, {@code Demo.Product}. */
    String relativeName(TypeElement type) {
        String qualified = type.getQualifiedName().toString();
        String pkg = packageOf(type);
        return pkg.isEmpty() ? qualified : qualified.substring(pkg.length() + 1);
    }

    static String displayPackage(String pkg) {
        return pkg.isEmpty() ? "(unnamed)" : pkg;
    }

    static String annotationName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }
}
