package io.aksara.codegen;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/**
 * Spells type names in one generated file. Imported types go by their simple name, and so do
 * {@code java.lang} types and types of the file's own package; everything else is written fully
 * qualified, which needs no import and so can never clash. A short name is only used when nothing
 * in scope can shadow it (an import with the same simple name, or a same-package class named like
 * a {@code java.lang} type).
 *
 * <p>Every leading identifier written is recorded, because a model field of the same name would
 * obscure it inside the metamodel class (JLS 6.4.2); the processor rejects such fields.
 */
final class TypeNamer {
    private final Elements elements;
    private final String packageName;
    private final Map<String, String> imports = new HashMap<>(); // simple name → qualified name
    private final Set<String> leadingNames = new TreeSet<>();

    TypeNamer(Elements elements, String packageName, Collection<String> importedTypes) {
        this.elements = elements;
        this.packageName = packageName;
        for (String qualified : importedTypes) {
            imports.put(qualified.substring(qualified.lastIndexOf('.') + 1), qualified);
        }
    }

    /** The shortest safe spelling of the type, e.g. {@code Product}, {@code Demo.Product}, {@code java.math.BigDecimal}. */
    String name(TypeElement type) {
        String qualified = type.getQualifiedName().toString();
        String simple = type.getSimpleName().toString();
        if (qualified.equals(imports.get(simple))) {
            return use(simple);
        }
        String pkg = elements.getPackageOf(type).getQualifiedName().toString();
        String relative = pkg.isEmpty() ? qualified : qualified.substring(pkg.length() + 1);
        String outermost = outermost(type).getSimpleName().toString();
        if (!imports.containsKey(outermost)) {
            if (pkg.equals(packageName)) {
                return use(relative);
            }
            if (pkg.equals("java.lang") && !declaredInOwnPackage(outermost)) {
                return use(relative);
            }
        }
        return use(qualified);
    }

    /** A type mirror spelled with {@link #name}; a raw generic type gets wildcards, which is what raw means here. */
    String render(TypeMirror type) {
        return switch (type.getKind()) {
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                TypeElement element = (TypeElement) declared.asElement();
                List<? extends TypeMirror> args = declared.getTypeArguments();
                String base = name(element);
                if (args.isEmpty()) {
                    int params = element.getTypeParameters().size();
                    yield params == 0 ? base : base + "<" + String.join(", ", Collections.nCopies(params, "?")) + ">";
                }
                yield base + args.stream().map(this::render).collect(Collectors.joining(", ", "<", ">"));
            }
            case WILDCARD -> {
                WildcardType w = (WildcardType) type;
                if (w.getExtendsBound() != null) {
                    yield "? extends " + render(w.getExtendsBound());
                }
                yield w.getSuperBound() != null ? "? super " + render(w.getSuperBound()) : "?";
            }
            case ARRAY -> render(((ArrayType) type).getComponentType()) + "[]";
            default -> type.toString();
        };
    }

    /** The leading identifiers of every name written so far, plus the imported simple names. */
    Set<String> leadingNames() {
        Set<String> all = new TreeSet<>(leadingNames);
        all.addAll(imports.keySet());
        return all;
    }

    private String use(String name) {
        int dot = name.indexOf('.');
        leadingNames.add(dot < 0 ? name : name.substring(0, dot));
        return name;
    }

    private boolean declaredInOwnPackage(String simpleName) {
        return elements.getTypeElement(packageName.isEmpty() ? simpleName : packageName + "." + simpleName) != null;
    }

    private static TypeElement outermost(TypeElement type) {
        TypeElement t = type;
        for (Element e = type.getEnclosingElement(); e instanceof TypeElement outer; e = e.getEnclosingElement()) {
            t = outer;
        }
        return t;
    }
}
