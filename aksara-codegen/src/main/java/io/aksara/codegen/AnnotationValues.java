package io.aksara.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The values of one annotation, defaults included, read by attribute name from its mirror. Mirrors
 * are used rather than {@code getAnnotation} because {@code Class} values ({@code ForeignKey.to})
 * are only available as type mirrors at compile time, and because reading every field annotation
 * by the same attribute names ({@code nullable}, {@code dbColumn}, ...) keeps the scanner uniform.
 * An attribute the annotation does not declare reads as its neutral value (false, empty, null).
 */
final class AnnotationValues {
    private final AnnotationMirror mirror;
    private final Map<? extends ExecutableElement, ? extends AnnotationValue> values;

    AnnotationValues(Elements elements, AnnotationMirror mirror) {
        this.mirror = mirror;
        this.values = elements.getElementValuesWithDefaults(mirror);
    }

    AnnotationMirror mirror() {
        return mirror;
    }

    boolean bool(String name) {
        return raw(name) instanceof Boolean b && b;
    }

    /** The int value, or null when the annotation has no such attribute. */
    Integer integer(String name) {
        return raw(name) instanceof Integer i ? i : null;
    }

    /** The string value; empty when absent. */
    String string(String name) {
        return raw(name) instanceof String s ? s : "";
    }

    /** The name of an enum constant value, or null. */
    String enumConstant(String name) {
        return raw(name) instanceof VariableElement v ? v.getSimpleName().toString() : null;
    }

    /** A {@code Class} value, or null (also when it does not compile). */
    TypeMirror type(String name) {
        return raw(name) instanceof TypeMirror t ? t : null;
    }

    List<String> strings(String name) {
        return listOf(name, String.class);
    }

    List<Integer> ints(String name) {
        return listOf(name, Integer.class);
    }

    List<AnnotationMirror> annotations(String name) {
        return listOf(name, AnnotationMirror.class);
    }

    /** The elements of an array value that are of {@code type}; others (one that does not compile) are left out. */
    private <V> List<V> listOf(String name, Class<V> type) {
        List<V> out = new ArrayList<>();
        for (Object o : list(name)) {
            if (type.isInstance(o)) {
                out.add(type.cast(o));
            }
        }
        return out;
    }

    private List<Object> list(String name) {
        List<Object> out = new ArrayList<>();
        if (raw(name) instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof AnnotationValue v) {
                    out.add(v.getValue());
                }
            }
        }
        return out;
    }

    private Object raw(String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue().getValue();
            }
        }
        return null;
    }
}
