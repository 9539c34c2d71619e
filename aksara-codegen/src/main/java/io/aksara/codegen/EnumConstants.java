package io.aksara.codegen;

import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** The constants of the enum an {@code @EnumField} holds: its choices, and the column length they need. */
final class EnumConstants {
    private EnumConstants() {}

    static boolean isEnum(TypeMirror type, Types types) {
        return type.getKind() == TypeKind.DECLARED && types.asElement(type).getKind() == ElementKind.ENUM;
    }

    /** The constant names in declaration order. */
    static List<String> names(TypeElement enumType) {
        return enumType.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString())
                .toList();
    }

    /** The length of the longest name, so the column holds every constant (at least 1). */
    static int longest(List<String> names) {
        return Math.max(1, names.stream().mapToInt(String::length).max().orElse(1));
    }
}
