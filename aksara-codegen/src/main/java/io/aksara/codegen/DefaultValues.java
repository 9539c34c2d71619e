package io.aksara.codegen;

import io.aksara.meta.DefaultParser;
import io.aksara.meta.FieldType;

/**
 * Checks the text of a {@code @Default} at compile time with the runtime's own parser, so a typo
 * fails the build instead of the first insert.
 */
final class DefaultValues {
    private DefaultValues() {}

    /** Null when the text is a valid value of the type, else why not. */
    static String problem(FieldType type, String text) {
        if (type == FieldType.FOREIGN_KEY) {
            return null; // a relation's key type is only known from the target at run time
        }
        try {
            DefaultParser.parse(type, text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}
