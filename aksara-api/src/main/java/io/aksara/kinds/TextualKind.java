package io.aksara.kinds;

import io.aksara.errors.FieldError;
import io.aksara.internal.TextRules;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/** Text kinds: {@code StringField}, {@code TextField}, {@code EmailField}. */
abstract class TextualKind extends BuiltInKind<String> {
    TextualKind(FieldType type) {
        super(type, String.class);
    }

    @Override
    public Object toColumn(FieldMeta<?, ?> field, Object value) {
        if (value instanceof CharSequence || value instanceof Character) {
            String text = value.toString();
            // text no database stores as given would never match a row (PostgreSQL even refuses it)
            String problem = TextRules.problem(text);
            if (problem != null) {
                throw new FieldError(field.qualifiedName() + " (" + field.type().displayName()
                        + ") expects text every database stores: " + problem);
            }
            return text;
        }
        throw FieldError.wrongType(field, "a String", value);
    }

    /** The text as written: spaces are part of a text default. */
    @Override
    public Object parseDefault(String text) {
        return text;
    }
}
