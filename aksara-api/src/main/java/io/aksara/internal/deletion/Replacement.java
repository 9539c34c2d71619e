package io.aksara.internal.deletion;

import io.aksara.errors.FieldError;
import io.aksara.meta.DefaultParser;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.Values;

/** The value SET_NULL, SET_DEFAULT and SET write into a foreign key whose target is deleted. */
final class Replacement {
    private Replacement() {}

    /**
     * The column value for the field's rule.
     *
     * @throws FieldError naming the field when SET_DEFAULT has no default (and is not nullable) or SET's
     *                     value is not a key
     */
    static Object valueFor(FieldMeta<?, ?> fk) {
        return switch (fk.onDelete()) {
            case SET_NULL -> null;
            case SET_DEFAULT -> {
                Object value = fk.model().defaults().get(fk);
                if (value == null && fk.nullable()) {
                    yield null; // a nullable key without @Default defaults to NULL, as in Django
                }
                if (value == null) {
                    throw new FieldError(fk.qualifiedName() + " has onDelete = SET_DEFAULT but no default; "
                            + "add @Default(\"<key>\") to the field");
                }
                yield Values.toColumnValue(fk, value);
            }
            case SET -> {
                String text = fk.onDeleteValue();
                if (text == null) {
                    throw new FieldError(fk.qualifiedName() + " has onDelete = SET but no onDeleteValue; "
                            + "add onDeleteValue = \"<key>\" to its @ForeignKey");
                }
                try {
                    yield DefaultParser.parse(fk.columnType(), text);
                } catch (IllegalArgumentException e) {
                    throw new FieldError("onDeleteValue \"" + text + "\" of " + fk.qualifiedName() + " is not a "
                            + fk.relatedModel().getSimpleName() + " key (" + fk.columnType().displayName() + "): "
                            + e.getMessage());
                }
            }
            default -> throw new IllegalArgumentException(fk.qualifiedName() + " does not replace its value: " + fk.onDelete());
        };
    }
}
