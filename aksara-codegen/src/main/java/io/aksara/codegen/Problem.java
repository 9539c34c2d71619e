package io.aksara.codegen;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A compile error found in a model, reported on the element (and annotation, when known) that
 * causes it, so the IDE points at the offending line.
 *
 * @param element    where the error is
 * @param annotation the annotation on that element the error is about, or null
 * @param message    the text, naming the model, the field and what is expected
 */
record Problem(Element element, AnnotationMirror annotation, String message) {
    static Problem at(Element element, String message) {
        return new Problem(element, null, message);
    }
}
