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
 * that are not models, {@code @Meta} on non-models, and the options of an abstract base's {@code @Meta}
 * that cannot be passed on to every subclass (a table, an index or constraint name).
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
        fieldAnnotations.add(io.aksara.fields.DbDefault.class.getCanonicalName());
        fieldAnnotations.add(io.aksara.fields.GeneratedField.class.getCanonicalName());
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
                    checkAbstractMeta(t, mirror(type, metaName), problems);
                }
            }
        }
        return problems;
    }

    /**
     * An abstract base's {@code @Meta} is inherited by each subclass, each with its own table: a table
     * name or an index name there would be the same for all of them.
     */
    private void checkAbstractMeta(TypeElement base, AnnotationMirror meta, List<Problem> problems) {
        AnnotationValues values = new AnnotationValues(elements, meta);
        if (values.bool("proxy")) {
            problems.add(new Problem(base, meta, "@Meta(proxy = true) on the abstract class " + base.getSimpleName()
                    + " has no effect: an abstract class has no table to share; mark the concrete subclass a proxy"));
        }
        if (!values.string("table").isEmpty()) {
            problems.add(new Problem(base, meta, "@Meta(table = ...) on the abstract class " + base.getSimpleName()
                    + " would give every subclass the same table; an abstract base has no table, name it on each "
                    + "concrete model"));
        }
        for (String kind : List.of("uniqueTogether", "indexes")) {
            for (AnnotationMirror index : values.annotations(kind)) {
                String name = new AnnotationValues(elements, index).string("name");
                if (!name.isEmpty()) {
                    problems.add(new Problem(base, meta, "@Meta " + kind + " name \"" + name + "\" on the abstract class "
                            + base.getSimpleName() + " would name the same object on every subclass's table; leave the "
                            + "name empty to have one generated per table"));
                }
            }
        }
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
