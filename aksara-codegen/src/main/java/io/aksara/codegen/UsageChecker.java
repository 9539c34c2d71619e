package io.aksara.codegen;

import io.aksara.Meta;
import io.aksara.fields.Default;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reports Aksara annotations that would otherwise be ignored silently: field annotations on classes
 * that are not models, and {@code @Meta} on non-models or on abstract bases ({@code @Meta} is not
 * inherited, so on an abstract class it would have no effect).
 */
final class UsageChecker {
    private final Elements elements;
    private final ModelScanner scanner;

    UsageChecker(Elements elements, ModelScanner scanner) {
        this.elements = elements;
        this.scanner = scanner;
    }

    List<Problem> check(Set<? extends TypeElement> present, RoundEnvironment round) {
        List<Problem> problems = new ArrayList<>();
        List<String> fieldAnnotations = new ArrayList<>();
        for (TypeElement annotation : present) {
            if (KindSpec.kindClassOf(annotation) != null) {
                fieldAnnotations.add(annotation.getQualifiedName().toString());
            }
        }
        fieldAnnotations.add(Default.class.getCanonicalName());
        fieldAnnotations.add(ManyToManyScanner.ANNOTATION);
        for (String name : fieldAnnotations) {
            TypeElement annotation = elements.getTypeElement(name);
            if (annotation == null) {
                continue;
            }
            for (Element field : round.getElementsAnnotatedWith(annotation)) {
                if (field.getEnclosingElement() instanceof TypeElement owner
                        && scanner.ancestry(owner) == ModelScanner.Ancestry.OTHER) {
                    problems.add(new Problem(field, mirror(field, name), "@" + annotation.getSimpleName() + " on "
                            + owner.getSimpleName() + "." + field.getSimpleName() + " has no effect: "
                            + owner.getSimpleName() + " does not extend io.aksara.Model"));
                }
            }
        }
        String metaName = Meta.class.getCanonicalName();
        TypeElement meta = elements.getTypeElement(metaName);
        if (meta != null) {
            for (Element type : round.getElementsAnnotatedWith(meta)) {
                if (!(type instanceof TypeElement t) || scanner.ancestry(t) == ModelScanner.Ancestry.OTHER) {
                    problems.add(new Problem(type, mirror(type, metaName), "@Meta on " + type.getSimpleName()
                            + " has no effect: it is not a class that extends io.aksara.Model"));
                } else if (scanner.ancestry(t) == ModelScanner.Ancestry.MODEL_SUBCLASS
                        && t.getModifiers().contains(Modifier.ABSTRACT)) {
                    problems.add(new Problem(type, mirror(type, metaName), "@Meta on the abstract class "
                            + t.getSimpleName() + " has no effect: @Meta is not inherited; put it on each concrete model"));
                }
            }
        }
        return problems;
    }

    private static AnnotationMirror mirror(Element element, String annotationName) {
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotationName)) {
                return m;
            }
        }
        return null;
    }
}
